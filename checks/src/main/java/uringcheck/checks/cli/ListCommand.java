package uringcheck.checks.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uringcheck.checks.catalogue.CheckTarget;

/** {@code uringcheck list}: the targets of the catalogue, with their expected verdicts. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the check targets.")
public final class ListCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (CheckTarget t : main.catalogue().targets()) {
            out.printf(Locale.ROOT, "%-34s %-39s %s%n", t.name(), t.expected().describe(), t.description());
        }
        out.flush();
        return Main.OK;
    }
}
