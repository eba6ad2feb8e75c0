package uringcheck.checks.obligations;

import java.util.List;

import uringcheck.checks.soundness.Finding;

/** What the checker says about one obligation under one abstraction. */
public sealed interface ObligationStatus {

    /** The status in a few words, for the summary table. */
    String summary();

    /**
     * The sweep found a program that breaks it.
     *
     * @param finding the first program in canonical order (fewest statements) with its shortest trace
     * @param bound   the sweep's bound L
     */
    record Violated(Finding finding, int bound) implements ObligationStatus {
        @Override
        public String summary() {
            return "violated (" + finding.program().name() + ", smallest L " + finding.minimalL() + ")";
        }
    }

    /**
     * No program up to the bound breaks it and every search was exhaustive.
     *
     * @param bound the sweep's bound L
     * @param limit what the sweep's vocabulary cannot express about it, or empty
     */
    record HoldsUpTo(int bound, String limit) implements ObligationStatus {
        @Override
        public String summary() {
            return "proved up to L = " + bound + (limit.isEmpty() ? "" : " (within the sweep's vocabulary)");
        }
    }

    /**
     * No program up to the bound breaks it, but a limit cut some search short: no proof.
     *
     * @param bound      the sweep's bound L
     * @param incomplete how many program searches were cut
     */
    record Unproved(int bound, int incomplete) implements ObligationStatus {
        @Override
        public String summary() {
            return "not proved: " + incomplete + " searches hit a limit at L = " + bound;
        }
    }

    /**
     * The lifecycle model does not check it.
     *
     * @param why {@link uringcheck.model.lifecycle.LifecycleObligations#outOfScope()}'s reason
     */
    record OutOfScope(String why) implements ObligationStatus {
        @Override
        public String summary() {
            return "out of scope";
        }
    }

    /**
     * No sweep applies (the C API); the catalogue scenarios expected to violate it.
     *
     * @param violatedBy catalogue scenario names, in catalogue order
     */
    record Catalogue(List<String> violatedBy) implements ObligationStatus {
        public Catalogue {
            violatedBy = List.copyOf(violatedBy);
        }

        @Override
        public String summary() {
            return violatedBy.isEmpty() ? "no catalogue scenario violates it"
                    : "violated by " + violatedBy.size() + " catalogue " + (violatedBy.size() == 1 ? "scenario" : "scenarios");
        }
    }
}
