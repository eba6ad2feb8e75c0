package uringcheck.model.lifecycle;

import uringcheck.model.Stepper;
import uringcheck.model.lifecycle.interp.LifecycleSteps;
import uringcheck.model.lifecycle.kernel.World;
import uringcheck.model.lifecycle.reduce.LifecycleSymmetry;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.PackedState;

/**
 * The lifecycle model's {@link Stepper}: a step runs on a working world of the stepper's own
 * ({@link World#working}), the successor's words are packed from that world as it stands after the step
 * ({@link PackedState.Source}) and fingerprinted ({@link PackedState#fingerprint}, the words folded as
 * {@link StateHash} folds a state's), or, for a canonical stepper, given their symmetry class's fingerprint
 * ({@link LifecycleSymmetry#canonicalFingerprint(PackedState)}). The successor's record ({@link World#freeze})
 * is built only when asked for: a visited successor costs its step and its words, never its lists and record.
 */
public final class LifecycleStepper implements Stepper<LifecycleState, LifecycleAction> {

    private final LifecycleSteps steps;
    private final World world;
    /** The symmetry whose class fingerprints a canonical stepper returns; null for plain fingerprints. */
    private final LifecycleSymmetry symmetry;
    private final PackedState packed = new PackedState();
    private boolean stepped;
    private LifecycleState successor;

    LifecycleStepper(LifecycleSteps steps, World world, LifecycleSymmetry symmetry) {
        this.steps = steps;
        this.world = world;
        this.symmetry = symmetry;
    }

    @Override
    public long step(LifecycleState state, LifecycleAction action) {
        world.load(state);
        successor = null;
        stepped = true;
        steps.perform(world, action);
        packed.pack(world);
        return symmetry == null ? packed.fingerprint() : symmetry.canonicalFingerprint(packed);
    }

    @Override
    public LifecycleState successor() {
        if (!stepped) {
            throw new IllegalStateException("no step taken yet");
        }
        if (successor == null) {
            successor = world.freeze();
        }
        return successor;
    }

    /**
     * The words of the last step's successor, packed from the working world; a canonical stepper has put them
     * in canonical form (in place) to fingerprint them. Valid until the next step.
     */
    public PackedState words() {
        return packed;
    }
}
