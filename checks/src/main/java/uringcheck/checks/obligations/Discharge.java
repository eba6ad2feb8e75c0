package uringcheck.checks.obligations;

import java.util.List;
import java.util.stream.Collectors;

import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.abstraction.Abstraction;

/**
 * Who discharges one obligation under one abstraction (one entry of discharge.yaml).
 *
 * @param abstraction the abstraction
 * @param obligation  the obligation
 * @param by          who keeps it, at least one, in the order written
 * @param how         which API or rule does it, in one line
 */
public record Discharge(Abstraction abstraction, Obligation obligation, List<Discharger> by, String how) {

    public Discharge {
        by = List.copyOf(by);
        if (by.isEmpty()) {
            throw new IllegalArgumentException(obligation + " under " + abstraction + ": nobody discharges it");
        }
    }

    /** "the type system, a vtable rule" */
    public String byLabel() {
        return by.stream().map(Discharger::label).collect(Collectors.joining(", "));
    }
}
