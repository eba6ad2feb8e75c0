package uringcheck.checks.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uringcheck.model.Obligation;

/** {@code uringcheck obligations}: the proof obligations O1-O15 (SPEC §6) with their sources. */
@Command(name = "obligations", mixinStandardHelpOptions = true, description = "List the proof obligations.")
public final class ObligationsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Obligation o : Obligation.values()) {
            out.printf(Locale.ROOT, "%-4s %s%n     source: %s%n", o.name(), o.statement(), o.source());
        }
        out.flush();
        return Main.OK;
    }
}
