package uringcheck.checks.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uringcheck.checks.catalogue.Catalogue;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.UsageException;
import uringcheck.checks.scenario.ScenarioError;
import uringcheck.checks.scenario.ScenarioException;
import uringcheck.checks.scenario.ScenarioTargets;

/**
 * The {@code uringcheck} command line. Exit statuses: {@value #OK} every verdict as expected (exhaustive),
 * {@value #VIOLATION} a violation or an unexpected verdict, {@value #BAD_INPUT} bad input or usage (a
 * {@link UsageException} or a {@link ScenarioException}: a message, never a stack trace), {@value #LIMIT}
 * a limit stopped a search before a verdict, {@value #INTERNAL} an internal error (any other exception: a
 * bug in uringcheck; the message says what failed), {@value #INTERRUPTED} interrupted by SIGINT
 * ({@link SigInt}).
 *
 * <p>Subcommands are listed in {@link #SUBCOMMANDS}: adding one is adding its class there.
 */
@Command(name = "uringcheck", mixinStandardHelpOptions = true, version = "uringcheck " + Explorer.VERSION,
        description = "A deterministic model checker for the io_uring uring_cmd lifecycle.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every verdict as expected, searches exhaustive",
            "1:a violation, or a verdict other than expected",
            "2:bad input or usage",
            "3:a limit stopped a search before a verdict",
            "4:internal error",
            "130:interrupted (SIGINT); the searches so far are reported as INCOMPLETE"})
public final class Main implements Callable<Integer> {

    /** Exit status: every verdict as expected, every search exhaustive. */
    public static final int OK = 0;
    /** Exit status: a violation, or a verdict other than expected. */
    public static final int VIOLATION = 1;
    /** Exit status: bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** Exit status: a limit stopped a search before a verdict. */
    public static final int LIMIT = 3;
    /** Exit status: an internal error. */
    public static final int INTERNAL = 4;
    /** Exit status: interrupted by SIGINT (128 + 2, as shells report it); what was explored is printed. */
    public static final int INTERRUPTED = 130;

    /** The subcommands, in help order. */
    public static final List<Class<?>> SUBCOMMANDS = List.of(
            CheckCommand.class, ReplayCommand.class, ListCommand.class, ObligationsCommand.class,
            BenchCommand.class, SoundnessCommand.class);

    private final Catalogue catalogue;

    @Spec
    private CommandSpec spec;

    /** A command line over {@code catalogue}. */
    public Main(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The catalogue the subcommands check, list and replay against. */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** The picocli command line with every subcommand and the error handling, over {@code catalogue}. */
    public static CommandLine commandLine(Catalogue catalogue) {
        CommandLine line = new CommandLine(new Main(catalogue));
        for (Class<?> sub : SUBCOMMANDS) {
            line.addSubcommand(sub);
        }
        line.setExecutionExceptionHandler(Main::handle);
        return line;
    }

    private static int handle(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        PrintWriter err = line.getErr();
        if (e instanceof ScenarioException) {
            List<ScenarioError> errors = ((ScenarioException) e).errors();
            for (ScenarioError error : errors) {
                err.println(error.render());
            }
            err.println("uringcheck " + line.getCommandName() + ": " + errors.size()
                    + (errors.size() == 1 ? " problem" : " problems") + " in scenario files; the format is"
                    + " described in docs/scenario-format.md");
            err.flush();
            return BAD_INPUT;
        }
        if (e instanceof UsageException) {
            err.println("uringcheck " + line.getCommandName() + ": " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        err.println("uringcheck " + line.getCommandName() + ": internal error: " + e);
        err.flush();
        return INTERNAL;
    }

    /** Runs the command line over the shipped scenario catalogue ({@link ScenarioTargets#shipped()}). */
    public static void main(String[] args) {
        SigInt.install(System.err);
        int status = commandLine(ScenarioTargets.shipped()).execute(args);
        if (!SigInt.finished()) {
            System.exit(status);
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("uringcheck: missing subcommand");
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }
}
