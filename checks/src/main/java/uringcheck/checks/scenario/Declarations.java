package uringcheck.checks.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.PduField;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.LockDecl;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.Statement;

/**
 * What a driver program declares (fields, locks, handlers) and what its bodies use across handlers
 * (which named handlers some statement starts, whether any command is marked cancelable). Resolves the
 * names statements mention, reporting each unknown or mismatched one at the statement.
 */
final class Declarations {

    private final Problems problems;
    private final DriverProgram driver;
    private final Map<String, FieldDecl> fields = new LinkedHashMap<>();
    private final Map<String, LockDecl> locks = new LinkedHashMap<>();
    private final Map<String, Handler> handlers = new LinkedHashMap<>();
    private final List<String> started = new ArrayList<>();
    private boolean markedCancelable;
    /** Handlers that run for no command, each with the device-level stimulus that starts it (maybe through others). */
    private final Map<String, String> deviceLevel = new LinkedHashMap<>();

    Declarations(Problems problems, DriverProgram driver) {
        this.problems = problems;
        this.driver = driver;
        driver.fields().forEach(f -> fields.put(f.name(), f));
        driver.locks().forEach(l -> locks.put(l.name(), l));
        driver.handlers().forEach(h -> handlers.put(h.name(), h));
    }

    Problems problems() {
        return problems;
    }

    /** Reports {@code message} at statement {@code s}. */
    void error(Statement s, String message) {
        error(s.pos(), message);
    }

    /** Reports {@code message} at {@code pos} (a declaration's: field, lock or handler). */
    void error(Pos pos, String message) {
        problems.at(pos.line(), pos.column(), message);
    }

    /**
     * The field {@code name} used by {@code what} in handler {@code in}, or null (reported). A handler with
     * no command (release, a device-level handler) reaches a per-command field only inside a loop
     * ({@code inLoop}), where it names the loop command's instance.
     */
    FieldDecl field(Statement s, Handler in, boolean inLoop, String name, String what) {
        FieldDecl f = fields.get(name);
        if (f == null) {
            error(s, "unknown field '" + name + "' in " + what + ": "
                    + (fields.isEmpty() ? "no fields are declared; declare it under device: fields:"
                    : "declared fields are " + Suggestions.list(fields.keySet())
                    + Suggestions.didYouMean(name, fields.keySet())));
            return null;
        }
        String stimulus = deviceLevel.get(in.name());
        if (f.perCommand() && !inLoop && stimulus != null) {
            error(s, "handler '" + in.name() + "' runs for the device, not for one command (it is started by"
                    + " device-level stimulus '" + stimulus + "'), so per-command field '" + name + "' has no"
                    + " instance there: reach it inside for_each: {var: t, do: [...]}, declare it without"
                    + " per_command, or give the stimulus target: command");
            return null;
        }
        if (f.perCommand() && !inLoop && in.kind() == HandlerKind.RELEASE) {
            error(s, "release runs for the file, not for one command, so per-command field '" + name + "' has"
                    + " no instance there: declare it without per_command, or use it elsewhere");
            return null;
        }
        if (f.perCommand() && !inLoop && in.device()) {
            error(s, Vocabulary.word(in.kind()) + " handler '" + in.name() + "' runs for the device (scope: device),"
                    + " not for one command, so per-command field '" + name + "' has no instance there: reach it"
                    + " inside for_each: {var: t, do: [...]}, or remove scope: device");
            return null;
        }
        return f;
    }

    /**
     * Checks the PDU field {@code name} a PDU statement {@code what} names (null: none): without a
     * {@code pdu:} layout the PDU is one value and takes no {@code field:}; with one, every PDU statement
     * names a declared field.
     */
    void pduField(Statement s, String name, String what) {
        List<PduField> layout = driver.pdu();
        List<String> names = layout.stream().map(PduField::name).toList();
        if (name != null && layout.isEmpty()) {
            error(s, what + " names PDU field '" + name + "', but no PDU layout is declared: declare the fields"
                    + " at the top level (pdu: [{name: " + name + ", type: u32}]), or remove 'field: " + name + "'");
        } else if (name == null && !layout.isEmpty()) {
            error(s, what + " names no PDU field, but the PDU has a layout (line " + layout.get(0).pos().line()
                    + "): name the one it uses with field:, one of " + Suggestions.list(names));
        } else if (name != null && !names.contains(name)) {
            error(s, "unknown PDU field '" + name + "' in " + what + ": the PDU's fields are "
                    + Suggestions.list(names) + Suggestions.didYouMean(name, names));
        }
    }

    /** Reports a field {@code f} (if resolved) whose kind is not one {@code what} accepts. */
    void fieldKind(Statement s, FieldDecl f, String what, List<FieldDecl.Kind> accepted) {
        if (f != null && !accepted.contains(f.kind())) {
            List<String> words = new ArrayList<>();
            for (FieldDecl.Kind k : accepted) {
                words.add(Vocabulary.word(k));
            }
            error(s, "field '" + f.name() + "' holds " + Vocabulary.word(f.kind()) + " (line " + f.line() + "), but "
                    + what + " needs a field that holds " + String.join(" or ", words));
        }
    }

    /** Statement {@code s} ({@code word}) starts handler {@code name}, which must have context {@code kind}. */
    void start(Statement s, String word, String name, HandlerKind kind) {
        Handler target = handlers.get(name);
        if (target == null || target.kind() != kind) {
            List<String> candidates = new ArrayList<>();
            for (Handler h : handlers.values()) {
                if (h.kind() == kind) {
                    candidates.add(h.name());
                }
            }
            String found = target == null ? "unknown handler '" + name + "'"
                    : "handler '" + name + "' has context " + Vocabulary.word(target.kind());
            error(s, found + " in " + word + ": it needs a handler with context " + Vocabulary.word(kind)
                    + (candidates.isEmpty() ? "; declare one under handlers: " + name + ": {context: "
                    + Vocabulary.word(kind) + ", body: [...]}"
                    : "; declared " + Vocabulary.word(kind) + " handlers are " + Suggestions.list(candidates)
                    + Suggestions.didYouMean(name, candidates)));
            return;
        }
        if (!started.contains(name)) {
            started.add(name);
        }
    }

    /** Something outside the ring starts handler {@code name} (a stimulus). */
    void started(String name) {
        if (!started.contains(name)) {
            started.add(name);
        }
    }

    /**
     * Handler {@code name} runs for the device, not for a command: device-level stimulus {@code stimulus}
     * starts it.
     */
    void deviceLevel(String name, String stimulus) {
        deviceLevel.putIfAbsent(name, stimulus);
    }

    /** Whether some statement starts handler {@code name}. */
    boolean isStarted(String name) {
        return started.contains(name);
    }

    /** Some statement marks a command cancelable. */
    void markedCancelable() {
        markedCancelable = true;
    }

    /** Whether some statement marks a command cancelable. */
    boolean anyMarkedCancelable() {
        return markedCancelable;
    }

    /** The lock {@code name} used by {@code word}, or null (reported). */
    LockDecl lock(Statement s, String name, String word) {
        LockDecl l = locks.get(name);
        if (l == null) {
            error(s, "unknown lock '" + name + "' in " + word + ": "
                    + (locks.isEmpty() ? "no locks are declared; declare it under device: locks: [{name: "
                    + name + ", kind: spin}]"
                    : "declared locks are " + Suggestions.list(locks.keySet())
                    + Suggestions.didYouMean(name, locks.keySet())));
        }
        return l;
    }
}
