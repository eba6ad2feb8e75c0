package uringcheck.checks.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import uringcheck.model.lifecycle.state.ContextKind;

/**
 * The context lanes of a trace: one per actor that acts in it, in the order {@link #ORDER} (userspace,
 * the submitter, io-wq, task work, the fallback kworker, a driver kworker, IRQ, the two cancel passes,
 * release: from the submitting task outwards to the teardown paths), then any other actor (of a
 * non-lifecycle model) in order of first appearance.
 */
public final class Lanes {

    /** The lane of a step whose model names no actor. */
    public static final String NO_ACTOR = "(model)";
    /** The lane of userspace: submission, closing the ring or the file, task exit. */
    public static final String USERSPACE = "userspace";

    /** The contexts in lane order (SPEC §2: C1, C3, C4, C6, C5, then release). */
    public static final List<ContextKind> ORDER = List.of(ContextKind.SUBMITTER, ContextKind.IOWQ,
            ContextKind.TASK_WORK, ContextKind.FALLBACK, ContextKind.KWORKER, ContextKind.IRQ,
            ContextKind.RING_EXIT_PASS, ContextKind.EXEC_PASS, ContextKind.RELEASE);

    private Lanes() {
    }

    /** Every known context lane in order: userspace, then {@link #ORDER}, then any context it does not list. */
    public static List<String> canonical() {
        List<String> out = new ArrayList<>();
        out.add(USERSPACE);
        for (ContextKind k : ORDER) {
            out.add(k.actor());
        }
        for (ContextKind k : ContextKind.values()) {
            if (!ORDER.contains(k)) {
                out.add(k.actor());
            }
        }
        return out;
    }

    /** The lanes {@code steps} act in, in canonical order. */
    public static List<String> of(List<StepText> steps) {
        Set<String> used = new LinkedHashSet<>();
        for (StepText s : steps) {
            used.add(s.lane());
        }
        List<String> out = new ArrayList<>();
        for (String lane : canonical()) {
            if (used.remove(lane)) {
                out.add(lane);
            }
        }
        out.addAll(used);
        return out;
    }
}
