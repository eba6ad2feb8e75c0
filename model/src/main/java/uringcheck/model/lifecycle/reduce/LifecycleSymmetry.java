package uringcheck.model.lifecycle.reduce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uringcheck.model.Fingerprints;
import uringcheck.model.lifecycle.interp.CompiledProgram;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.state.CommandRecord;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.PduCell;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.Value;

/**
 * The symmetry of the lifecycle model (issue 12 item 2): the canonical representative of a state under
 * <ul>
 *   <li>the order of the running contexts: which context was created first is not observable (every scan
 *       over the contexts asks "is there one that ...", SPEC §2); a scan that records the first match in a
 *       fault ({@code cancelPendingIoWq}, {@code liveHandle}) may record another subject, never another
 *       obligation, so the properties, which test only which obligations have a fault, are preserved;</li>
 *   <li>renaming submitted commands that share a submit mode and their SQE contents
 *       ({@link Environment#interchangeable}: a driver may branch on {@code cmd_op} or an SQE field, so
 *       commands that send different SQEs are different inputs): the driver program is one for all commands,
 *       each context reaches its own command's fields only ({@link CommandSymmetry}), and the rest of the
 *       state names commands only as numbers (a slot's current command, a context's command, a value's
 *       command, the per-command field instances, the command records), all renamed together. Request
 *       slots keep their indices: the free list is LIFO ({@code io_alloc_req}) and the cancelable list is
 *       ordered, so a slot's index is part of its role. Unsubmitted commands are not renamed (userspace
 *       submits them in index order, {@code LifecycleSteps.nextCommand}); neither is command 0 when the
 *       driver has a release handler that can run (release runs for command 0 and reads its per-command
 *       fields), nor
 *       any command of a state with a recorded fault (a fault's subject names commands without saying
 *       which values are commands) or with a fired stimulus (fire counts are
 *       kept per target command).</li>
 * </ul>
 * The renaming sorts the commands of each such class by a hash of everything that concerns them alone
 * and gives them that class's indices in this order, ties kept in index order;
 * the contexts are sorted by a hash of their contents after the renaming, ties in creation order. Any
 * order is a permutation, so the result is always the state itself under some automorphism
 * ({@link uringcheck.model.Model#canonical}); a good order only finds more symmetric states equal.
 */
public final class LifecycleSymmetry {

    private final Environment environment;
    private final CompiledProgram program;
    private final boolean commandSymmetry;
    private final int firstRenamed;
    private final int[][] perCommandInstances;

    /** The symmetry of {@code driver}, compiled as {@code program}, in {@code environment}. */
    public LifecycleSymmetry(DriverProgram driver, CompiledProgram program, Environment environment) {
        this.environment = environment;
        this.program = program;
        this.commandSymmetry = CommandSymmetry.keeps(driver);
        this.firstRenamed = driver.handler(HandlerKind.RELEASE).isPresent() && environment.fileClose() ? 1 : 0;
        List<int[]> instances = new ArrayList<>();
        for (FieldDecl f : driver.fields()) {
            if (f.perCommand()) {
                int[] byCommand = new int[environment.commands()];
                for (int k = 0; k < byCommand.length; k++) {
                    byCommand[k] = program.fieldInstance(f.name(), k, f.line());
                }
                instances.add(byCommand);
            }
        }
        this.perCommandInstances = instances.toArray(new int[0][]);
    }

    /** Whether the driver program lets commands be renamed at all. */
    public boolean commandsInterchangeable() {
        return commandSymmetry;
    }

    /** The canonical representative of {@code s}. */
    public LifecycleState canonical(LifecycleState s) {
        LifecycleState renamed = commandSymmetry && s.faults().isEmpty() && s.fires().isEmpty() ? renameCommands(s) : s;
        return sortContexts(renamed);
    }

