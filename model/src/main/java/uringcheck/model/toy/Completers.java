package uringcheck.model.toy;

import static uringcheck.model.toy.CompletersState.COMPLETIONS;
import static uringcheck.model.toy.CompletersState.CQES;
import static uringcheck.model.toy.CompletersState.NIBBLE;
import static uringcheck.model.toy.CompletersState.OWNER;
import static uringcheck.model.toy.CompletersState.PC;
import static uringcheck.model.toy.CompletersState.PC_MASK;
import static uringcheck.model.toy.CompletersState.REFS;
import static uringcheck.model.toy.CompletersState.RES;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uringcheck.model.Fingerprints;
import uringcheck.model.Model;
import uringcheck.model.Property;

/**
 * N completers racing to complete one queued command: the explorer's calibration model and its
 * throughput benchmark. SPEC §3: once the driver returned {@code -EIOCBQUEUED}, exactly one
 * {@code io_uring_cmd_done} must follow (O1). Here N driver contexts (IRQ, timer, cancel path, ...)
 * each reach the command and try to be the one that completes it.
 *
 * <p>Each completer runs, one atomic step at a time ({@link Step}, {@link Pc}):
 * <pre>
 *   res[me] = me + 1                      compute the result              PREPARE
 *   refs++                                take a reference                GET
 *   if owner == 0: claim                  RACY: CHECK, then SET_OWNER; CLAIM: one CLAIM step
 *      completions++                      io_uring_cmd_done               COMPLETE
 *      cqes++                             the flush posts the CQE         POST_CQE
 *   else                                  someone else owns it            LOSE
 *   refs--                                drop the reference              PUT
 * </pre>
 * This is statement for statement the Promela process of {@code bench/completers.pml}; the state
 * ({@link CompletersState}) holds exactly SPIN's state vector (globals and program counters), so
 * SPIN without partial-order reduction stores exactly as many states as this model has.
 *
 * <p><b>State space of {@link ClaimVariant#CLAIM}.</b> While nobody has claimed, every completer is
 * at START, PREPARED or HOLDING: 3^N states. Once completer w has claimed, w is at OWNER, COMPLETED,
 * RELEASING or EXITED, and every other completer independently at START, PREPARED, HOLDING,
 * RELEASING or EXITED (all reachable: w claims first, the rest move freely): 4N * 5^(N-1) states.
 * So the model has {@code 3^N + 4N * 5^(N-1)} states (N = 1..8: 7, 49, 327, 2,081, 12,743, 75,729,
 * 439,687, 2,506,561) and {@code N * 3^N + N * (3 * 5^(N-1) + 16 (N-1) * 5^(N-2))} transitions
 * (each state has one enabled step per completer not EXITED). SPIN's "transitions" line is one more
 * (it counts the initial state as a stored transition). Every path to a state has the same length,
 * the sum of the completers' progress, so the deepest state is at depth 6 + 4(N-1) = 4N + 2.
 * CLAIM satisfies all three properties for every N: the compare-and-set admits one owner.
 *
 * <p><b>Shortest counterexample of {@link ClaimVariant#RACY}: exactly 10 steps, for every N >= 2</b>
 * (N = 1 has no violation). O1 fails in the first state with {@code completions == 2}: two completers
 * must each have taken COMPLETE, and before it PREPARE, GET, CHECK and SET_OWNER, each step once per
 * completer: at least 2 * 5 = 10 steps. Ten suffice: both run PREPARE, GET, CHECK (both see
 * {@code owner == 0}), then each runs SET_OWNER and COMPLETE. A breadth-first search therefore reports
 * a trace of exactly 10 steps, as does SPIN's {@code -DBFS} search.
 */
public final class Completers implements Model<CompletersState, CompleterAction> {

    private static final long FINGERPRINT_SEED = 0x243F6A8885A308D3L;

    private final int n;
    private final ClaimVariant variant;
    /** actionAt[16 i + 2 pc + (owner == 0 ? 1 : 0)]: completer i's one enabled step, null when EXITED. */
    private final CompleterAction[] actionAt;
    /** The lowest bit of every completer's program counter, counted from bit {@code PC}. */
    private final long firstPcBits;
    private final List<Property<CompletersState>> properties;

