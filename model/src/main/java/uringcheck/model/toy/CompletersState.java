package uringcheck.model.toy;

/**
 * A state of the {@link Completers} model, packed into one {@code long} so that a successor costs
 * one small allocation and the fingerprint is exact.
 *
 * <p>Layout (bit 0 is the least significant):
 * <pre>
 *  bits  0- 3  owner        0 = unclaimed, else index + 1 of the completer that wrote it
 *  bits  4- 7  completions  io_uring_cmd_done calls so far
 *  bits  8-11  cqes         CQEs posted so far
 *  bits 12-15  refs         references held on the request
 *  bits 16-27  res          bit i set when completer i has computed its result (res[i] = i + 1)
 *  bits 28-63  pc           3 bits per completer, completer i at bit 28 + 3i ({@link Pc} ordinal)
 * </pre>
 * Every field of the Promela model's state vector (globals {@code owner}, {@code completions},
 * {@code cqes}, {@code refs}, {@code res[N]} and each process's program counter) has its own bits,
 * so two states are equal exactly when SPIN's state vectors are. Room for at most
 * {@link #MAX_COMPLETERS} completers.
 *
 * @param bits the packed fields
 */
public record CompletersState(long bits) {

    /** The largest number of completers the layout holds. */
    public static final int MAX_COMPLETERS = 12;

    static final int OWNER = 0;
    static final int COMPLETIONS = 4;
    static final int CQES = 8;
    static final int REFS = 12;
    static final int RES = 16;
    static final int PC = 28;
    static final long NIBBLE = 0xFL;
    static final long PC_MASK = 0x7L;

    /** The completer that last wrote {@code owner}, plus one; 0 while unclaimed. */
    public int owner() {
        return (int) (bits >>> OWNER & NIBBLE);
    }

    /** How many times io_uring_cmd_done was called. */
    public int completions() {
        return (int) (bits >>> COMPLETIONS & NIBBLE);
    }

    /** How many CQEs were posted. */
    public int cqes() {
        return (int) (bits >>> CQES & NIBBLE);
    }

    /** How many references on the request are held. */
    public int refs() {
        return (int) (bits >>> REFS & NIBBLE);
    }

    /** Completer {@code i}'s computed result: {@code i + 1} once computed, 0 before. */
    public int res(int i) {
        return (bits >>> (RES + i) & 1L) == 0 ? 0 : i + 1;
    }

    /** Completer {@code i}'s program counter. */
    public Pc pc(int i) {
        return Pc.of(pcCode(i));
    }

    int pcCode(int i) {
        return (int) (bits >>> (PC + 3 * i) & PC_MASK);
    }
}
