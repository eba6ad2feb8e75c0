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
import uringcheck.model.lifecycle.state.PackedState;
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
 * indices in this order, ties kept in index order; a class with fewer than two submitted members is not
 * keyed at all. The contexts are sorted by their contents after the renaming, word by word
 * ({@link PackedState#compareContexts}): a total order, so the canonical contexts are the sorted multiset of
 * the renamed ones, whatever order the state holds them in. Any
 * order is a permutation, so the result is always the state itself under some automorphism
 * ({@link uringcheck.model.Model#canonical}); a good order only finds more symmetric states equal.
 * The keys, the renaming and the order are computed on the state's words ({@link PackedState}), in buffers
 * of the calling thread; {@link #canonicalFingerprint} writes the renamed, reordered words in one pass (none
 * when the renaming and the order are the identity) and folds them without building a state,
 * {@link #canonical} builds the state they describe.
 */
public final class LifecycleSymmetry {

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

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

    /**
     * The canonical representative of {@code s}: {@code s} renamed and reordered as {@link #canonicalFingerprint}
     * computes on its words, built as a state.
     */
    public LifecycleState canonical(LifecycleState s) {
        Scratch t = SCRATCH.get();
        PackedState p = t.packed.pack(s);
        int[] to = renaming(p, t);
        int[] order = contextOrder(p, to, t);
        LifecycleState renamed = to == null ? s : rename(s, to);
        return order == null ? renamed : withContexts(renamed, order);
    }

    /**
     * The fingerprint of {@link #canonical}{@code (s)}, computed on {@code s}'s words ({@link PackedState}): the
     * sort keys are read from them, the renaming and the contexts' order are applied to them, and the
     * canonical words are folded as the state's fingerprint folds a state's. No state is built; the words
     * live in buffers of the calling thread.
     */
    public long canonicalFingerprint(LifecycleState s) {
        Scratch t = SCRATCH.get();
        return canonicalFingerprint(t.packed.pack(s), t);
    }

    /**
     * The fingerprint of the canonical form of the state packed as {@code words}: {@link #canonicalFingerprint}
     * of that state, for words packed elsewhere. {@code words} are read, never changed.
     */
    public long canonicalFingerprint(PackedState words) {
        return canonicalFingerprint(words, SCRATCH.get());
    }

    private long canonicalFingerprint(PackedState p, Scratch t) {
        int[] to = renaming(p, t);
        int[] order = contextOrder(p, to, t);
        if (to == null && order == null) {
            return p.fingerprint();
        }
        return p.renamed(to, perCommandInstances, order, t.renamed).fingerprint();
    }

    /**
     * The new number of each command ({@code to[k]} for command {@code k}), or null when none is renamed:
     * when no class of interchangeable commands has two submitted members, or each class's sort leaves its
     * members where they are.
     */
    private int[] renaming(PackedState p, Scratch t) {
        if (!commandSymmetry || p.hasFaults() || p.hasFires()) {
            return null;
        }
        int n = p.commands();
        int submitted = 0;
        while (submitted < n && p.submitted(submitted)) {
            submitted++;
        }
        if (submitted - firstRenamed < 2) {
            return null;
        }
        boolean[] keyed = t.keyed(n);
        boolean any = false;
        for (int[] positions : renamedByClass) {
            int m = submittedMembers(positions, submitted);
            for (int i = 0; i < m && m >= 2; i++) {
                keyed[positions[i]] = true;
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        long[] key = commandKeys(p, keyed, t);
        int[] to = null;
        for (int[] positions : renamedByClass) {
            int m = submittedMembers(positions, submitted);
            if (m < 2) {
                continue;
            }
            int[] order = sortedByKey(positions, m, key, t.commandOrder(m));
            for (int i = 0; i < m; i++) {
                if (order[i] != positions[i]) {
                    if (to == null) {
                        to = t.identity(n);
                    }
                    to[order[i]] = positions[i];
                }
            }
        }
        return to;
    }

    /** How many of a class's {@code positions} (ascending) are below {@code submitted}. */
    private static int submittedMembers(int[] positions, int submitted) {
        int m = 0;
        while (m < positions.length && positions[m] < submitted) {
            m++;
        }
        return m;
    }

    /**
     * The contexts' order: sorted by their words after the renaming {@code to}
     * ({@link PackedState#compareContexts}), or null when they are in that order already. Equal contexts are
     * equal words, so any order among them gives the same canonical words.
     */
    private static int[] contextOrder(PackedState p, int[] to, Scratch t) {
        int n = p.contexts();
        if (n < 2) {
            return null;
        }
        int[] order = t.contextOrder(n);
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean moved = false;
        for (int i = 1; i < n; i++) {
            int x = order[i];
            int j = i - 1;
            while (j >= 0 && p.compareContexts(order[j], x, to) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
            moved |= j + 1 != i;
        }
        return moved ? order : null;
    }

    /**
     * The first {@code m} of {@code items} sorted by {@code key}, ties in their order, written into
     * {@code order} (an insertion sort: m is small).
     */
    private static int[] sortedByKey(int[] items, int m, long[] key, int[] order) {
        System.arraycopy(items, 0, order, 0, m);
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

    /**
     * For each command {@code k} with {@code keyed[k]} (cleared on the way), a hash of what concerns it alone:
     * its record, its slots (by index), its contexts (their hashes summed, so their order does not matter, each
     * folded with {@code k} as {@link PackedState#foldContext}'s self) and its per-command field instances. The
     * keyed commands' hashes are folded side by side, one pass over the slots and one over the contexts, each
     * command's in the order above.
     */
    private long[] commandKeys(PackedState p, boolean[] keyed, Scratch t) {
        int n = p.commands();
        long[] h = t.commandKeys(n);
        long[] contexts = t.contextSums(n);
        for (int k = 0; k < n; k++) {
            if (keyed[k]) {
                h[k] = p.foldRecord(0x51L, k);
                contexts[k] = 0;
            }
        }
        for (int i = 0; i < p.slots(); i++) {
            int k = p.slotCommand(i);
            if (k >= 0 && keyed[k]) {
                h[k] = p.foldSlotContents(Fingerprints.mix(h[k], i), i);
            }
        }
        for (int i = 0; i < p.contexts(); i++) {
            int k = p.contextCommand(i);
            if (k >= 0 && keyed[k] && !p.isRelease(i)) {
                contexts[k] += Fingerprints.finish(p.foldContext(0x52L, i, k));
            }
        }
        for (int k = 0; k < n; k++) {
            if (keyed[k]) {
                h[k] = Fingerprints.mix(h[k], contexts[k]);
            }
        }
        for (int[] byCommand : perCommandInstances) {
            for (int k = 0; k < n; k++) {
                if (keyed[k]) {
                    h[k] = p.foldField(Fingerprints.mix(h[k], 0x53L), byCommand[k], k);
                }
            }
        }
        for (int k = 0; k < n; k++) {
            if (keyed[k]) {
                h[k] = Fingerprints.finish(h[k]);
                keyed[k] = false;
            }
        }
        return h;
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

    /** {@code s} with its contexts in the order of the first of {@code order}, as many as it has. */
    private static LifecycleState withContexts(LifecycleState s, int[] order) {
        int n = s.contexts().size();
        List<RunningContext> contexts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            contexts.add(s.contexts().get(order[i]));
        }
        return new LifecycleState(s.slots(), s.freeList(), s.complReqs(), s.cancelable(), s.commands(), contexts,
                s.fields(), s.leakedLocks(), s.task(), s.ringClosed(), s.fileClosed(), s.released(), s.faults(),
                s.fires(), s.objects());
    }

    /** What one thread reuses from state to state: a state's words, its canonical words, sort keys and orders. */
    private static final class Scratch {

        final PackedState packed = new PackedState();
        final PackedState renamed = new PackedState();
        private boolean[] keyed = new boolean[0];
        private long[] commandKeys = new long[0];
        private long[] contextSums = new long[0];
        private int[] to = new int[0];
        private int[] commandOrder = new int[0];
        private int[] contextOrder = new int[0];

        long[] commandKeys(int n) {
            if (commandKeys.length < n) {
                commandKeys = new long[n];
            }
            return commandKeys;
        }

        /** The commands to key, all false (the keys' computation clears what it set). */
        boolean[] keyed(int n) {
            if (keyed.length < n) {
                keyed = new boolean[n];
            }
            return keyed;
        }

        long[] contextSums(int n) {
            if (contextSums.length < n) {
                contextSums = new long[n];
            }
            return contextSums;
        }

        /** The identity renaming of {@code n} commands (exactly {@code n} long). */
        int[] identity(int n) {
            if (to.length != n) {
                to = new int[n];
            }
            for (int k = 0; k < n; k++) {
                to[k] = k;
            }
            return to;
        }

        int[] commandOrder(int m) {
            if (commandOrder.length < m) {
                commandOrder = new int[m];
            }
            return commandOrder;
        }

        int[] contextOrder(int n) {
            if (contextOrder.length < n) {
                contextOrder = new int[n];
            }
            return contextOrder;
        }
    }
}
