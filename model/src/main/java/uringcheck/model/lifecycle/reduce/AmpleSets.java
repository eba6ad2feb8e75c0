package uringcheck.model.lifecycle.reduce;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uringcheck.model.lifecycle.interp.CompiledHandler;
import uringcheck.model.lifecycle.interp.CompiledProgram;
import uringcheck.model.lifecycle.interp.Interpreter;
import uringcheck.model.lifecycle.interp.Op;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.Lock;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.RaiseIrq;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.lifecycle.program.StatementVisitor;
import uringcheck.model.lifecycle.program.Unlock;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Value;

/**
 * Partial-order reduction of the lifecycle model by singleton ample sets: in a state where some running
 * context's next step is a private, invisible, deterministic step, only that step is explored; otherwise
 * every enabled action is. Behind {@link uringcheck.model.Model#ample}.
 *
 * <p><b>The ample step.</b> {@code {a}}, where {@code a} is the one {@code STEP} of a started, enabled,
 * not self-deadlocked context {@code c} whose next op is a statement or an {@code if} test (never a
 * {@code choose} or {@code may_fail}: one outcome), whose {@link Footprints footprint} is
 * <ul>
 *   <li>its own frame ({@code complete}, a test of {@code issue_flags} or {@code tw.cancel}, {@code queue}
 *       outside an issue call or under an abstraction whose hand-off ignores the issue's {@code queued} mark,
 *       C: {@code AbstractionSemantics.handOffNeedsQueuedHandle}), or</li>
 *   <li>one instance of a non-{@code plain} device field that no other context can touch before {@code a}:
 *       either the field is <em>guarded</em>, every access to it anywhere in the program holds a driver lock
 *       on every path to it (a must-lockset over the compiled handlers) and {@code c} holds that lock now;
 *       or the field is <em>owned</em>: it is per-command, never accessed inside a {@code for_each} or a
 *       device-level handler, and the handlers that access it, closed under "starts one of them with
 *       {@code schedule_work}/{@code raise_irq}" (never inside a {@code for_each}), are only
 *       {@code uring_cmd}, kworker and irq handlers that no stimulus starts, and no context other than
 *       {@code c} runs one of them for {@code c}'s command. Then no context for that command can be created
 *       except by {@code c} itself (later) or by an issue's -EAGAIN re-issue (which only an existing issue
 *       context causes, so none): the core creates cancel calls, task work and release, none of which are
 *       in the closure, and userspace submits each command once;</li>
 * </ul>
 * and whose successor, computed here, changes nothing but {@code c}'s frame and that field instance: same
 * requests, lists, commands, task, ring and file, faults and fire counters, the same other contexts, the
 * same set of handles held by {@code c} and the fields (the O12 check of another issue call reads it,
 * {@code Core.liveHandle}), {@code c}'s locks, {@code uring_lock} and handler unchanged and its program
 * counter strictly greater. Finally, when {@code c} holds a driver lock or is a cancel pass, its next op
 * after {@code a} is no {@code lock}, {@code done} or {@code mark_cancelable} (what O9's deadlock test reads
 * of a context); when the program has {@code plain} fields, neither this op nor the next accesses one (what
 * {@code DataRaces} reads of another context poised at a step).
 *
 * <p><b>C0-C2</b> (Clarke, Grumberg, Peled, <i>Model Checking</i>, 1999, §10): the set is non-empty when
 * something is enabled. C1, no action dependent on {@code a} can run before {@code a}: the other contexts'
 * steps and the core's and userspace's actions touch neither {@code c}'s frame (what they read of a context,
 * its kind, start, slot, lock bits and, where the hand-off reads it, {@code queued} mark, does not change)
 * nor the field instance, and they cannot disable {@code a} (its op waits for no lock and no
 * {@code uring_lock}); {@code a} touches nothing they read. C2, {@code a} is invisible: every property reads requests, CQEs, lists, task and file
 * state, faults, lock holders and the ops poised after a lock, {@code done} or {@code mark_cancelable},
 * none of which {@code a} changes; O10's counterfactual ({@code ReleaseDependency}) runs release from the
 * state and explores everything after it, which commutes with {@code a}. Since {@code a}'s effect depends
 * only on {@code c}'s frame and the field instance, which no other action changes, checking the successor
 * in this state checks it in every state the commuted runs pass through.
 *
 * <p><b>C3, the cycle proviso.</b> Every ample step strictly increases the program counter of one context
 * and leaves every other context as it is and creates none, so along a path of ample steps the sum of the
 * program counters strictly increases: no cycle of the state graph consists of reduced states only, and
 * every cycle passes a fully expanded state (the cycle condition C3 of Clarke et al., §10, in its strong form).
 * The sum is invariant under the symmetry of {@link LifecycleSymmetry} (it permutes contexts and renames
 * commands, never changes a program counter), so the same holds for cycles of the quotient. The loop back
 * of a {@code for_each} decreases a program counter: the step before it is never ample.
 *
 * <p><b>What it preserves.</b> Safety, at-quiescence properties (a state with nothing enabled is not
 * reduced) and the reachability twins (C0-C3, stutter-invariant). Singleton deterministic ample sets that
 * satisfy C0-C3 also preserve CTL-X, so the always-recoverable goals (AG EF goal, decided on the graph) are
 * exact: condition C4 of Gerth, Kuiper, Peled and Penczek, "A partial order approach to branching time
 * logic model checking", ISTCS 1995 (also Clarke et al., §10.6). The fair liveness of O2 (fair lassos,
 * strong fairness over actions) is preserved: in a fair run of the full graph, {@code a} stays enabled until
 * {@code c} takes it, so fairness takes it; moving it to the front past the independent actions before it
 * gives a run with the same visible states up to stuttering and the same infinite suffix, hence as fair;
 * a cycle of the reduced graph passes a fully expanded state, where every action enabled at its reduced
 * states is still enabled (independence) under the same label (no ample step adds or removes a context),
 * so its fairness is judged on the same actions.
 */
