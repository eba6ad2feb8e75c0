package uringcheck.model.toy;

import java.util.ArrayList;
import java.util.List;

import uringcheck.model.Model;
import uringcheck.model.Property;

/**
 * A toy model of a livelock that only the always-recoverable check catches (SPEC §3, "Ring exit": a
 * queued command that never completes keeps {@code io_ring_exit_work} looping).
 *
 * <p>One command is queued ({@code -EIOCBQUEUED}) and marked cancelable, with its hardware operation in
 * flight; the device's IRQ (context C6) completes it. The ring may be closed, after which every cancel
 * pass (C5) calls the driver's {@code uring_cmd} with {@code IO_URING_F_CANCEL} (two atomic steps: the call,
 * then the handler's return). In {@link Variant#REARM} the cancel handler aborts the hardware operation and
 * returns without completing, so the command stays cancelable and the IRQ that would complete it never
 * comes: the cancel passes loop forever. No state is bad and no state is quiescent-but-unfinished (the
 * loop always has an enabled action), so the always- and at-quiescence properties hold; only
 * {@code can-complete} ({@code AG EF completed}) fails, with a two-state cycle trap. In
 * {@link Variant#COMPLETE} the handler completes the command with {@code -ECANCELED} when it aborts, and
 * every property holds.
 */
public final class CancelLivelock implements Model<CancelLivelock.State, CancelLivelock.Action> {

    /** The cancel handler's behaviour. */
    public enum Variant {
        /** Seeded bug: abort the hardware operation and re-arm (return without completing). */
        REARM,
        /** Fixed: abort the hardware operation and complete the command with -ECANCELED. */
        COMPLETE
    }

    /** The device's operation for the command. */
    public enum Hardware { BUSY, IDLE }

    /** The command's lifecycle phase (SPEC §3). */
    public enum Command { QUEUED, COMPLETED }

    /** Whether the ring is being torn down. */
    public enum Ring { LIVE, EXITING }

    /** Where the cancel pass is. */
    public enum CancelPc { IDLE, IN_HANDLER }

    /** The atomic steps. */
    public enum Action { IRQ, RING_EXIT, CANCEL_CALL, CANCEL_RETURN }

    /**
     * A state.
     *
     * @param hardware    the device operation
     * @param command     the command's phase
     * @param ring        live or exiting
     * @param cancel      the cancel pass's program counter
     * @param completions how many times {@code io_uring_cmd_done} was called
     */
    public record State(Hardware hardware, Command command, Ring ring, CancelPc cancel, int completions) {
    }

    private final Variant variant;

    public CancelLivelock(Variant variant) {
        this.variant = variant;
    }

    @Override
    public String name() {
        return variant == Variant.REARM ? "toy-cancel-rearm" : "toy-cancel-complete";
    }

    @Override
    public List<State> initialStates() {
        return List.of(new State(Hardware.BUSY, Command.QUEUED, Ring.LIVE, CancelPc.IDLE, 0));
    }

    @Override
    public List<Action> actions(State s) {
        List<Action> out = new ArrayList<>(2);
        if (s.hardware() == Hardware.BUSY && s.command() == Command.QUEUED) {
            out.add(Action.IRQ);
        }
        if (s.ring() == Ring.LIVE) {
            out.add(Action.RING_EXIT);
        }
        if (s.ring() == Ring.EXITING && s.command() == Command.QUEUED && s.cancel() == CancelPc.IDLE) {
            out.add(Action.CANCEL_CALL);
        }
        if (s.cancel() == CancelPc.IN_HANDLER) {
            out.add(Action.CANCEL_RETURN);
        }
        return out;
    }

    @Override
    public State next(State s, Action a) {
        return switch (a) {
            case IRQ -> new State(Hardware.IDLE, Command.COMPLETED, s.ring(), s.cancel(), s.completions() + 1);
            case RING_EXIT -> new State(s.hardware(), s.command(), Ring.EXITING, s.cancel(), s.completions());
            case CANCEL_CALL -> new State(s.hardware(), s.command(), s.ring(), CancelPc.IN_HANDLER, s.completions());
            case CANCEL_RETURN -> cancelReturn(s);
        };
    }

    private State cancelReturn(State s) {
        if (s.command() == Command.COMPLETED) {
            return new State(s.hardware(), s.command(), s.ring(), CancelPc.IDLE, s.completions());
        }
        return variant == Variant.REARM
                ? new State(Hardware.IDLE, Command.QUEUED, s.ring(), CancelPc.IDLE, s.completions())
                : new State(Hardware.IDLE, Command.COMPLETED, s.ring(), CancelPc.IDLE, s.completions() + 1);
    }

    @Override
    public List<Property<State>> properties() {
        return List.of(
                Property.always("once", "the command is completed at most once (O1)", s -> s.completions() <= 1),
                Property.atQuiescence("completed-at-rest", "when nothing can move, the command is completed (O2)",
                        s -> s.command() == Command.COMPLETED),
                Property.alwaysRecoverable("can-complete",
                        "from every state the command can still be completed (O2: ring exit terminates)",
                        s -> s.command() == Command.COMPLETED),
                Property.sometimes("completes", "some run completes the command",
                        s -> s.command() == Command.COMPLETED));
    }

    @Override
    public String actor(State s, Action a) {
        return switch (a) {
            case IRQ -> "irq (C6)";
            case RING_EXIT -> "task";
            case CANCEL_CALL, CANCEL_RETURN -> "cancel pass (C5)";
        };
    }

    @Override
    public String describe(State s, Action a) {
        return switch (a) {
            case IRQ -> "hardware done: io_uring_cmd_done(cmd, 0)";
            case RING_EXIT -> "close the ring: io_ring_exit_work starts cancel passes";
            case CANCEL_CALL -> "call ->uring_cmd(cmd, IO_URING_F_CANCEL)";
            case CANCEL_RETURN -> s.command() == Command.COMPLETED ? "handler returns: already completed"
                    : variant == Variant.REARM ? "handler aborts the hardware operation and re-arms"
                    : "handler aborts the hardware operation: io_uring_cmd_done(cmd, -ECANCELED)";
        };
    }
}
