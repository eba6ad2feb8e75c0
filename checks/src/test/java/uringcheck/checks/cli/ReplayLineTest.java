package uringcheck.checks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Printed replay commands work from any directory: absolute scenario paths, quoted for the shell. */
class ReplayLineTest {

    @Test
    void aScenarioFileIsNamedByItsAbsolutePath() {
        Path relative = Path.of("drivers", "..", "my driver's.yaml");
        String absolute = Path.of("").toAbsolutePath().resolve("my driver's.yaml").toString();
        assertEquals("/opt/uc/uringcheck replay --scenario '" + absolute.replace("'", "'\\''") + "'",
                ReplayLine.of("/opt/uc/uringcheck replay", Optional.of(relative)));
        assertEquals("/opt/uc/uringcheck replay", ReplayLine.of("/opt/uc/uringcheck replay", Optional.empty()));
    }

    @Test
    void theLauncherScriptIsNamedByItsAbsolutePath() {
        String before = System.getProperty(ReplayLine.LAUNCHER_PROPERTY);
        System.setProperty(ReplayLine.LAUNCHER_PROPERTY, "tools/../uringcheck");
        try {
            assertEquals(Path.of("uringcheck").toAbsolutePath() + " replay", ReplayLine.of(Optional.empty()));
        } finally {
            if (before == null) {
                System.clearProperty(ReplayLine.LAUNCHER_PROPERTY);
            } else {
                System.setProperty(ReplayLine.LAUNCHER_PROPERTY, before);
            }
        }
    }

    @Test
    void shellWordsAreQuotedOnlyWhenNeeded() {
        assertEquals("/usr/local/bin/uringcheck", ReplayLine.quote("/usr/local/bin/uringcheck"));
        assertEquals("'/home/a b/uringcheck'", ReplayLine.quote("/home/a b/uringcheck"));
    }
}
