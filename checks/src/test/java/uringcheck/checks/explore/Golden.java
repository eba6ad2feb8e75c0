package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: checked-in expected outputs under {@code src/test/resources} (paths are relative to the
 * {@code checks} module, where Maven runs the tests). After an intended change of the output, rerun the
 * test with {@code -Dgolden.update=true}, which rewrites the file, and review the diff.
 */
public final class Golden {

    private Golden() {
    }

    /** Asserts that {@code actual} equals the golden file {@code golden}, or rewrites it when updating. */
    public static void assertMatches(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, golden + " differs; if the change"
                + " is intended, rerun with -Dgolden.update=true and review the diff");
    }
}
