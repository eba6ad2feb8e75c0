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
import uringcheck.model.lifecycle.state.ContentHash;
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
 * (their contexts' hashes summed, so the contexts' order does not matter) and gives them that class's
 * indices in this order, ties kept in index order;
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
    /**
     * The commands that may be renamed, in classes of interchangeable ones ({@link Environment#interchangeable}),
     * by first member, each ascending.
     */
    private final int[][] renamedByClass;

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
        List<List<Integer>> classes = new ArrayList<>();
        for (int k = firstRenamed; k < environment.commands(); k++) {
            List<Integer> own = null;
            for (List<Integer> c : classes) {
                if (environment.interchangeable(c.get(0), k)) {
                    own = c;
                    break;
                }
            }
            if (own == null) {
                own = new ArrayList<>();
                classes.add(own);
            }
            own.add(k);
        }
        this.renamedByClass = classes.stream()
                .map(ks -> ks.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
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
        int[] to = null;
        long[] key = new long[n];
        for (int[] positions : renamedByClass) {
            int m = 0;
            while (m < positions.length && positions[m] < submitted) {
                key[positions[m]] = commandKey(s, positions[m]);
                m++;
            }
            if (m < 2) {
                continue;
            }
            int[] order = sortedByKey(positions, m, key);
            for (int i = 0; i < m; i++) {
                if (order[i] != positions[i]) {
                    if (to == null) {
                        to = identity(n);
                    }
                    to[order[i]] = positions[i];
                }
            }
        }
        return to == null ? s : rename(s, to);
    }

    /** The first {@code m} of {@code items} sorted by {@code key}, ties in their order (an insertion sort: m is small). */
    private static int[] sortedByKey(int[] items, int m, long[] key) {
        int[] order = Arrays.copyOf(items, m);
        for (int i = 1; i < m; i++) {
            int x = order[i];
            int j = i - 1;
            while (j >= 0 && key[order[j]] > key[x]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
        return order;
    }

    private static int[] identity(int n) {
        int[] to = new int[n];
        for (int k = 0; k < n; k++) {
            to[k] = k;
        }
        return to;
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
        long contexts = 0;
        for (int i = 0; i < s.contexts().size(); i++) {
            RunningContext c = s.contexts().get(i);
            if (c.command() == k && c.kind() != ContextKind.RELEASE) {
                contexts += Fingerprints.finish(ContentHash.context(0x52L, c, k));
            }
        }
        h = Fingerprints.mix(h, contexts);
        for (int[] byCommand : perCommandInstances) {
            h = ContentHash.value(Fingerprints.mix(h, 0x53L), s.fields().get(byCommand[k]), k);
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
                s.faults(), s.fires(), s.objects());
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
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            key[i] = Fingerprints.finish(ContentHash.context(0x54L, s.contexts().get(i), ContentHash.NO_SELF));
            sorted &= i == 0 || key[i - 1] <= key[i];
        }
        if (sorted) {
            return s;
        }
        List<RunningContext> contexts = new ArrayList<>(n);
        for (int i : sortedByKey(identity(n), n, key)) {
            contexts.add(s.contexts().get(i));
        }
        return new LifecycleState(s.slots(), s.freeList(), s.complReqs(), s.cancelable(), s.commands(), contexts,
                s.fields(), s.leakedLocks(), s.task(), s.ringClosed(), s.fileClosed(), s.released(), s.faults(),
                s.fires(), s.objects());
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
}