    private LifecycleState renameCommands(LifecycleState s) {
        int n = s.commands().size();
        int submitted = 0;
        while (submitted < n && s.commands().get(submitted).submitted()) {
            submitted++;
        }
        if (submitted - firstRenamed < 2) {
            return s;
        }
        long[] key = new long[n];
        for (int k = firstRenamed; k < submitted; k++) {
            key[k] = commandKey(s, k);
        }
        int[] to = new int[n];
        for (int k = 0; k < n; k++) {
            to[k] = k;
        }
        boolean identity = true;
        boolean[] placed = new boolean[n];
        for (int k = firstRenamed; k < submitted; k++) {
            if (placed[k]) {
                continue;
            }
            List<Integer> positions = new ArrayList<>();
            for (int j = k; j < submitted; j++) {
                if (environment.interchangeable(j, k)) {
                    positions.add(j);
                    placed[j] = true;
                }
            }
            List<Integer> order = new ArrayList<>(positions);
            order.sort((x, y) -> key[x] != key[y] ? Long.compare(key[x], key[y]) : Integer.compare(x, y));
            for (int i = 0; i < order.size(); i++) {
                to[order.get(i)] = positions.get(i);
                identity &= order.get(i).equals(positions.get(i));
            }
        }
        return identity ? s : rename(s, to);
    }

    /** A hash of what concerns command {@code k} alone: its record, slots, contexts and field instances. */
    private long commandKey(LifecycleState s, int k) {
        CommandRecord r = s.commands().get(k);
        long h = Fingerprints.mix(0x51L, (r.submitted() ? 1 : 0) | (r.returned() ? 2 : 0) | (r.sqReused() ? 4 : 0));
        h = Fingerprints.mix(h, r.cqes());
        h = Fingerprints.mix(h, r.doneBy());
        for (int i = 0; i < s.slots().size(); i++) {
            Slot slot = s.slots().get(i);
            if (slot.command() == k) {
                h = Fingerprints.mix(h, i);
                h = slot(h, slot);
            }
        }
        for (RunningContext c : s.contexts()) {
            if (c.command() == k && c.kind() != ContextKind.RELEASE) {
                h = Fingerprints.mix(h, 0x52L);
                h = context(h, c, k);
            }
        }
        for (int[] byCommand : perCommandInstances) {
            h = value(Fingerprints.mix(h, 0x53L), s.fields().get(byCommand[k]), k);
        }
        return Fingerprints.finish(h);
    }

    private LifecycleState rename(LifecycleState s, int[] to) {
        List<Slot> slots = new ArrayList<>(s.slots().size());
        for (Slot x : s.slots()) {
            slots.add(x.command() < 0 || x.command() == to[x.command()] ? x
                    : new Slot(x.phase(), x.generation(), to[x.command()], x.reissue(), x.cancelable(), x.pdu(),
                    x.taskWork(), x.taskWorkHandler(), x.taskWorkFlags(), x.sqeCopied(),
                    x.cqePosted(), x.staleTaskWork(), x.fetched()));
        }
        CommandRecord[] commands = new CommandRecord[to.length];
        for (int k = 0; k < to.length; k++) {
            commands[to[k]] = s.commands().get(k);
        }
        List<RunningContext> contexts = new ArrayList<>(s.contexts().size());
        for (RunningContext c : s.contexts()) {
            int command = c.kind() == ContextKind.RELEASE || c.command() < 0 ? c.command() : to[c.command()];
            contexts.add(new RunningContext(c.kind(), c.handler(), command, c.slot(), c.generation(), c.pc(),
                    c.started(), renameValues(c.locals(), to), c.holdsUring(), c.locks(), c.queued(), c.stuck(),
                    c.pending()));
        }
        List<Value> fields = renameValues(s.fields(), to);
        for (int[] byCommand : perCommandInstances) {
            for (int k = 0; k < to.length; k++) {
                fields.set(byCommand[to[k]], renameValue(s.fields().get(byCommand[k]), to));
            }
        }
        return new LifecycleState(slots, s.freeList(), s.complReqs(), s.cancelable(), Arrays.asList(commands),
                contexts, fields, s.leakedLocks(), s.task(), s.ringClosed(), s.fileClosed(), s.released(),
                s.faults(), s.fires());
    }