public final class AmpleSets {

    private final CompiledProgram program;
    private final Interpreter interp;
    private final Successor successor;
    private final boolean plainFields;
    /** Whether another context's {@code done} reads an issue call's {@code queued} mark (the hand-off). */
    private final boolean handOffReadsMark;
    /** Per handler, per program counter: the footprint of the op there (null for a control op). */
    private final Footprint[][] footprints;
    /** Per handler, per pc: the driver locks held there on every path. */
    private final int[][] mustLocks;
    /** Per handler, per pc: an op after this one is a lock, done or mark_cancelable. */
    private final boolean[][] o9Next;
    /** Per handler, per pc: this op or an op after it accesses a plain field. */
    private final boolean[][] plainNear;
    /** Per field: the driver locks held at every access to it anywhere (0: none in common). */
    private final Map<String, Integer> guards = new HashMap<>();
    /** Per owned field: the handlers whose contexts may touch its instance of one command. */
    private final Map<String, BitSet> owners = new HashMap<>();

    /** Computes the successor of a state under an action: the model's transition function. */
    @FunctionalInterface
    public interface Successor {
        /** The successor of {@code state} under {@code action}. */
        LifecycleState of(LifecycleState state, LifecycleAction action);
    }

    /**
     * The ample sets of {@code driver}, compiled as {@code program} and run by {@code interp}, with statement
     * footprints from {@code visitor} and successors from {@code successor}.
     */
    public AmpleSets(DriverProgram driver, CompiledProgram program, Interpreter interp,
                     StatementVisitor<Footprint> visitor, Successor successor) {
        this.program = program;
        this.interp = interp;
        this.successor = successor;
        this.plainFields = program.anyPlainField();
        this.handOffReadsMark = interp.semantics().handOffNeedsQueuedHandle();
        int n = driver.handlers().size();
        this.footprints = new Footprint[n][];
        this.mustLocks = new int[n][];
        this.o9Next = new boolean[n][];
        this.plainNear = new boolean[n][];
        Map<String, List<int[]>> accesses = new HashMap<>();
        for (int h = 0; h < n; h++) {
            CompiledHandler ch = program.handler(h);
            List<Op> ops = ch.ops();
            footprints[h] = new Footprint[ops.size()];
            for (int pc = 0; pc < ops.size(); pc++) {
                Op op = ops.get(pc);
                if (op.kind() == Op.Kind.EXEC || op.kind() == Op.Kind.BRANCH) {
                    footprints[h][pc] = op.statement().accept(visitor);
                    if (footprints[h][pc].kind() == Footprint.Kind.FIELD) {
                        accesses.computeIfAbsent(footprints[h][pc].field(), f -> new ArrayList<>())
                                .add(new int[] {h, pc});
                    }
                }
            }
            mustLocks[h] = mustLocks(ch);
        }
        for (int h = 0; h < n; h++) {
            List<Op> ops = program.handler(h).ops();
            o9Next[h] = new boolean[ops.size()];
            plainNear[h] = new boolean[ops.size()];
            for (int pc = 0; pc < ops.size(); pc++) {
                boolean plain = plain(h, pc);
                boolean o9 = false;
                for (int next : landings(ops, successors(ops, pc))) {
                    Statement s = ops.get(next).statement();
                    o9 |= s instanceof Lock || s instanceof Done || s instanceof MarkCancelable;
                    plain |= plain(h, next);
                }
                o9Next[h][pc] = o9;
                plainNear[h][pc] = plain;
            }
        }
        for (Map.Entry<String, List<int[]>> e : accesses.entrySet()) {
            int guard = -1;
            for (int[] at : e.getValue()) {
                guard &= mustLocks[at[0]][at[1]];
            }
            guards.put(e.getKey(), guard);
            BitSet owner = owners(driver, e.getKey(), e.getValue());
            if (owner != null) {
                owners.put(e.getKey(), owner);
            }
        }
    }

