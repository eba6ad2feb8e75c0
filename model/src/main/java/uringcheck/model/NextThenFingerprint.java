package uringcheck.model;

/**
 * The {@link Stepper} every model has ({@link Model#stepper}'s default): the successor is built by
 * {@link Model#next}, then fingerprinted.
 */
final class NextThenFingerprint<S, A> implements Stepper<S, A> {

    private final Model<S, A> model;
    private final boolean canonical;
    private S next;

    NextThenFingerprint(Model<S, A> model, boolean canonical) {
        this.model = model;
        this.canonical = canonical;
    }

    @Override
    public long step(S state, A action) {
        next = model.next(state, action);
        return canonical ? model.canonicalFingerprint(next) : model.fingerprint(next);
    }

    @Override
    public S successor() {
        if (next == null) {
            throw new IllegalStateException("no step taken yet");
        }
        return next;
    }
}
