package uringcheck.model.toy;

/**
 * A step taken by one completer of the {@link Completers} model. Instances are interned by the
 * model (one per completer and step), so enumerating actions allocates no action objects.
 *
 * @param completer the completer's index, {@code 0 <= completer < N} (SPIN's {@code _pid})
 * @param step      what it does
 */
public record CompleterAction(int completer, Step step) {

    @Override
    public String toString() {
        return "completer[" + completer + "] " + step;
    }
}
