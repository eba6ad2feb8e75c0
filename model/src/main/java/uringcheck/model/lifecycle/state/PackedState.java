package uringcheck.model.lifecycle.state;

import java.util.Arrays;
import java.util.List;
import uringcheck.model.Fingerprints;

/**
 * A {@link LifecycleState} packed into 32-bit words, in a buffer its owner reuses for one state after
 * another (one per thread: it is not thread-safe). The words are the state's components in declaration
 * order, each list preceded by its size; the state's fingerprint folds them
 * ({@link #fingerprint}), so the fingerprint reads the state's records and lists once, to pack them, and the
 * symmetry reads its sort keys and writes its canonical form from the words, without building a state.
 *
 * <p>Layout (every number one {@code int} word; {@code ints} is {@code 0x100 + size} then the elements,
 * {@code values} is {@code 0x200 + size} then six words per {@link Value}: kind, slot, generation, command,
 * flags, number):
 * <ol>
 *   <li>the number of slots, then per slot a <em>slot block</em>: phase, generation, command, the flags
 *       (reissue, cancelable, SQE copied, CQE posted, stale task work: bits 0-4), the fetch count, each PDU
 *       field's value and provenance (as many as the program's layout: not counted), the task work's kind,
 *       handler and flags;</li>
 *   <li>the free list, the completion list and the cancelable list as {@code ints};</li>
 *   <li>the number of commands, then per command record three words: its flags (submitted, returned, SQ
 *       reused: bits 0-2), its CQE count and its {@code doneBy} bits;</li>
 *   <li>the number of running contexts, then per context a <em>context block</em>: kind, handler,
 *       command, slot, generation, pc, its flags (started, holds {@code uring_lock}, queued, stuck: bits
 *       0-3), its lock bits, its locals as {@code values} and its pending requests as {@code ints};</li>
 *   <li>the device and per-command fields as {@code values};</li>
 *   <li>the leaked locks, the task's state, the flags (ring closed, file closed, released: bits 0-2);</li>
 *   <li>the number of faults, then per fault its obligation, its cause, its subject's size and each subject
 *       value tagged by its type ({@link #subject});</li>
 *   <li>the stimulus fire counters as {@code ints}, only when the program declares stimuli, and the driver
 *       objects as {@code ints}, only when it declares pools: a program without them keeps its words.</li>
 * </ol>
 * A command is named by its number in a slot block, a context block and a value; those are the words
 * {@link #renamed} rewrites. Equal states pack to equal words; states of one program that differ pack to
 * different words (every component is written, lists with their sizes).
 */
public final class PackedState {

    private static final long SEED = 0x3C6EF372FE94F82BL;
    private static final long SEED_B = 0xA54FF53A5F1D36F1L;
    private static final long SEED_C = 0x510E527FADE682D1L;
    private static final long SEED_D = 0x9B05688C2B3E6C1FL;
    /** Words of a slot block before its PDU fields, and after them. */
    private static final int SLOT_HEAD = 5;
    private static final int SLOT_TAIL = 3;
    /** Position of the command in a slot block, a command record's length, a context block's head. */
    private static final int SLOT_COMMAND = 2;
    private static final int RECORD = 3;
    private static final int CONTEXT_COMMAND = 2;
    private static final int CONTEXT_HEAD = 8;
    /** A value's length and the position of its command. */
    private static final int VALUE = 6;
    private static final int VALUE_COMMAND = 3;
    private static final int RELEASE = ContextKind.RELEASE.ordinal();

    private int[] words = new int[512];
    private int size;
    private int[] slotAt = new int[8];
    private int slots;
    private int commandsAt;
    private int commands;
    private int contextsAt;
    private int[] contextAt = new int[8];
    private int contexts;
    private int fieldsAt;
    private int faults;
    private boolean fires;
    /** Where {@link #renamed} moves each field instance, and its renaming, when this buffer is the one written into. */
    private int[] fieldTargets = new int[0];
    private int[] commandMap = new int[0];

    /**
     * What {@link #pack} reads: a state's components, as {@link LifecycleState} declares them (see it for each
     * one's meaning). A state is one; so is the interpreter's working copy of a state during a step
     * ({@code kernel.World}), whose words are those of the state it freezes to, so that a successor is
     * fingerprinted before, and unless it is new without, being built.
     */
    public interface Source {

        List<Slot> slots();

        List<Integer> freeList();

        List<Integer> complReqs();

        List<Integer> cancelable();

        List<CommandRecord> commands();

        List<RunningContext> contexts();

        List<Value> fields();

        int leakedLocks();

        TaskState task();

