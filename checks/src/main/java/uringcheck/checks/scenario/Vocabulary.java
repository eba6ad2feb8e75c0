package uringcheck.checks.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.PduField;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.LockDecl;
import uringcheck.model.lifecycle.program.Stimulus;
import uringcheck.model.lifecycle.program.SubmitMode;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;

/**
 * The words of the scenario format and what they mean, in the order error messages list them. The
 * reference for each word is docs/scenario-format.md.
 */
public final class Vocabulary {

    /** The abstractions by the word {@code abstraction:} (and {@code soundness --abstraction}) takes. */
    public static final Map<String, Abstraction> ABSTRACTIONS = ordered(
            "seed", Abstraction.SEED,
            "v5", Abstraction.V5,
            "fixed", Abstraction.FIXED,
            "c", Abstraction.C);

    static final Map<String, SubmitMode> SUBMIT_MODES = ordered(
            "inline", SubmitMode.INLINE,
            "iowq", SubmitMode.IOWQ);

    /** The environment events; each maps to itself (the parser switches on the word). */
    static final Map<String, String> EVENTS = ordered(
            "ring_exit", "ring_exit",
            "task_exit", "task_exit",
            "file_close", "file_close",
            "sq_reuse", "sq_reuse",
            "exec", "exec",
            "shared_ring", "shared_ring");

    static final Map<String, FlagsChoice> FLAGS = ordered(
            "forwarded", FlagsChoice.FORWARDED,
            "current", FlagsChoice.CURRENT,
            "unlocked", FlagsChoice.UNLOCKED,
            "task_work", FlagsChoice.TASK_WORK,
            "zero", FlagsChoice.ZERO);

    /** The {@code issue_flags} bits an {@code if} may test (SPEC §1), by their kernel name without prefix. */
    static final Map<String, Integer> ISSUE_FLAG_BITS = ordered(
            "NONBLOCK", IssueFlags.NONBLOCK,
            "CANCEL", IssueFlags.CANCEL,
            "COMPLETE_DEFER", IssueFlags.COMPLETE_DEFER,
            "UNLOCKED", IssueFlags.UNLOCKED,
            "IOWQ", IssueFlags.IOWQ,
            "INLINE", IssueFlags.INLINE);

    /** The {@code cmd->flags} bits an {@code if} may test. */
    static final Map<String, Integer> CMD_FLAG_BITS = ordered(
            "REISSUE", IssueFlags.CMD_REISSUE,
            "CANCELABLE", IssueFlags.CMD_CANCELABLE);

    /** The integer comparisons of an {@code if} on an int field. */
    static final Map<String, Condition.Kind> COMPARISONS = ordered(
            "equals", Condition.Kind.EQUALS,
            "not_equals", Condition.Kind.NOT_EQUALS,
            "less_than", Condition.Kind.LESS_THAN,
            "at_most", Condition.Kind.AT_MOST);

    /** Handlers whose context is fixed by their name (the file operations). */
    static final Map<String, HandlerKind> FIXED_HANDLERS = ordered(
            "uring_cmd", HandlerKind.URING_CMD,
            "cancel", HandlerKind.CANCEL,
            "release", HandlerKind.RELEASE);

    /** Contexts a named handler may declare. */
    static final Map<String, HandlerKind> CONTEXTS = ordered(
            "kworker", HandlerKind.KWORKER,
            "irq", HandlerKind.IRQ,
            "task_work", HandlerKind.TASK_WORK);

    /** A named handler's scope: one command (the default) or the device ({@code Handler.device}). */
    static final Map<String, Boolean> SCOPES = ordered(
            "command", false,
            "device", true);

    static final Map<String, FieldDecl.Kind> FIELD_KINDS = ordered(
            "handle", FieldDecl.Kind.HANDLE,
            "token", FieldDecl.Kind.TOKEN,
            "int", FieldDecl.Kind.INT);

    static final Map<String, PduField.Type> PDU_TYPES = ordered(
            "u8", PduField.Type.U8,
            "u16", PduField.Type.U16,
            "u32", PduField.Type.U32,
            "i32", PduField.Type.I32,
            "u64", PduField.Type.U64,
            "i64", PduField.Type.I64,
            "ptr", PduField.Type.PTR);

    static final Map<String, LockDecl.Kind> LOCK_KINDS = ordered(
            "spin", LockDecl.Kind.SPIN,
            "mutex", LockDecl.Kind.MUTEX);

    static final Map<String, Stimulus.Target> STIMULUS_TARGETS = ordered(
            "command", Stimulus.Target.COMMAND,
            "device", Stimulus.Target.DEVICE);

    /** Errno names without sign ({@code EINVAL}). */
    static final Map<String, Errno> ERRNOS;

    static {
        Map<String, Errno> errnos = new LinkedHashMap<>();
        for (Errno e : Errno.values()) {
            errnos.put(e.name(), e);
        }
        ERRNOS = Collections.unmodifiableMap(errnos);
    }

    private Vocabulary() {
    }

    /** The word a scenario file uses for {@code kind}. */
    static String word(HandlerKind kind) {
        for (Map.Entry<String, HandlerKind> e : FIXED_HANDLERS.entrySet()) {
            if (e.getValue() == kind) {
                return e.getKey();
            }
        }
        for (Map.Entry<String, HandlerKind> e : CONTEXTS.entrySet()) {
            if (e.getValue() == kind) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException(String.valueOf(kind));
    }

    /** The word a scenario file uses for {@code kind}. */
    static String word(FieldDecl.Kind kind) {
        for (Map.Entry<String, FieldDecl.Kind> e : FIELD_KINDS.entrySet()) {
            if (e.getValue() == kind) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException(String.valueOf(kind));
    }

    @SuppressWarnings("unchecked")
    private static <E> Map<String, E> ordered(Object... pairs) {
        Map<String, E> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (E) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
