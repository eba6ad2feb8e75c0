package uringcheck.checks.lincheck;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import uringcheck.model.Obligation;
import uringcheck.model.concurrent.Driver;
import uringcheck.model.concurrent.SubmitPath;
import uringcheck.model.concurrent.Workqueue;
import uringcheck.model.concurrent.patterns.ClaimedCancel;
import uringcheck.model.concurrent.patterns.ForwardedFlagsKworker;
import uringcheck.model.concurrent.patterns.KworkerDoneUnlocked;
import uringcheck.model.concurrent.patterns.ParkedNoCompletion;
import uringcheck.model.concurrent.patterns.TaskWorkCompletion;
import uringcheck.model.concurrent.patterns.UnclaimedCancel;

/**
 * The driver patterns of the lifecycle catalogue as threaded scenarios: the driver, how the command is
 * submitted, whether ring exit races the normal completion, the obligations the pattern breaks (empty
 * when it holds), and the shipped scenario file that states the same pattern for the explorer.
 */
enum CataloguePattern {
    P4("P4", "p04-kworker-done-unlocked.yaml", KworkerDoneUnlocked::new, SubmitPath.INLINE, false, List.of()),
    P5_INLINE("P5", "p05a-v4-sample-inline.yaml", ForwardedFlagsKworker::new, SubmitPath.INLINE, false,
            List.of(Obligation.O5)),
    P5_IOWQ("P5", "p05b-v4-sample-iowq.yaml", ForwardedFlagsKworker::new, SubmitPath.ASYNC, false, List.of()),
    P6("P6", "p06-nvme-irq-task-work.yaml", TaskWorkCompletion::new, SubmitPath.INLINE, false, List.of()),
    P7("P7", "p07-ublk-cancel-claim.yaml", ClaimedCancel::new, SubmitPath.INLINE, true, List.of()),
    P8("P8", "p08-ublk-cancel-no-claim.yaml", UnclaimedCancel::new, SubmitPath.INLINE, true,
            List.of(Obligation.O1, Obligation.O9)),
    P9("P9", "p09-parked-no-completion.yaml", queue -> new ParkedNoCompletion(), SubmitPath.INLINE, true,
            List.of(Obligation.O2));

    private final String catalogueId;
    private final String scenarioFile;
    private final Function<Workqueue, Driver> driver;
    private final SubmitPath path;
    private final boolean ringExit;
    private final List<Obligation> broken;

    CataloguePattern(String catalogueId, String scenarioFile, Function<Workqueue, Driver> driver, SubmitPath path,
            boolean ringExit, List<Obligation> broken) {
        this.catalogueId = catalogueId;
        this.scenarioFile = scenarioFile;
        this.driver = driver;
        this.path = path;
        this.ringExit = ringExit;
        this.broken = broken;
    }

    /** The catalogue scenario's id (P4..P8). */
    String catalogueId() {
        return catalogueId;
    }

    /** The shipped scenario file (under {@code scenarios/}) of the same pattern, for the explorer. */
    String scenarioFile() {
        return scenarioFile;
    }

    /** A new driver whose deferred work (kworker, IRQ) runs on {@code workqueue}. */
    Driver newDriver(Workqueue workqueue) {
        return driver.apply(workqueue);
    }

    SubmitPath path() {
        return path;
    }

    boolean ringExit() {
        return ringExit;
    }

    /** The obligations the pattern breaks; empty when it holds. */
    List<Obligation> broken() {
        return broken;
    }

    /** One line for reports: {@code P5 (inline)}, {@code P5 (io-wq)}. */
    String label() {
        return catalogueId + " (" + (path == SubmitPath.ASYNC ? "io-wq" : path.name().toLowerCase(Locale.ROOT)) + ")";
    }
}