    /**
     * The ample set of {@code state}: one context's private step when there is one (the first such context
     * in context order), else {@code enabled}, the state's enabled actions.
     */
    public List<LifecycleAction> ample(LifecycleState state, List<LifecycleAction> enabled) {
        if (enabled.size() < 2) {
            return enabled;
        }
        for (LifecycleAction a : enabled) {
            if (a.kind() == LifecycleAction.Kind.STEP && a.choice() == 0 && ample(state, a.index(), a)) {
                return List.of(a);
            }
        }
        return enabled;
    }

    private boolean ample(LifecycleState s, int ci, LifecycleAction a) {
        RunningContext c = s.contexts().get(ci);
        if (!c.started() || c.stuck() || c.handler() < 0) {
            return false;
        }
        Footprint[] fps = footprints[c.handler()];
        if (c.pc() >= fps.length || fps[c.pc()] == null || interp.outcomes(s, ci) != 1) {
            return false;
        }
        Footprint fp = fps[c.pc()];
        boolean ok = switch (fp.kind()) {
            case OWN -> true;
            case ISSUE_MARK -> !handOffReadsMark || !issuing(c);
            case FIELD -> independent(s, ci, c, fp.field());
            case SHARED -> false;
        };
        if (!ok || (c.locks() != 0 || c.kind().cancelPass()) && o9Next[c.handler()][c.pc()]
                || plainFields && plainNear[c.handler()][c.pc()]) {
            return false;
        }
        return staysPrivate(s, successor.of(s, a), ci, fp.kind() == Footprint.Kind.FIELD, !handOffReadsMark);
    }

    /** Whether {@code c} is an issue call: the one whose {@code queued} mark the hand-off reads. */
    private boolean issuing(RunningContext c) {
        return (c.kind() == ContextKind.SUBMITTER || c.kind() == ContextKind.IOWQ)
                && program.handler(c.handler()).handler().kind() == HandlerKind.URING_CMD;
    }