        boolean ringClosed();

        boolean fileClosed();

        boolean released();

        List<Fault> faults();

        List<Integer> fires();

        List<Integer> objects();
    }

    /**
     * Packs the state {@code s} holds into this buffer (its previous contents are gone); returns this. Allocates
     * nothing once the buffer fits. Sources with equal components pack to equal words.
     */
    public PackedState pack(Source s) {
        size = 0;
        List<Slot> ss = s.slots();
        slots = ss.size();
        slotAt = fit(slotAt, slots + 1);
        put(slots);
        for (int i = 0; i < slots; i++) {
            slotAt[i] = size;
            slot(ss.get(i));
        }
        slotAt[slots] = size;
        ints(s.freeList());
        ints(s.complReqs());
        ints(s.cancelable());
        List<CommandRecord> cs = s.commands();
        commands = cs.size();
        put(commands);
        commandsAt = size;
        int[] w = reserve(RECORD * commands);
        for (int i = 0; i < commands; i++) {
            CommandRecord c = cs.get(i);
            int at = commandsAt + RECORD * i;
            w[at] = (c.submitted() ? 1 : 0) | (c.returned() ? 2 : 0) | (c.sqReused() ? 4 : 0);
            w[at + 1] = c.cqes();
            w[at + 2] = c.doneBy();
        }
        size = commandsAt + RECORD * commands;
        List<RunningContext> xs = s.contexts();
        contexts = xs.size();
        contextAt = fit(contextAt, contexts + 1);
        put(contexts);
        contextsAt = size;
        for (int i = 0; i < contexts; i++) {
            contextAt[i] = size;
            context(xs.get(i));
        }
        contextAt[contexts] = size;
        fieldsAt = size;
        values(s.fields());
        put(s.leakedLocks());
        put(s.task().ordinal());
        put((s.ringClosed() ? 1 : 0) | (s.fileClosed() ? 2 : 0) | (s.released() ? 4 : 0));
        List<Fault> fs = s.faults();
        faults = fs.size();
        put(faults);
        for (int i = 0; i < faults; i++) {
            Fault f = fs.get(i);
            put(f.obligation().ordinal());
            put(f.cause().ordinal());
            List<Object> subject = f.subject();
            put(subject.size());
            for (int j = 0; j < subject.size(); j++) {
                subject(subject.get(j));
            }
        }
        fires = !s.fires().isEmpty();
        if (fires) {
            ints(s.fires());
        }
        if (!s.objects().isEmpty()) {
            ints(s.objects());
        }
        return this;
    }

