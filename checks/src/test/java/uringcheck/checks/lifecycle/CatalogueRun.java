package uringcheck.checks.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioCatalogue;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.SubmitMode;

/**
 * One exploration pinned by {@code golden/lifecycle-catalogue.txt}: a scenario file of the shipped
 * catalogue, a test-only file ({@link ExtraScenarios}), or a bounds variant that runs a shipped file's
 * driver in a wider environment. Every driver program comes from a YAML file; only environments are
 * changed in code.
 *
 * @param name     the golden line's name: the scenario's name, or {@code scenario+variant}
 * @param file     the file the driver comes from
 * @param scenario the scenario as explored
 */
record CatalogueRun(String name, String file, Scenario scenario) {

    /** Every run, in golden order: the shipped catalogue, the test-only files, the declared variants. */
    static List<CatalogueRun> all() {
        List<CatalogueRun> runs = new ArrayList<>();
        for (String file : ScenarioCatalogue.fileNames()) {
            runs.add(shipped(file));
        }
        for (String file : ExtraScenarios.fileNames()) {
            Scenario s = ExtraScenarios.load(file);
            runs.add(new CatalogueRun(s.name(), ExtraScenarios.FOLDER + file, s));
        }
        runs.add(shipped("p03-eagain-reissue-keeps-pdu.yaml").variant("iowq", CatalogueRun::throughIoWq));
        runs.add(shipped("p04-kworker-done-unlocked.yaml").variant("every-event", CatalogueRun::everyEvent));
        runs.add(shipped("p06-nvme-irq-task-work.yaml").variant("every-event", CatalogueRun::everyEvent));
        runs.add(shipped("p07-ublk-cancel-claim.yaml").variant("every-event", CatalogueRun::everyEvent));
        runs.add(shipped("x-c-sqe-read-in-kworker.yaml").variant("iowq", CatalogueRun::throughIoWq));
        return runs;
    }

    /** The run of one shipped file. */
    static CatalogueRun shipped(String file) {
        Scenario s = ScenarioCatalogue.load(file);
        return new CatalogueRun(s.name(), ScenarioCatalogue.FOLDER + file, s);
    }

    /** The run named {@code name} (a test that reads one golden line uses it). */
    static CatalogueRun named(String name) {
        return all().stream().filter(r -> r.name.equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no catalogue run is named " + name));
    }

    /** This run's driver in the environment {@code widen} makes of its own. */
    CatalogueRun variant(String label, UnaryOperator<Environment> widen) {
        return new CatalogueRun(name + "+" + label, file, scenario.withEnvironment(widen.apply(scenario.environment())));
    }

    /** The same commands and slots; every event may happen (ring exit, task exit, file close, SQ reuse). */
    static Environment everyEvent(Environment e) {
        return e.withEvents(true, true, true, true, false, false);
    }

    /** Every command submitted with {@code IOSQE_ASYNC}, so each issue runs in io-wq with the SQE copied. */
    static Environment throughIoWq(Environment e) {
        return e.withSubmissions(e.submissions().stream().map(m -> SubmitMode.IOWQ).toList(), e.slots());
    }

    @Override
    public String toString() {
        return name;
    }
}
