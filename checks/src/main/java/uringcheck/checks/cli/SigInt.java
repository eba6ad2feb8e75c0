package uringcheck.checks.cli;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import uringcheck.checks.explore.Interrupt;

/**
 * SIGINT (Ctrl-C) or SIGTERM during a run: the JVM starts its shutdown, and this hook asks the searches to
 * stop ({@link Interrupt}) and waits, up to {@value #GRACE_SECONDS} s, for the command to print what was
 * explored so far as INCOMPLETE; the process then exits with the signal's status ({@value Main#INTERRUPTED}
 * for SIGINT). Public API only: no signal handler is replaced.
 */
final class SigInt {

    /** How long the command gets to report after the signal. */
    static final int GRACE_SECONDS = 10;

    private static final CountDownLatch REPORTED = new CountDownLatch(1);

    private SigInt() {
    }

    /** Installs the hook; {@code err} receives one line when a signal stops a run. */
    static void install(PrintStream err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (REPORTED.getCount() == 0) {
                return;
            }
            Interrupt.request();
            err.println("uringcheck: interrupted: stopping the search and reporting what was explored");
            err.flush();
            try {
                REPORTED.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "uringcheck-interrupted"));
    }

    /**
     * The command has printed its report. Returns whether a signal stopped it, in which case the JVM is
     * already shutting down and the caller must not call {@link System#exit} (it would block).
     */
    static boolean finished() {
        REPORTED.countDown();
        return Interrupt.requested();
    }
}
