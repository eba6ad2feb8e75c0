package uringcheck.checks.bench;

/** A SPIN, gcc or pan step of the benchmark failed; {@link #output()} holds what it printed. */
public final class SpinException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String output;

    /** A failure described by {@code message}, with the failing command's {@code output}. */
    public SpinException(String message, String output) {
        super(message);
        this.output = output;
    }

    /** What the failing command printed. */
    public String output() {
        return output;
    }
}
