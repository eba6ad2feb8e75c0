package uringcheck.checks.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import uringcheck.model.lifecycle.state.ContextKind;

/**
 * The context lanes of a trace: one per actor that acts in it, in the order of SPEC §2's contexts
 * (userspace, then {@link ContextKind} in declaration order: submitter, io-wq, task work, fallback
 * kworker, ring-exit and task-exit cancel passes, kworker, IRQ, release), then any other actor (of a
 * non-lifecycle model) in order of first appearance.
 */
public final class Lanes {

    /** The lane of a step whose model names no actor. */
    public static final String NO_ACTOR = "(model)";
    /** The lane of userspace: submission, closing the ring or the file, task exit. */
    public static final String USERSPACE = "userspace";

    private Lanes() {
    }

    /** Every known context lane, in SPEC §2 order. */
    public static List<String> canonical() {
        List<String> out = new ArrayList<>();
        out.add(USERSPACE);
        for (ContextKind k : ContextKind.values()) {
            out.add(k.actor());
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