    /** Whether {@code c}'s access to {@code field} is invisible to every other context, now and later. */
    private boolean independent(LifecycleState s, int ci, RunningContext c, String field) {
        FieldDecl decl = program.field(field, 0);
        if (decl.plain()) {
            return false;
        }
        if ((guards.get(field) & c.locks()) != 0) {
            return true;
        }
        BitSet owner = owners.get(field);
        if (owner == null || c.command() < 0 || program.handler(c.handler()).ops().get(c.pc()).index() >= 0) {
            return false;
        }
        for (int x = 0; x < s.contexts().size(); x++) {
            RunningContext d = s.contexts().get(x);
            if (x != ci && d.handler() >= 0 && owner.get(d.handler()) && d.command() == c.command()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the step from {@code s} to {@code next} by context {@code ci} changed only its frame (and a
     * field when {@code field}; its {@code queued} mark only when {@code markPrivate}).
     */
    private static boolean staysPrivate(LifecycleState s, LifecycleState next, int ci, boolean field,
                                        boolean markPrivate) {
        List<RunningContext> before = s.contexts();
        List<RunningContext> after = next.contexts();
        if (before.size() != after.size()) {
            return false;
        }
        for (int x = 0; x < before.size(); x++) {
            if (x != ci && !before.get(x).equals(after.get(x))) {
                return false;
            }
        }
        RunningContext c = before.get(ci);
        RunningContext n = after.get(ci);
        return n.handler() == c.handler() && n.pc() > c.pc() && n.started() && !n.stuck()
                && n.locks() == c.locks() && n.holdsUring() == c.holdsUring() && (markPrivate || n.queued() == c.queued())
                && n.slot() == c.slot() && n.generation() == c.generation() && n.command() == c.command()
                && s.slots().equals(next.slots()) && s.freeList().equals(next.freeList())
                && s.complReqs().equals(next.complReqs()) && s.cancelable().equals(next.cancelable())
                && s.commands().equals(next.commands()) && s.leakedLocks() == next.leakedLocks()
                && s.task() == next.task() && s.ringClosed() == next.ringClosed()
                && s.fileClosed() == next.fileClosed() && s.released() == next.released()
                && s.faults().equals(next.faults()) && s.fires().equals(next.fires())
                && s.objects().equals(next.objects())
                && (field || s.fields().equals(next.fields()))
                && handles(c, s.fields()).equals(handles(n, next.fields()));
    }

    /** The requests (slot, generation) a handle in {@code c}'s locals or in a device field refers to. */
    private static Set<Long> handles(RunningContext c, List<Value> fields) {
        Set<Long> out = new HashSet<>();
        for (List<Value> values : List.of(c.locals(), fields)) {
            for (Value v : values) {
                if (v.isHandle()) {
                    out.add((long) v.slot() << 32 | v.generation() & 0xffffffffL);
                }
            }
        }
        return out;
    }

    private boolean plain(int h, int pc) {
        Footprint fp = footprints[h][pc];
        return fp != null && fp.kind() == Footprint.Kind.FIELD && program.field(fp.field(), 0).plain();
    }

    /**
     * The handlers whose contexts may touch {@code field}'s instance of one command, or null when the field
     * is not owned (see the class comment): its accessors closed under being started by
     * {@code schedule_work}/{@code raise_irq}, all of them {@code uring_cmd}, kworker or irq handlers, none
     * device-level, none started by a stimulus or from inside a {@code for_each}.
     */
    private BitSet owners(DriverProgram driver, String field, List<int[]> accesses) {
        if (!program.field(field, 0).perCommand()) {
            return null;
        }
        BitSet closure = new BitSet();
        for (int[] at : accesses) {
            if (program.handler(at[0]).ops().get(at[1]).index() >= 0) {
                return null;
            }
            closure.set(at[0]);
        }
        int n = driver.handlers().size();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int g = 0; g < n; g++) {
                for (Op op : program.handler(g).ops()) {
                    int target = started(op);
                    if (target >= 0 && closure.get(target)) {
                        if (op.index() >= 0) {
                            return null;
                        }
                        if (!closure.get(g)) {
                            closure.set(g);
                            grew = true;
                        }
                    }
                }
            }
        }
        for (int i = 0; i < program.stimuli().size(); i++) {
            if (closure.get(program.stimulusHandler(i).index())) {
                return null;
            }
        }
        for (int h = closure.nextSetBit(0); h >= 0; h = closure.nextSetBit(h + 1)) {
            HandlerKind kind = program.handler(h).handler().kind();
            if (program.handler(h).handler().device()
                    || kind != HandlerKind.URING_CMD && kind != HandlerKind.KWORKER && kind != HandlerKind.IRQ) {
                return null;
            }
        }
        return closure;
    }

    /** The handler a {@code schedule_work} or {@code raise_irq} op starts, or -1. */
    private int started(Op op) {
        if (op.kind() != Op.Kind.EXEC) {
            return -1;
        }
        if (op.statement() instanceof ScheduleWork w) {
            return program.handler(w.handler(), HandlerKind.KWORKER, w.line()).index();
        }
        if (op.statement() instanceof RaiseIrq r) {
            return program.handler(r.handler(), HandlerKind.IRQ, r.line()).index();
        }
        return -1;
    }

    /** The driver locks held at each op of {@code h} on every path from its start (a must-lockset). */
    private int[] mustLocks(CompiledHandler h) {
        List<Op> ops = h.ops();
        int[] in = new int[ops.size() + 1];
        boolean[] reached = new boolean[ops.size() + 1];
        reached[0] = true;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int pc = 0; pc < ops.size(); pc++) {
                if (!reached[pc]) {
                    continue;
                }
                Op op = ops.get(pc);
                int out = in[pc];
                if (op.kind() == Op.Kind.EXEC && op.statement() instanceof Lock l) {
                    out |= program.lockBit(l.lock(), l.line());
                } else if (op.kind() == Op.Kind.EXEC && op.statement() instanceof Unlock u) {
                    out &= ~program.lockBit(u.lock(), u.line());
                }
                for (int next : successors(ops, pc)) {
                    int merged = reached[next] ? in[next] & out : out;
                    if (!reached[next] || merged != in[next]) {
                        reached[next] = true;
                        in[next] = merged;
                        changed = true;
                    }
                }
            }
        }
        return in;
    }

    /** The ops control may go to right after op {@code pc} (before control ops are skipped). */
    private static List<Integer> successors(List<Op> ops, int pc) {
        Op op = ops.get(pc);
        return switch (op.kind()) {
            case EXEC, LOOP_ENTER -> List.of(pc + 1);
            case BRANCH, LOOP_NEXT -> List.of(pc + 1, op.target());
            case JUMP -> List.of(op.target());
            case CHOICE -> op.outcomes();
        };
    }

    /** The ops (statements, tests, choices) where a context coming to {@code starts} rests, past the control ops. */
    private static Set<Integer> landings(List<Op> ops, List<Integer> starts) {
        Set<Integer> out = new HashSet<>();
        Set<Integer> seen = new HashSet<>();
        List<Integer> work = new ArrayList<>(starts);
        while (!work.isEmpty()) {
            int pc = work.remove(work.size() - 1);
            if (pc >= ops.size() || !seen.add(pc)) {
                continue;
            }
            Op op = ops.get(pc);
            if (op.kind() == Op.Kind.JUMP || op.kind() == Op.Kind.LOOP_ENTER || op.kind() == Op.Kind.LOOP_NEXT) {
                work.addAll(successors(ops, pc));
            } else {
                out.add(pc);
            }
        }
        return out;
    }
}
