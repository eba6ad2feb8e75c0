package uringcheck.checks.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.regex.Pattern;

import uringcheck.checks.explore.TextReport;

/**
 * The replay command a report prints next to each token, in a form that works from any directory: the
 * launcher that started this run by absolute path (the {@code uringcheck} script passes it as the system
 * property {@value #LAUNCHER_PROPERTY}), else {@code java -jar} with the jar's absolute path, else (run from
 * class directories, as in tests) {@link TextReport#REPLAY_COMMAND}; then {@code replay}, and for a
 * scenario file {@code --scenario} with the file's absolute path. Paths are quoted for a POSIX shell.
 */
final class ReplayLine {

    /** The system property naming the launcher script. */
    static final String LAUNCHER_PROPERTY = "uringcheck.launcher";

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:=+-]+");

    private ReplayLine() {
    }

    /** The replay command of this run, for a catalogue target (no scenario) or a scenario file. */
    static String of(Optional<Path> scenario) {
        return of(launcher(), scenario);
    }

    /** The replay command with the given launcher prefix (e.g. {@code /opt/uc/uringcheck replay}). */
    static String of(String replay, Optional<Path> scenario) {
        return replay + scenario.map(f -> " --scenario " + quote(f.toAbsolutePath().normalize().toString()))
                .orElse("");
    }

    private static String launcher() {
        String script = System.getProperty(LAUNCHER_PROPERTY, "");
        if (!script.isBlank()) {
            return quote(Path.of(script).toAbsolutePath().normalize().toString()) + " replay";
        }
        CodeSource source = ReplayLine.class.getProtectionDomain().getCodeSource();
        if (source != null) {
            try {
                Path code = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(code)) {
                    return "java -jar " + quote(code.toAbsolutePath().toString()) + " replay";
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                return TextReport.REPLAY_COMMAND;
            }
        }
        return TextReport.REPLAY_COMMAND;
    }

    /** {@code text} as one POSIX shell word. */
    static String quote(String text) {
        return SHELL_SAFE.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
