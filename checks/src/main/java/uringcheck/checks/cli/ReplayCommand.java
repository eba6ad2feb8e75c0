package uringcheck.checks.cli;

import java.io.PrintWriter;
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

/**
 * {@code uringcheck replay TOKEN}: re-executes the counterexample a token encodes on the target named by
 * the token's model and prints the trace. Exit status 1 when the violation is reproduced, 0 when the path
 * violates nothing, 2 for a bad token.
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

    @Parameters(paramLabel = "TOKEN", description = "the token from a report's 'replay:' line")
    private String token;

    @Override
    public Integer call() {
        String model = ReplayToken.decode(token).modelName();
        CheckTarget target = main.catalogue().findByModel(model).orElseThrow(() -> new ReplayException(
                "replay token names model '" + model + "', which no target has; 'uringcheck list' shows the targets"));
        CheckResult result = Replay.run(target.model(), token);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? JsonReport.write(JsonReport.toJson(result)) + "\n" : TextReport.render(result));
        out.flush();
        return result.verdict() == Verdict.VIOLATED ? Main.VIOLATION : Main.OK;
    }
}