    /**
     * The state's fingerprint: the words taken two by two as 64-bit numbers, folded with {@link Fingerprints#mix}
     * into four running hashes in turn (independent chains, so the multiplications overlap), the words left over
     * folded into the first one by one, the four and the number of words folded together, then
     * {@link Fingerprints#finish}. Equal words give equal fingerprints.
     */
    public long fingerprint() {
        int[] w = words;
        int n = size;
        long a = SEED;
        long b = SEED_B;
        long c = SEED_C;
        long d = SEED_D;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            a = Fingerprints.mix(a, pair(w[i], w[i + 1]));
            b = Fingerprints.mix(b, pair(w[i + 2], w[i + 3]));
            c = Fingerprints.mix(c, pair(w[i + 4], w[i + 5]));
            d = Fingerprints.mix(d, pair(w[i + 6], w[i + 7]));
        }
        for (; i < n; i++) {
            a = Fingerprints.mix(a, w[i]);
        }
        return Fingerprints.finish(Fingerprints.mix(Fingerprints.mix(Fingerprints.mix(Fingerprints.mix(a, b), c), d), n));
    }

    private static long pair(int high, int low) {
        return (long) high << 32 | (low & 0xFFFFFFFFL);
    }

    /** Whether this buffer holds the same words as {@code other}. */
    public boolean sameWords(PackedState other) {
        return Arrays.equals(words, 0, size, other.words, 0, other.size);
    }

    /** The number of request slots. */
    public int slots() {
        return slots;
    }

    /** The command slot {@code i} holds (-1 for none). */
    public int slotCommand(int i) {
        return words[slotAt[i] + SLOT_COMMAND];
    }

    /**
     * {@code h} with slot {@code i}'s contents folded in but its command and fetch count: phase, generation,
     * flags, PDU fields, task work.
     */
    public long foldSlotContents(long h, int i) {
        int a = slotAt[i];
        h = Fingerprints.mix(h, words[a]);
        h = Fingerprints.mix(h, words[a + 1]);
        h = Fingerprints.mix(h, words[a + 3]);
        for (int j = a + SLOT_HEAD; j < slotAt[i + 1]; j++) {
            h = Fingerprints.mix(h, words[j]);
        }
        return h;
    }

    /** The number of commands. */
    public int commands() {
        return commands;
    }

    /** Whether userspace has submitted command {@code k}. */
    public boolean submitted(int k) {
        return (words[commandsAt + RECORD * k] & 1) != 0;
    }

    /** {@code h} with command {@code k}'s record folded in (its flags, CQE count and {@code doneBy}). */
    public long foldRecord(long h, int k) {
        int a = commandsAt + RECORD * k;
        h = Fingerprints.mix(h, words[a]);
        h = Fingerprints.mix(h, words[a + 1]);
        return Fingerprints.mix(h, words[a + 2]);
    }

    /** The number of running contexts. */
    public int contexts() {
        return contexts;
    }

    /** The command running context {@code i} serves. */
    public int contextCommand(int i) {
        return words[contextAt[i] + CONTEXT_COMMAND];
    }

    /** Whether running context {@code i} is a release call (it serves command 0 whatever is renamed). */
    public boolean isRelease(int i) {
        return words[contextAt[i]] == RELEASE;
    }

    /**
     * {@code h} with context block {@code i} folded in, command {@code self} folded as -2 wherever the block
     * names it (the context's command, its locals' commands), so that two commands in the same situation
     * fold alike.
     */
    public long foldContext(long h, int i, int self) {
        int[] w = words;
        int a = contextAt[i];
        h = Fingerprints.mix(h, w[a]);
        h = Fingerprints.mix(h, w[a + 1]);
        h = Fingerprints.mix(h, self(w[a + CONTEXT_COMMAND], self));
        h = Fingerprints.mix(h, w[a + 3]);
        h = Fingerprints.mix(h, w[a + 4]);
        h = Fingerprints.mix(h, w[a + 5]);
        h = Fingerprints.mix(h, w[a + 6]);
        h = Fingerprints.mix(h, w[a + 7]);
        int locals = a + CONTEXT_HEAD;
        int n = words[locals] - 0x200;
        h = Fingerprints.mix(h, words[locals]);
        for (int v = 0; v < n; v++) {
            h = foldValueAt(h, locals + 1 + VALUE * v, self);
        }
        for (int j = locals + 1 + VALUE * n; j < contextAt[i + 1]; j++) {
            h = Fingerprints.mix(h, words[j]);
        }
        return h;
    }

    /** {@code h} with field instance {@code field}'s value folded in, command {@code self} folded as -2. */
    public long foldField(long h, int field, int self) {
        return foldValueAt(h, fieldsAt + 1 + VALUE * field, self);
    }

    /** Whether a fault is recorded. */
    public boolean hasFaults() {
        return faults > 0;
    }

    /** Whether the program declares stimuli (their fire counters are packed). */
    public boolean hasFires() {
        return fires;
    }

    /**
     * Compares running context {@code i} with context {@code j} as their blocks read after renaming command
     * {@code k} to {@code to[k]} ({@code to} null: none renamed), as {@link #renamed} writes them: word by word,
     * the first differing word deciding; the blocks are self-delimiting (their lists carry their sizes), so two
     * blocks compare equal exactly when their renamed words are equal. A total order on the contexts' contents.
     */
    public int compareContexts(int i, int j, int[] to) {
        int a = contextAt[i];
        int b = contextAt[j];
        for (int x = 0; x < CONTEXT_HEAD; x++) {
            int u = words[a + x];
            int v = words[b + x];
            if (x == CONTEXT_COMMAND && to != null && words[a] != RELEASE) {
                u = renamedCommand(u, to);
                v = renamedCommand(v, to);
            }
            if (u != v) {
                return Integer.compare(u, v);
            }
        }
        int locals = words[a + CONTEXT_HEAD];
        if (locals != words[b + CONTEXT_HEAD]) {
            return Integer.compare(locals, words[b + CONTEXT_HEAD]);
        }
        a += CONTEXT_HEAD + 1;
        b += CONTEXT_HEAD + 1;
        for (int v = locals - 0x200; v > 0; v--) {
            for (int x = 0; x < VALUE; x++) {
                int u = words[a + x];
                int w = words[b + x];
                if (x == VALUE_COMMAND && to != null) {
                    u = renamedValueCommand(u, to);
                    w = renamedValueCommand(w, to);
                }
                if (u != w) {
                    return Integer.compare(u, w);
                }
            }
            a += VALUE;
            b += VALUE;
        }
        return Arrays.compare(words, a, contextAt[i + 1], words, b, contextAt[j + 1]);
    }

    /**
     * Writes into {@code into} this state with command {@code k} renamed {@code to[k]} ({@code to} null: none
     * renamed) and its contexts in the order {@code order} (the block of context {@code order[i]} at position
     * {@code i}; null: as they are); returns {@code into}. Renaming rewrites a command wherever a slot, a
     * context other than a release call or a value names it, and moves its record and its per-command field
     * instances ({@code perCommandInstances[f][k]}, the instance of per-command field {@code f} of command
     * {@code k}) to the position of {@code to[k]}. This state's words are left as they are.
     */
    public PackedState renamed(int[] to, int[][] perCommandInstances, int[] order, PackedState into) {
        into.copyIndexOf(this);
        int[] w = into.words;
        System.arraycopy(words, 0, w, 0, size);
        int[] map = to == null ? null : into.commandMap(to);
        if (to != null) {
            for (int i = 0; i < slots; i++) {
                int a = slotAt[i] + SLOT_COMMAND;
                w[a] = mapped(words[a], map);
            }
            for (int k = 0; k < commands; k++) {
                System.arraycopy(words, commandsAt + RECORD * k, w, commandsAt + RECORD * to[k], RECORD);
            }
            int fields = words[fieldsAt] - 0x200;
            int[] target = into.fieldTargets(fields);
            for (int[] byCommand : perCommandInstances) {
                for (int k = 0; k < to.length; k++) {
                    target[byCommand[k]] = byCommand[to[k]];
                }
            }
            for (int f = 0; f < fields; f++) {
                int from = fieldsAt + 1 + VALUE * f;
                int at = fieldsAt + 1 + VALUE * target[f];
                if (at != from) {
                    System.arraycopy(words, from, w, at, VALUE);
                }
                w[at + VALUE_COMMAND] = mapped(words[from + VALUE_COMMAND], map);
            }
        }
        int at = contextsAt;
        for (int i = 0; i < contexts; i++) {
            int c = order == null ? i : order[i];
            int from = contextAt[c];
            int length = contextAt[c + 1] - from;
            if (order != null) {
                System.arraycopy(words, from, w, at, length);
            }
            if (to != null) {
                if (w[at] != RELEASE) {
                    w[at + CONTEXT_COMMAND] = mapped(w[at + CONTEXT_COMMAND], map);
                }
                renameValues(w, at + CONTEXT_HEAD, map);
            }
            into.contextAt[i] = at;
            at += length;
        }
        return into;
    }

    /** The field instances' positions, each its own: room for {@link #renamed} to map where each goes. */
    private int[] fieldTargets(int fields) {
        if (fieldTargets.length < fields) {
            fieldTargets = new int[fields];
        }
        for (int f = 0; f < fields; f++) {
            fieldTargets[f] = f;
        }
        return fieldTargets;
    }

    /** Renames, in place, the commands of the {@code values} list at {@code at} of {@code w} ({@link #commandMap}). */
    private static void renameValues(int[] w, int at, int[] map) {
        int n = w[at] - 0x200;
        for (int v = 0; v < n; v++) {
            int c = at + 1 + VALUE * v + VALUE_COMMAND;
            w[c] = mapped(w[c], map);
        }
    }

    /**
     * Renaming {@code to} as a table from a command word plus one ({@code map[0]} for -1, no command), so that
     * renaming a word is a look-up rather than a test of whether it names a command.
     */
    private int[] commandMap(int[] to) {
        if (commandMap.length != to.length + 1) {
            commandMap = new int[to.length + 1];
        }
        commandMap[0] = -1;
        System.arraycopy(to, 0, commandMap, 1, to.length);
        return commandMap;
    }

    /** A command word renamed by {@link #commandMap} {@code map}; a word that names no command is kept. */
    private static int mapped(int command, int[] map) {
        return command >= -1 && command < map.length - 1 ? map[command + 1] : command;
    }

    /** A value's command renamed: a value's command word may hold what is no command, kept as it is. */
    private static int renamedValueCommand(int command, int[] to) {
        return command >= 0 && command < to.length ? to[command] : command;
    }

    private static int renamedCommand(int command, int[] to) {
        return command < 0 ? command : to[command];
    }

    private long foldValueAt(long h, int a, int self) {
        int[] w = words;
        h = Fingerprints.mix(h, w[a]);
        h = Fingerprints.mix(h, w[a + 1]);
        h = Fingerprints.mix(h, w[a + 2]);
        h = Fingerprints.mix(h, self(w[a + VALUE_COMMAND], self));
        h = Fingerprints.mix(h, w[a + 4]);
        return Fingerprints.mix(h, w[a + 5]);
    }

    private static int self(int command, int self) {
        return command == self ? -2 : command;
    }

    private void copyIndexOf(PackedState p) {
        if (words.length < p.size) {
            words = new int[p.words.length];
        }
        size = p.size;
        slotAt = fit(slotAt, p.slots + 1);
        System.arraycopy(p.slotAt, 0, slotAt, 0, p.slots + 1);
        slots = p.slots;
        commandsAt = p.commandsAt;
        commands = p.commands;
        contextsAt = p.contextsAt;
        contextAt = fit(contextAt, p.contexts + 1);
        System.arraycopy(p.contextAt, 0, contextAt, 0, p.contexts + 1);
        contexts = p.contexts;
        fieldsAt = p.fieldsAt;
        faults = p.faults;
        fires = p.fires;
    }

    private void slot(Slot x) {
        List<PduCell> pdu = x.pdu();
        int cells = pdu.size();
        int[] w = reserve(SLOT_HEAD + 2 * cells + SLOT_TAIL);
        int at = size;
        w[at] = x.phase().ordinal();
        w[at + 1] = x.generation();
        w[at + 2] = x.command();
        w[at + 3] = (x.reissue() ? 1 : 0) | (x.cancelable() ? 2 : 0) | (x.sqeCopied() ? 4 : 0)
                | (x.cqePosted() ? 8 : 0) | (x.staleTaskWork() ? 16 : 0);
        w[at + 4] = x.fetched();
        at += SLOT_HEAD;
        for (int j = 0; j < cells; j++) {
            PduCell cell = pdu.get(j);
            w[at] = cell.value();
            w[at + 1] = cell.provenance().ordinal();
            at += 2;
        }
        w[at] = x.taskWork().ordinal();
        w[at + 1] = x.taskWorkHandler();
        w[at + 2] = x.taskWorkFlags();
        size = at + SLOT_TAIL;
    }

    private void context(RunningContext c) {
        int[] w = reserve(CONTEXT_HEAD);
        int at = size;
        w[at] = c.kind().ordinal();
        w[at + 1] = c.handler();
        w[at + 2] = c.command();
        w[at + 3] = c.slot();
        w[at + 4] = c.generation();
        w[at + 5] = c.pc();
        w[at + 6] = (c.started() ? 1 : 0) | (c.holdsUring() ? 2 : 0) | (c.queued() ? 4 : 0) | (c.stuck() ? 8 : 0);
        w[at + 7] = c.locks();
        size = at + CONTEXT_HEAD;
        values(c.locals());
        ints(c.pending());
    }

    private void values(List<Value> vs) {
        int n = vs.size();
        int[] w = reserve(1 + VALUE * n);
        int at = size;
        w[at++] = 0x200 + n;
        for (int i = 0; i < n; i++) {
            Value v = vs.get(i);
            w[at] = v.kind().ordinal();
            w[at + 1] = v.slot();
            w[at + 2] = v.generation();
            w[at + 3] = v.command();
            w[at + 4] = v.flags();
            w[at + 5] = v.number();
            at += VALUE;
        }
        size = at;
    }

    private void ints(List<Integer> xs) {
        int n = xs.size();
        int[] w = reserve(1 + n);
        int at = size;
        w[at++] = 0x100 + n;
        for (int i = 0; i < n; i++) {
            w[at++] = xs.get(i);
        }
        size = at;
    }

    /** The buffer, with room for {@code n} more words. */
    private int[] reserve(int n) {
        if (size + n > words.length) {
            words = Arrays.copyOf(words, Math.max(2 * words.length, size + n));
        }
        return words;
    }

    /** One subject value of a fault, tagged by its type: its fields, never words (the message is rendered, not stored). */
    private void subject(Object x) {
        if (x instanceof Integer i) {
            put(0x301);
            put(i);
        } else if (x instanceof Enum<?> e) {
            put(0x302);
            put(e.ordinal());
        } else if (x instanceof Act a) {
            put(0x303);
            put(a.kind().ordinal());
            put(a.command());
            put(a.ret());
            put(a.flags());
            put(a.handler());
            put(a.from() == null ? -1 : a.from().ordinal());
        } else {
            Holder o = (Holder) x;
            put(0x304);
            put(o.place().ordinal());
            put(o.field());
            put(o.context() == null ? -1 : o.context().ordinal());
        }
    }

    private void put(int word) {
        reserve(1)[size++] = word;
    }

    private static int[] fit(int[] xs, int n) {
        return xs.length >= n ? xs : new int[Math.max(n, 2 * xs.length)];
    }
}
