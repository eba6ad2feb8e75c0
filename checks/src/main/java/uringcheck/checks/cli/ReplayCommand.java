package uringcheck.checks.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Replay;
import uringcheck.checks.explore.ReplayException;
import uringcheck.checks.explore.ReplayToken;
import uringcheck.checks.explore.TextReport;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.scenario.ScenarioException;
import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.model.Model;

/**
 * {@code uringcheck replay [--scenario FILE] TOKEN}: re-executes the counterexample a token encodes on the
 * catalogue target named by the token's model (or on the scenario read from {@code FILE}) and prints the
 * trace. Exit status 1 when the violation is reproduced, 0 when the path violates nothing, 2 for a bad
 * token, a token printed for another model (another scenario, abstraction, environment or version: the
 * message names which) or a malformed scenario file.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay a counterexample from the token printed with it.")
public final class ReplayCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "print JSON instead of text")
    private boolean json;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "the scenario file the token came from (tokens of catalogue targets need none)")
    private Path scenario;

    @Parameters(paramLabel = "TOKEN", description = "the token from a report's 'replay:' line")
    private String token;

    @Override
    public Integer call() throws ScenarioException {
        String model = ReplayToken.decode(token).modelName();
        Model<?, ?> target;
        String replayCommand = ReplayLine.of(Optional.ofNullable(scenario));
        if (scenario != null) {
            target = ScenarioTargets.target(ScenarioFiles.load(List.of(scenario)).get(scenario)).model();
        } else {
            target = main.catalogue().findByModel(model).map(CheckTarget::model).orElseThrow(() -> new ReplayException(
                    "replay token names model '" + model + "', which no catalogue target has; 'uringcheck list'"
                            + " shows the targets, and a token from a scenario file needs --scenario FILE"));
        }
        CheckResult result = Replay.run(target, token);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? JsonReport.write(JsonReport.toJson(result)) + "\n" : TextReport.render(result, replayCommand));
        out.flush();
        return result.verdict() == Verdict.VIOLATED ? Main.VIOLATION : Main.OK;
    }
}