    /**
     * @param n       the number of completers, 1 to {@link CompletersState#MAX_COMPLETERS}
     * @param variant how a completer claims the completion
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public Completers(int n, ClaimVariant variant) {
        if (n < 1 || n > CompletersState.MAX_COMPLETERS) {
            throw new IllegalArgumentException("completers: N must be between 1 and "
                    + CompletersState.MAX_COMPLETERS + " (the packed state holds 12 completers), got " + n);
        }
        this.n = n;
        this.variant = variant;
        this.actionAt = new CompleterAction[16 * n];
        long lowBits = 0;
        for (int i = 0; i < n; i++) {
            for (Pc pc : Pc.values()) {
                actionAt[16 * i + 2 * pc.ordinal()] = action(i, stepAt(pc, false));
                actionAt[16 * i + 2 * pc.ordinal() + 1] = action(i, stepAt(pc, true));
            }
            lowBits |= 1L << 3 * i;
        }
        this.firstPcBits = lowBits;
        this.properties = List.of(
                Property.always("O1", "io_uring_cmd_done is called at most once for the command",
                        s -> s.completions() <= 1),
                Property.atQuiescence("O1-exactly-once",
                        "when every completer has exited, done was called exactly once and one CQE posted",
                        s -> s.completions() == 1 && s.cqes() == 1),
                Property.sometimes("O1-witness", "some completer calls io_uring_cmd_done",
                        s -> s.completions() >= 1));
    }

    /** The number of completers. */
    public int completers() {
        return n;
    }

    /** How completers claim the completion. */
    public ClaimVariant variant() {
        return variant;
    }

    @Override
    public String name() {
        return "completers-" + variant.name().toLowerCase(java.util.Locale.ROOT) + "-" + n;
    }

    @Override
    public List<CompletersState> initialStates() {
        return List.of(new CompletersState(0L));
    }

    @Override
    public List<CompleterAction> actions(CompletersState state) {
        long bits = state.bits();
        long pcs = bits >>> PC;
        int enabled = n - Long.bitCount(pcs & pcs >>> 1 & pcs >>> 2 & firstPcBits);
        CompleterAction[] out = new CompleterAction[enabled];
        int unclaimed = (bits & NIBBLE << OWNER) == 0 ? 1 : 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            CompleterAction a = actionAt[(i << 4) + ((int) (pcs >>> 3 * i & PC_MASK) << 1) + unclaimed];
            if (a != null) {
                out[k++] = a;
            }
        }
        return Arrays.asList(out);
    }

    @Override
    public CompletersState next(CompletersState state, CompleterAction action) {
        int i = action.completer();
        int shift = PC + 3 * i;
        long bits = state.bits();
        long moved = bits & ~(PC_MASK << shift);
        long after = switch (action.step()) {
            case PREPARE -> moved | 1L << (RES + i) | (long) Pc.PREPARED.ordinal() << shift;
            case GET -> moved + (1L << REFS) | (long) Pc.HOLDING.ordinal() << shift;
            case CHECK -> moved | (long) Pc.CHECKED.ordinal() << shift;
            case SET_OWNER, CLAIM -> (moved & ~(NIBBLE << OWNER)) | (long) (i + 1) << OWNER
                    | (long) Pc.OWNER.ordinal() << shift;
            case LOSE -> moved | (long) Pc.RELEASING.ordinal() << shift;
            case COMPLETE -> moved + (1L << COMPLETIONS) | (long) Pc.COMPLETED.ordinal() << shift;
            case POST_CQE -> moved + (1L << CQES) | (long) Pc.RELEASING.ordinal() << shift;
            case PUT -> moved - (1L << REFS) | (long) Pc.EXITED.ordinal() << shift;
        };
        return new CompletersState(after);
    }

    @Override
    public List<Property<CompletersState>> properties() {
        return properties;
    }

    @Override
    public String actor(CompletersState state, CompleterAction action) {
        return "completer[" + action.completer() + "]";
    }

    @Override
    public String describe(CompletersState state, CompleterAction action) {
        return action.step().name() + ": " + action.step().text();
    }

    @Override
    public Map<String, String> fields(CompletersState state) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("owner", Integer.toString(state.owner()));
        out.put("completions", Integer.toString(state.completions()));
        out.put("cqes", Integer.toString(state.cqes()));
        out.put("refs", Integer.toString(state.refs()));
        for (int i = 0; i < n; i++) {
            out.put("res[" + i + "]", Integer.toString(state.res(i)));
        }
        for (int i = 0; i < n; i++) {
            out.put("pc[" + i + "]", state.pc(i).name());
        }
        return out;
    }

    /**
     * Exact: the packed state is mixed by the SplitMix64 finaliser, a bijection on 64-bit words, so
     * distinct states never share a fingerprint.
     */
    @Override
    public long fingerprint(CompletersState state) {
        return Fingerprints.finish(state.bits() ^ FINGERPRINT_SEED);
    }

    private Step stepAt(Pc pc, boolean unclaimed) {
        return switch (pc) {
            case START -> Step.PREPARE;
            case PREPARED -> Step.GET;
            case HOLDING -> unclaimed ? (variant == ClaimVariant.RACY ? Step.CHECK : Step.CLAIM) : Step.LOSE;
            case CHECKED -> Step.SET_OWNER;
            case OWNER -> Step.COMPLETE;
            case COMPLETED -> Step.POST_CQE;
            case RELEASING -> Step.PUT;
            case EXITED -> null;
        };
    }

    private static CompleterAction action(int completer, Step step) {
        return step == null ? null : new CompleterAction(completer, step);
    }
}
