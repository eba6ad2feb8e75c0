package uringcheck.model.lifecycle.interp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uringcheck.model.lifecycle.state.CommandRecord;
import uringcheck.model.lifecycle.program.Stimulus;
import uringcheck.model.lifecycle.state.Fault;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.TaskWorkKind;
import uringcheck.model.lifecycle.state.Value;
import uringcheck.model.rules.IssueFlags;

/**
 * The fields of a lifecycle state as a trace shows them, in kernel vocabulary: one field per request
 * slot, per command, per running context (keyed by what it runs, not by its list position, so a context
 * ending does not renumber the others), per device field, and the ring's lists and locks.
 */
public final class StateView {

    private final CompiledProgram program;

    public StateView(CompiledProgram program) {
        this.program = program;
    }

    /** The named fields of {@code s}, in a fixed order. */
    public Map<String, String> fields(LifecycleState s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < s.slots().size(); i++) {
            out.put("req" + i, slot(s.slots().get(i)));
        }
        out.put("free_list", s.freeList().toString());
        out.put("compl_reqs", s.complReqs().toString());
        out.put("cancelable_uring_cmd", s.cancelable().toString());
        String holder = "free";
        for (RunningContext c : s.contexts()) {
            if (c.holdsUring()) {
                holder = c.kind().actor();
            }
        }
        out.put("uring_lock", holder);
        for (int k = 0; k < s.commands().size(); k++) {
            out.put("cmd#" + k, command(s.commands().get(k)));
        }
        List<String> keys = new ArrayList<>();
        for (RunningContext c : s.contexts()) {
            String key = c.kind().actor() + " " + (c.handler() >= 0 ? program.handler(c.handler()).name() : "pass")
                    + (c.command() < 0 ? "(device)" : "(cmd#" + c.command() + ")");
            String unique = key;
            for (int n = 2; keys.contains(unique); n++) {
                unique = key + "#" + n;
            }
            keys.add(unique);
            context(unique, c, out);
        }
        for (int i = 0; i < s.fields().size(); i++) {
            out.put(program.fieldName(i), Conditions.render(s.fields().get(i)));
        }
        if (s.leakedLocks() != 0) {
            out.put("leaked_locks", Integer.toBinaryString(s.leakedLocks()));
        }
        out.put("task", s.task().name().toLowerCase(Locale.ROOT));
        out.put("ring", s.ringClosed() ? "closed" : "open");
        out.put("file", s.fileClosed() ? (s.released() ? "closed, released" : "closed") : "open");
        for (int i = 0; i < program.stimuli().size(); i++) {
            Stimulus st = program.stimuli().get(i);
            if (st.target() == Stimulus.Target.DEVICE) {
                out.put("stimulus " + st.name(), fired(s, program.fireCounter(i, 0), st));
            } else {
                for (int k = 0; k < s.commands().size(); k++) {
                    out.put("stimulus " + st.name() + "(cmd#" + k + ")", fired(s, program.fireCounter(i, k), st));
                }
            }
        }
        for (Fault f : s.faults()) {
            out.put("fault " + f.obligation().name(), f.message(program));
        }
        return out;
    }

    private static String fired(LifecycleState s, int counter, Stimulus st) {
        return "fired " + s.fires().get(counter) + " of " + st.max();
    }

    private String slot(Slot s) {
        if (!s.alive()) {
            return "cached gen=" + s.generation() + " " + pduCells(s)
                    + (s.staleTaskWork() ? " tw=" + lower(s.taskWork().name()) + "(stale)" : "");
        }
        StringBuilder sb = new StringBuilder("cmd#" + s.command() + " " + s.phase().label() + " gen=" + s.generation()
                + " " + pduCells(s));
        if (s.reissue()) {
            sb.append(" REISSUE");
        }
        if (s.cancelable()) {
            sb.append(" CANCELABLE");
        }
        if (s.taskWork() != TaskWorkKind.NONE) {
            sb.append(" tw=").append(lower(s.taskWork().name())).append(s.staleTaskWork() ? "(stale)" : "");
        }
        if (s.sqeCopied()) {
            sb.append(" sqe=copy");
        }
        for (int bit = 1; bit != 0 && s.fetched() != 0; bit <<= 1) {
            if ((s.fetched() & bit) != 0) {
                sb.append(sb.indexOf(" fetched=") < 0 ? " fetched=" : ",").append(program.fetchName(bit));
            }
        }
        if (s.cqePosted()) {
            sb.append(" cqe-posted");
        }
        return sb.toString();
    }

    private static String command(CommandRecord c) {
        if (!c.submitted()) {
            return "not submitted";
        }
        return "submitted cqes=" + c.cqes() + (c.sqReused() ? " sq-slot-reused" : "");
    }

    /**
     * A context as a few fields that change separately: its program counter, its locals, the locks it
     * holds, the slots a cancel pass still has to call, and its issue_flags if the core gave it any (they never change).
     */
    private void context(String key, RunningContext c, Map<String, String> out) {
        out.put(key, (c.stuck() ? "deadlocked at " : "") + (c.started() ? "pc=" + c.pc() : "scheduled"));
        if (c.flags() != 0) {
            out.put(key + " flags", IssueFlags.render(c.flags()));
        }
        if (c.handler() >= 0) {
            CompiledHandler h = program.handler(c.handler());
            StringBuilder locals = new StringBuilder();
            for (int i = 0; i < c.locals().size(); i++) {
                Value v = c.locals().get(i);
                if (v.kind() != Value.Kind.EMPTY) {
                    locals.append(locals.length() == 0 ? "" : ", ").append(h.locals().get(i)).append('=')
                            .append(Conditions.render(v));
                }
            }
            if (locals.length() > 0) {
                out.put(key + " locals", locals.toString());
            }
        }
        StringBuilder holds = new StringBuilder(c.holdsUring() ? "uring_lock" : "");
        for (int bit = 1; bit != 0 && bit <= c.locks(); bit <<= 1) {
            if ((c.locks() & bit) != 0) {
                holds.append(holds.length() == 0 ? "" : ", ").append(program.lock(bit).name());
            }
        }
        if (holds.length() > 0) {
            out.put(key + " holds", holds.toString());
        }
        if (!c.pending().isEmpty()) {
            out.put(key + " pending", c.pending().toString());
        }
    }

    /** The PDU as a state line shows it: {@code pdu=7(written)}, or each declared field, {@code pdu->bio=1(written)}. */
    private String pduCells(Slot s) {
        if (!program.pduLayout()) {
            return "pdu=" + s.pdu(0).value() + "(" + lower(s.pdu(0).provenance().name()) + ")";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.pdu().size(); i++) {
            sb.append(i == 0 ? "" : " ").append("pdu->").append(program.pduFieldName(i)).append('=')
                    .append(s.pdu(i).value()).append('(').append(lower(s.pdu(i).provenance().name())).append(')');
        }
        return sb.toString();
    }

    /**
     * The PDU as the submission step names it: {@code pdu=0, slab}, or each declared field,
     * {@code pdu->bio=0, slab; pdu->status=0, slab}.
     */
    static String pdu(Slot s, CompiledProgram program) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.pdu().size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(program.pduLayout() ? "pdu->" + program.pduFieldName(i) : "pdu")
                    .append('=').append(s.pdu(i).value()).append(", ").append(lower(s.pdu(i).provenance().name()));
        }
        return sb.toString();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
