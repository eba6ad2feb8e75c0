package uringcheck.checks.lifecycle;

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
import uringcheck.model.lifecycle.reduce.CommandSymmetry;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.Value;

/**
 * The symmetry's canonical form as {@code LifecycleSymmetry} computed it before the packed state
 * (main cea044c), on records and lists: the renaming sorts each class of interchangeable submitted commands
 * by a hash of what concerns them alone, the contexts are sorted by a hash of their renamed contents, and the
 * renamed state is built. Kept as the reference {@code PackedSymmetryTest} compares the packed form with;
 * it also tells which renaming and which context order it chose.
 */
final class SymmetryReference {

    /**
     * A canonical form and how it was reached.
     *
     * @param state the canonical state
     * @param to    the new number of each command ({@code to[k]} for command {@code k})
     * @param order the contexts of the renamed state in canonical order (indices into its contexts)
     */
    record Canonical(LifecycleState state, int[] to, int[] order) {
    }


    private static final int NO_SELF = Integer.MIN_VALUE;

    private final boolean commandSymmetry;
    private final int firstRenamed;
    private final int[][] perCommandInstances;
    /**
     * The commands that may be renamed, in classes of interchangeable ones ({@link Environment#interchangeable}),
     * by first member, each ascending.
     */
    private final int[][] renamedByClass;

    /** The symmetry of {@code driver}, compiled as {@code program}, in {@code environment}. */
    SymmetryReference(DriverProgram driver, CompiledProgram program, Environment environment) {
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

    /** The instance of each per-command field for each command ({@code [field][command]}). */
    int[][] perCommandInstances() {
        return perCommandInstances;
    }

    /**
     * The states symmetric to {@code s} by one step: {@code s} with two submitted interchangeable commands swapped
     * (each such pair, when {@code s} may be renamed at all), and {@code s} with its contexts in reverse order
     * (when it has two or more).
     */
    List<LifecycleState> twins(LifecycleState s) {
        List<LifecycleState> twins = new ArrayList<>();
        int n = s.commands().size();
        if (commandSymmetry && s.faults().isEmpty() && s.fires().isEmpty()) {
            for (int[] positions : renamedByClass) {
                for (int i = 0; i < positions.length; i++) {
                    for (int j = i + 1; j < positions.length; j++) {
                        if (s.commands().get(positions[i]).submitted() && s.commands().get(positions[j]).submitted()) {
                            int[] to = identity(n);
                            to[positions[i]] = positions[j];
                            to[positions[j]] = positions[i];
                            twins.add(rename(s, to));
                        }
                    }
                }
            }
        }
        int contexts = s.contexts().size();
        if (contexts >= 2) {
            int[] reversed = new int[contexts];
            for (int i = 0; i < contexts; i++) {
                reversed[i] = contexts - 1 - i;
            }
            twins.add(withContexts(s, reversed));
        }
        return twins;
    }

    /** The canonical representative of {@code s}. */
    Canonical canonical(LifecycleState s) {
        int[] to = commandSymmetry && s.faults().isEmpty() && s.fires().isEmpty() ? renaming(s) : null;
        LifecycleState renamed = to == null ? s : rename(s, to);
        int[] order = contextOrder(renamed);
        return new Canonical(order == null ? renamed : withContexts(renamed, order),
                to == null ? identity(s.commands().size()) : to, order == null ? identity(s.contexts().size()) : order);
    }

    private int[] renaming(LifecycleState s) {
        int n = s.commands().size();
        int submitted = 0;
        while (submitted < n && s.commands().get(submitted).submitted()) {
            submitted++;
        }
        if (submitted - firstRenamed < 2) {
            return null;
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
        return to;
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
                contexts += Fingerprints.finish(context(0x52L, c, k));
            }
        }
        h = Fingerprints.mix(h, contexts);
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

    private static int[] contextOrder(LifecycleState s) {
        int n = s.contexts().size();
        if (n < 2) {
            return null;
        }
        long[] key = new long[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            key[i] = Fingerprints.finish(context(0x54L, s.contexts().get(i), NO_SELF));
            sorted &= i == 0 || key[i - 1] <= key[i];
        }
        return sorted ? null : sortedByKey(identity(n), n, key);
    }

    private static LifecycleState withContexts(LifecycleState s, int[] order) {
        List<RunningContext> contexts = new ArrayList<>(order.length);
        for (int i : order) {
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

    private static long context(long h, RunningContext c, int self) {
        h = Fingerprints.mix(h, c.kind().ordinal());
        h = Fingerprints.mix(h, c.handler());
        h = Fingerprints.mix(h, command(c.command(), self));
        h = Fingerprints.mix(h, c.slot());
        h = Fingerprints.mix(h, c.generation());
        h = Fingerprints.mix(h, c.pc());
        h = Fingerprints.mix(h, (c.started() ? 1 : 0) | (c.holdsUring() ? 2 : 0) | (c.queued() ? 4 : 0)
                | (c.stuck() ? 8 : 0));
        h = Fingerprints.mix(h, c.locks());
        h = Fingerprints.mix(h, 0x200L + c.locals().size());
        for (Value v : c.locals()) {
            h = value(h, v, self);
        }
        h = Fingerprints.mix(h, 0x100L + c.pending().size());
        for (int x : c.pending()) {
            h = Fingerprints.mix(h, x);
        }
        return h;
    }

    private static long value(long h, Value v, int self) {
        h = Fingerprints.mix(h, v.kind().ordinal());
        h = Fingerprints.mix(h, v.slot());
        h = Fingerprints.mix(h, v.generation());
        h = Fingerprints.mix(h, command(v.command(), self));
        h = Fingerprints.mix(h, v.flags());
        return Fingerprints.mix(h, v.number());
    }

    private static int command(int command, int self) {
        return command == self ? -2 : command;
    }
}