    private static List<Value> renameValues(List<Value> values, int[] to) {
        List<Value> out = new ArrayList<>(values.size());
        for (Value v : values) {
            out.add(renameValue(v, to));
        }
        return out;
    }

    private static Value renameValue(Value v, int[] to) {
        if (v.command() < 0 || v.command() >= to.length || to[v.command()] == v.command()) {
            return v;
        }
        return new Value(v.kind(), v.slot(), v.generation(), to[v.command()], v.flags(), v.number());
    }

    private static LifecycleState sortContexts(LifecycleState s) {
        int n = s.contexts().size();
        if (n < 2) {
            return s;
        }
        long[] key = new long[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            key[i] = Fingerprints.finish(context(0x54L, s.contexts().get(i), -2));
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byKey = Long.compare(key[a], key[b]);
            return byKey != 0 ? byKey : Integer.compare(a, b);
        });
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            sorted &= order[i] == i;
        }
        if (sorted) {
            return s;
        }
        List<RunningContext> contexts = new ArrayList<>(n);
        for (Integer i : order) {
            contexts.add(s.contexts().get(i));
        }
        return new LifecycleState(s.slots(), s.freeList(), s.complReqs(), s.cancelable(), s.commands(), contexts,
                s.fields(), s.leakedLocks(), s.task(), s.ringClosed(), s.fileClosed(), s.released(), s.faults(),
                s.fires());
    }

    private static long slot(long h, Slot x) {
        h = Fingerprints.mix(h, x.phase().ordinal());
        h = Fingerprints.mix(h, x.generation());
        h = Fingerprints.mix(h, (x.reissue() ? 1 : 0) | (x.cancelable() ? 2 : 0) | (x.sqeCopied() ? 4 : 0)
                | (x.cqePosted() ? 8 : 0) | (x.staleTaskWork() ? 16 : 0));
        for (PduCell c : x.pdu()) {
            h = Fingerprints.mix(h, c.value());
            h = Fingerprints.mix(h, c.provenance().ordinal());
        }
        h = Fingerprints.mix(h, x.taskWork().ordinal());
        h = Fingerprints.mix(h, x.taskWorkHandler());
        return Fingerprints.mix(h, x.taskWorkFlags());
    }

    /** A context's contents; its command and the commands its values name count as "self" when {@code self}. */
    private static long context(long h, RunningContext c, int self) {
        h = Fingerprints.mix(h, c.kind().ordinal());
        h = Fingerprints.mix(h, c.handler());
        h = Fingerprints.mix(h, c.command() == self ? -2 : c.command());
        h = Fingerprints.mix(h, c.slot());
        h = Fingerprints.mix(h, c.generation());
        h = Fingerprints.mix(h, c.pc());
        h = Fingerprints.mix(h, (c.started() ? 1 : 0) | (c.holdsUring() ? 2 : 0) | (c.queued() ? 4 : 0)
                | (c.stuck() ? 8 : 0));
        h = Fingerprints.mix(h, c.locks());
        for (Value v : c.locals()) {
            h = value(h, v, self);
        }
        h = Fingerprints.mix(h, 0x55L + c.pending().size());
        for (int p : c.pending()) {
            h = Fingerprints.mix(h, p);
        }
        return h;
    }

    private static long value(long h, Value v, int self) {
        h = Fingerprints.mix(h, v.kind().ordinal());
        h = Fingerprints.mix(h, v.slot());
        h = Fingerprints.mix(h, v.generation());
        h = Fingerprints.mix(h, v.command() == self ? -2 : v.command());
        h = Fingerprints.mix(h, v.flags());
        return Fingerprints.mix(h, v.number());
    }
}
