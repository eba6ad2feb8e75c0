package uringcheck.checks.cli;

import java.io.PrintStream;

import sun.misc.Signal;
import uringcheck.checks.explore.Interrupt;

/**
 * SIGINT (Ctrl-C) during a run: the first one asks the searches to stop ({@link Interrupt}), so the command
 * prints what was explored so far as INCOMPLETE and {@link Main} exits {@value Main#INTERRUPTED}; if the
 * command has not finished {@value #GRACE_SECONDS} s later (it was not searching), or on a second SIGINT,
 * the process stops at once with that status.
 */
final class SigInt {

    /** How long the command gets to report after the first SIGINT. */
    static final int GRACE_SECONDS = 10;

    private SigInt() {
    }

    /** Installs the handler; {@code err} receives one line when it fires. */
    static void install(PrintStream err) {
        Signal.handle(new Signal("INT"), signal -> {
            if (Interrupt.requested()) {
                Runtime.getRuntime().halt(Main.INTERRUPTED);
            }
            Interrupt.request();
            err.println("uringcheck: interrupted (SIGINT): stopping the search and reporting what was explored");
            err.flush();
            Thread watchdog = new Thread(() -> {
                try {
                    Thread.sleep(GRACE_SECONDS * 1000L);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(Main.INTERRUPTED);
            }, "sigint-grace");
            watchdog.setDaemon(true);
            watchdog.start();
        });
    }
}
