package uringcheck.checks.lincheck;

import java.util.function.Function;
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
 * The driver patterns of the concurrent runtime as threaded scenarios, each tied by name to the shipped
 * scenario file it mirrors: the {@code scenario:} name, the driver, how the command is submitted and
 * whether ring exit races the normal completion. What a pattern should break is not stated here: it is
 * what the explorer finds on the named scenario ({@link DriverPatternLincheckTest} compares the two).
 */
enum CataloguePattern {
    P4("P4-kworker-done-unlocked", KworkerDoneUnlocked::new, SubmitPath.INLINE, false),
    P5_INLINE("P5a-v4-sample-inline", ForwardedFlagsKworker::new, SubmitPath.INLINE, false),
    P5_IOWQ("P5b-v4-sample-iowq", ForwardedFlagsKworker::new, SubmitPath.ASYNC, false),
    P6("P6-nvme-irq-task-work", TaskWorkCompletion::new, SubmitPath.INLINE, false),
    P7("P7-ublk-cancel-claim", ClaimedCancel::new, SubmitPath.INLINE, true),
    P8("P8-ublk-cancel-no-claim", UnclaimedCancel::new, SubmitPath.INLINE, true),
    P9("P9-parked-no-completion", queue -> new ParkedNoCompletion(), SubmitPath.INLINE, true);

    private final String scenario;
    private final Function<Workqueue, Driver> driver;
    private final SubmitPath path;
    private final boolean ringExit;

    CataloguePattern(String scenario, Function<Workqueue, Driver> driver, SubmitPath path, boolean ringExit) {
        this.scenario = scenario;
        this.driver = driver;
        this.path = path;
        this.ringExit = ringExit;
    }

    /** The {@code scenario:} name of the shipped file that states the same pattern for the explorer. */
    String scenario() {
        return scenario;
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

    /** One line for reports: the scenario's name. */
    String label() {
        return scenario;
    }
}
