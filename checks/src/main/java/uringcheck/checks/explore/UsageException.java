package uringcheck.checks.explore;

/**
 * Bad input from the user: a command-line option, a replay token, a file that cannot be used. The
 * message says what is wrong and how to fix it; the command line prints it and exits with status 2,
 * never a stack trace. Any other exception that escapes a command is a bug in uringcheck (status 4).
 */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
