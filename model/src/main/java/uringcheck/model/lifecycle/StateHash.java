package uringcheck.model.lifecycle;

import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.PackedState;

/**
 * The fingerprint of a {@link LifecycleState}: its words ({@link PackedState}, every component in declaration
 * order, lists with their sizes) folded with {@link uringcheck.model.Fingerprints#mix} and finished with
 * {@link uringcheck.model.Fingerprints#finish}. Equal states give equal fingerprints because only their values
 * are packed. The state is packed into a buffer of the calling thread, reused from state to state, so
 * fingerprinting allocates nothing and reads each record and list once. {@code StateHashTest} pins it to the
 * reflective definition's distinctions and P7's fingerprints to the sum they have had since the
 * hand-written fold replaced the reflective one.
 */
final class StateHash {

    private static final ThreadLocal<PackedState> BUFFER = ThreadLocal.withInitial(PackedState::new);

    private StateHash() {
    }

    static long of(LifecycleState s) {
        return BUFFER.get().pack(s).fingerprint();
    }
}
