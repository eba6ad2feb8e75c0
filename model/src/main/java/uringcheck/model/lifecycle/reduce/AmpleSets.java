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
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.Lock;
import uringcheck.model.lifecycle.program.RaiseIrq;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.Statement;
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
 *       {@code uring_cmd}, kworker and irq handlers that no stimulus starts, and every other context that
 *       runs one of them for {@code c}'s command is <em>done with it</em>: from its program counter no op
 *       reachable (its own next op included; every branch and outcome, a {@code return} ending the handler)
 *       accesses the field or starts a handler of the closure, and, in an issue call, no reachable
 *       {@code return} (nor the handler's end) has a result the core may re-issue
 *       ({@link Footprints#mayReissue}: -EAGAIN makes io-wq run the handler again from its start, a new
 *       context of the command). Then no context for that command can touch the field before {@code a}: the
 *       core creates cancel calls, task work and release, none of which are in the closure, userspace submits
 *       each command once, and a context done with the field stays done (its program counter only moves
 *       forward within what was counted);</li>
 *   <li>the release of a driver lock {@code c} holds ({@code unlock}): the only steps that read a context's
 *       lock bits are another context's {@code lock} of it, disabled while {@code c} holds it, so it cannot
 *       run before {@code a}, O9's deadlock test (below) and the data-race lockset (below); or</li>
 *   <li>the start of a kworker or irq context ({@code schedule_work}, {@code raise_irq}) whose handler is
 *       spawned only within one command (the same closure as above, from that handler: {@link #spawners}) when
 *       every other context of {@code c}'s command that runs a handler of the closure is done with it in the
 *       sense above (no reachable start of one, no re-issue): no other action can create or start a context
 *       of that work item for that command before {@code a}, and the new context, not started, is read by
 *       nothing else (no locks, no locals, no {@code uring_lock}; the core's io-wq cancel reads io-wq punts
 *       only); a work item already pending makes the step a no-op, which the successor check refuses;</li>
 * </ul>
 * and whose successor, computed here, changes nothing but {@code c}'s frame, that field instance, the
 * released lock bit or the one new context, appended after the others: same requests, lists, commands, task,
 * ring and file, faults and fire counters, the same other contexts, the same set of handles held by
 * {@code c} and the fields (the O12 check of another issue call reads it, {@code Core.liveHandle}),
 * {@code c}'s other locks, {@code uring_lock} and handler unchanged and its program counter strictly greater.
 * Finally, what O9's deadlock test reads of a context ({@link Footprints#readByO9}) does not change: when
 * {@code c} still holds a driver lock after {@code a}, its next op is no {@code done} or
 * {@code mark_cancelable}, and when it is a cancel pass, no {@code lock}; when the program has {@code plain}
 * fields, neither this op nor the next accesses one (what {@code DataRaces} reads of another context poised
 * at a step: its next access and its lockset), and {@code a} starts no context.
 *
 * <p><b>C0-C2</b> (Clarke, Grumberg, Peled, <i>Model Checking</i>, 1999, §10): the set is non-empty when
 * something is enabled. C1, no action dependent on {@code a} can run before {@code a}: the other contexts'
 * steps and the core's and userspace's actions touch neither {@code c}'s frame (what they read of a context,
 * its kind, start, slot, lock bits and, where the hand-off reads it, {@code queued} mark, does not change
 * but for the released bit, which only a {@code lock} that cannot run first reads) nor the field instance
 * nor a context of the started work item, and they cannot disable {@code a} (its op waits for no lock and
 * no {@code uring_lock}); {@code a} touches nothing they read. A started context is appended after the
 * others, so {@code a} and another action that creates a context (a submission, a punt, a cancel pass,
 * another {@code schedule_work}) commute up to the order of the two new contexts, which no action, property
 * or fairness judgement depends on: the contexts' order is what {@link LifecycleSymmetry} quotients away.
 * C2, {@code a} is invisible: every property reads requests, CQEs, lists, task and file state, faults, lock
 * holders poised at a {@code done} or {@code mark_cancelable} and cancel passes poised at a {@code lock},
 * whether contexts are left (the objects-freed check: {@code c} is one before and after), none of which
 * {@code a} changes; O10's counterfactual ({@code ReleaseDependency}) runs release from the state and
 * explores everything after it, which commutes with {@code a}. Since {@code a}'s effect depends only on
 * {@code c}'s frame, the field instance and the absence of a pending item it would start, which no other
 * action changes, checking the successor in this state checks it in every state the commuted runs pass
 * through.
 *
 * <p><b>C3, the cycle proviso.</b> Every ample step strictly increases the program counter of one context,
 * leaves every other context as it is and removes none (a step that ends its handler is never ample), so
 * along a path of ample steps the number of contexts never decreases and, while it stays the same, the sum of
 * the program counters strictly increases: a cycle of ample steps would have to come back to the same number
 * of contexts, hence create none, and then to the same sum; so no cycle of the state graph consists of
 * reduced states only, and every cycle passes a fully expanded state (the cycle condition C3 of Clarke et
 * al., §10, in its strong form). Both are invariant under the symmetry of {@link LifecycleSymmetry} (it
 * permutes contexts and renames commands, never changes a program counter), so the same holds for cycles of
 * the quotient. The loop back of a {@code for_each} decreases a program counter: the step before it is never
 * ample.
 *
 * <p><b>What it preserves.</b> Safety, at-quiescence properties (a state with nothing enabled is not
 * reduced) and the reachability twins (C0-C3, stutter-invariant). Singleton deterministic ample sets that
 * satisfy C0-C3 also preserve CTL-X, so the always-recoverable goals (AG EF goal, decided on the graph) are
 * exact: condition C4 of Gerth, Kuiper, Peled and Penczek, "A partial order approach to branching time
 * logic model checking", ISTCS 1995 (also Clarke et al., §10.6). The fair liveness of O2 (fair lassos,
 * strong fairness over actions) is preserved: in a fair run of the full graph, {@code a} stays enabled until
 * {@code c} takes it, so fairness takes it; moving it to the front past the independent actions before it
 * gives a run with the same visible states up to stuttering (and up to the order of contexts created
 * meanwhile) and the same infinite suffix, hence as fair; a cycle of the reduced graph passes a fully
 * expanded state, where every action enabled at its reduced states is still enabled (ample steps disable
 * nothing: an unlock only enables) under the same label (no ample step removes a context or moves one: a
 * started one is appended), so its fairness is judged on the same actions.
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
    /** Per handler, per pc: O9's test reads a lock holder poised at an op after this one. */
    private final boolean[][] holderNext;
    /** Per handler, per pc: O9's test reads a cancel pass poised at an op after this one. */
    private final boolean[][] passNext;
    /** Per handler, per pc: this op or an op after it accesses a plain field. */
    private final boolean[][] plainNear;
    /** Per field: the driver locks held at every access to it anywhere (0: none in common). */
    private final Map<String, Integer> guards = new HashMap<>();
    /** Per owned field: the handlers whose contexts may touch its instance of one command. */
    private final Map<String, BitSet> owners = new HashMap<>();
    /**
     * Per owned field, per handler of its owners, per pc (up to the handler's end): a context there may still
     * touch the field's instance, start a context that may, or be re-issued.
     */
    private final Map<String, boolean[][]> live = new HashMap<>();
    /**
     * Per handler a {@code schedule_work}/{@code raise_irq} starts, when it is spawned only within one
     * command: the handlers whose contexts may start one of its contexts (itself included, see
     * {@link #spawners}).
     */
    private final Map<Integer, BitSet> spawners = new HashMap<>();
    /** Per handler of {@link #spawners}, per handler and pc of its spawners: a context there may still start one. */
    private final Map<Integer, boolean[][]> spawnLive = new HashMap<>();

    /** Computes the successor of a state under an action: the model's transition function. */
    @FunctionalInterface
    public interface Successor {
        /** The successor of {@code state} under {@code action}. */
        LifecycleState of(LifecycleState state, LifecycleAction action);
    }

    /**
     * The ample sets of {@code driver}, compiled as {@code program} and run by {@code interp}, with statement
     * footprints and static facts from {@code visitor} and successors from {@code successor}.
     */
    public AmpleSets(DriverProgram driver, CompiledProgram program, Interpreter interp,
                     Footprints visitor, Successor successor) {
        this.program = program;
        this.interp = interp;
        this.successor = successor;
        this.plainFields = program.anyPlainField();
        this.handOffReadsMark = interp.semantics().handOffNeedsQueuedHandle();
        int n = driver.handlers().size();
        this.footprints = new Footprint[n][];
        this.mustLocks = new int[n][];
        this.holderNext = new boolean[n][];
        this.passNext = new boolean[n][];
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
                        accesses.computeIfAbsent(footprints[h][pc].name(), f -> new ArrayList<>())
                                .add(new int[] {h, pc});
                    }
                }
            }
            mustLocks[h] = mustLocks(ch);
        }
        for (int h = 0; h < n; h++) {
            List<Op> ops = program.handler(h).ops();
            holderNext[h] = new boolean[ops.size()];
            passNext[h] = new boolean[ops.size()];
            plainNear[h] = new boolean[ops.size()];
            for (int pc = 0; pc < ops.size(); pc++) {
                boolean plain = plain(h, pc);
                for (int next : landings(ops, successors(ops, pc))) {
                    Statement s = ops.get(next).statement();
                    holderNext[h][pc] |= visitor.readByO9(s, false);
                    passNext[h][pc] |= visitor.readByO9(s, true);
                    plain |= plain(h, next);
                }
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
                live.put(e.getKey(), live(e.getKey(), owner, visitor));
            }
        }
        for (int h = 0; h < n; h++) {
            for (Op op : program.handler(h).ops()) {
                int target = started(op);
                if (target >= 0 && !spawners.containsKey(target)) {
                    BitSet closure = new BitSet();
                    closure.set(target);
                    if (closed(driver, closure)) {
                        spawners.put(target, closure);
                        spawnLive.put(target, live(null, closure, visitor));
                    }
                }
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
        int released = fp.kind() == Footprint.Kind.UNLOCK
                ? program.lockBit(fp.name(), program.handler(c.handler()).ops().get(c.pc()).statement().line()) : 0;
        boolean ok = switch (fp.kind()) {
            case OWN -> true;
            case ISSUE_MARK -> !handOffReadsMark || !issuing(c);
            case FIELD -> independent(s, ci, c, fp.name());
            case UNLOCK -> (c.locks() & released) != 0;
            case START -> startsAlone(s, ci, c);
            case SHARED -> false;
        };
        int locksAfter = c.locks() & ~released;
        if (!ok || locksAfter != 0 && holderNext[c.handler()][c.pc()]
                || c.kind().cancelPass() && passNext[c.handler()][c.pc()]
                || plainFields && plainNear[c.handler()][c.pc()]) {
            return false;
        }
        return staysPrivate(s, successor.of(s, a), ci, fp.kind() == Footprint.Kind.FIELD, !handOffReadsMark,
                locksAfter, fp.kind() == Footprint.Kind.START ? started(s, c) : null);
    }

    /**
     * Whether {@code c}'s {@code schedule_work}/{@code raise_irq} is invisible to every other context, now
     * and later: its handler is {@link #spawners spawned} only by handlers of one command and no context of
     * {@code c}'s command other than {@code c} may still start one of them (or be re-issued). Never with
     * {@code plain} fields: a context poised at its first op is one the data-race check compares with.
     */
    private boolean startsAlone(LifecycleState s, int ci, RunningContext c) {
        Op op = program.handler(c.handler()).ops().get(c.pc());
        int target = started(op);
        boolean[][] touches = spawnLive.get(target);
        if (plainFields || touches == null || c.command() < 0) {
            return false;
        }
        for (int x = 0; x < s.contexts().size(); x++) {
            RunningContext d = s.contexts().get(x);
            if (x != ci && d.command() == c.command() && d.handler() >= 0 && spawners.get(target).get(d.handler())
                    && touches[d.handler()][d.pc()]) {
                return false;
            }
        }
        return true;
    }

    /** The context {@code c}'s next op, a {@code schedule_work} or {@code raise_irq}, creates. */
    private RunningContext started(LifecycleState s, RunningContext c) {
        Op op = program.handler(c.handler()).ops().get(c.pc());
        ContextKind kind = op.statement() instanceof RaiseIrq ? ContextKind.IRQ : ContextKind.KWORKER;
        return interp.newContext(kind, program.handler(started(op)), c.command(), Value.EMPTY, false, false);
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
        boolean[][] touches = live.get(field);
        for (int x = 0; x < s.contexts().size(); x++) {
            RunningContext d = s.contexts().get(x);
            if (x != ci && d.handler() >= 0 && owner.get(d.handler()) && d.command() == c.command()
                    && touches[d.handler()][d.pc()]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the step from {@code s} to {@code next} by context {@code ci} changed only its frame (and a
     * field when {@code field}; its {@code queued} mark only when {@code markPrivate}), leaving it holding the
     * driver locks {@code locks}, and created no context but {@code spawned} (when not null), after the others.
     */
    private static boolean staysPrivate(LifecycleState s, LifecycleState next, int ci, boolean field,
                                        boolean markPrivate, int locks, RunningContext spawned) {
        List<RunningContext> before = s.contexts();
        List<RunningContext> after = next.contexts();
        if (after.size() != before.size() + (spawned == null ? 0 : 1)
                || spawned != null && !spawned.equals(after.get(before.size()))) {
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
                && n.locks() == locks && n.holdsUring() == c.holdsUring() && (markPrivate || n.queued() == c.queued())
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
        return fp != null && fp.kind() == Footprint.Kind.FIELD && program.field(fp.name(), 0).plain();
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
        return closed(driver, closure) ? closure : null;
    }

    /**
     * Closes {@code closure} under "a context of this handler may start one of them" ({@code schedule_work},
     * {@code raise_irq}) and tells whether the result is confined to one command: no such start inside a
     * {@code for_each}, no handler started by a stimulus, all of them {@code uring_cmd}, kworker or irq
     * handlers and none device-level. Contexts of these handlers for one command then descend from that
     * command's one submission only: the core creates cancel calls, task work and release, none of them here.
     */
    private boolean closed(DriverProgram driver, BitSet closure) {
        int n = driver.handlers().size();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int g = 0; g < n; g++) {
                for (Op op : program.handler(g).ops()) {
                    int target = started(op);
                    if (target >= 0 && closure.get(target)) {
                        if (op.index() >= 0) {
                            return false;
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
                return false;
            }
        }
        for (int h = closure.nextSetBit(0); h >= 0; h = closure.nextSetBit(h + 1)) {
            HandlerKind kind = program.handler(h).handler().kind();
            if (program.handler(h).handler().device()
                    || kind != HandlerKind.URING_CMD && kind != HandlerKind.KWORKER && kind != HandlerKind.IRQ) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per handler of {@code owner}, per pc up to its end: whether a context of it there may still touch
     * {@code field}'s instance of its command (null: no field, only starts count), or make another context
     * do so. It may if an op reachable from the pc (the pc's own op included; every branch and outcome, a
     * {@code return} ending the handler) accesses the field or starts a handler of {@code owner}, or, in a
     * {@code uring_cmd} handler (an issue call), is a {@code return} or the handler's end with a result the
     * core may re-issue ({@link Footprints#mayReissue}): io-wq then runs the handler again from its start, a
     * new context of the same command. Handlers outside {@code owner} get no row: their contexts never touch
     * the field.
     */
    private boolean[][] live(String field, BitSet owner, Footprints visitor) {
        boolean[][] out = new boolean[footprints.length][];
        for (int h = owner.nextSetBit(0); h >= 0; h = owner.nextSetBit(h + 1)) {
            List<Op> ops = program.handler(h).ops();
            boolean issue = program.handler(h).handler().kind() == HandlerKind.URING_CMD;
            boolean[] touch = new boolean[ops.size() + 1];
            boolean[] again = new boolean[ops.size() + 1];
            for (int pc = 0; pc <= ops.size(); pc++) {
                if (pc == ops.size()) {
                    again[pc] = issue && visitor.mayReissue(ReturnValue.raw(0), interp.semantics());
                    continue;
                }
                Op op = ops.get(pc);
                Footprint fp = footprints[h][pc];
                int target = started(op);
                touch[pc] = fp != null && fp.kind() == Footprint.Kind.FIELD && fp.name().equals(field)
                        || target >= 0 && owner.get(target);
                again[pc] = issue && op.kind() == Op.Kind.EXEC && op.statement() instanceof Return r
                        && visitor.mayReissue(r.value(), interp.semantics());
            }
            out[h] = new boolean[ops.size() + 1];
            for (int pc = 0; pc <= ops.size(); pc++) {
                for (int at : reachable(ops, pc)) {
                    out[h][pc] |= touch[at] || again[at];
                }
            }
        }
        return out;
    }

    /**
     * The pcs (up to the end, {@code ops.size()}) control may reach from {@code pc}, {@code pc} included; a
     * {@code return} ends the handler.
     */
    private static Set<Integer> reachable(List<Op> ops, int pc) {
        Set<Integer> seen = new HashSet<>();
        List<Integer> work = new ArrayList<>(List.of(pc));
        while (!work.isEmpty()) {
            int at = work.remove(work.size() - 1);
            if (!seen.add(at) || at >= ops.size()
                    || ops.get(at).kind() == Op.Kind.EXEC && ops.get(at).statement() instanceof Return) {
                continue;
            }
            work.addAll(successors(ops, at));
        }
        return seen;
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
