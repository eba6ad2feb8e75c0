package uringcheck.checks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The swim-lane report in a real browser: headless Chromium loads a generated page, its DOM (as the browser
 * parsed it) has the lanes, the steps and the violation markers, and its screenshot is a drawn page (many
 * colours, the violation marker's red among them), not a blank one.
 *
 * <p>Chromium is required: without it the test fails and says how to install it ({@code .ci/run} does),
 * unless {@code -Duringcheck.browser.skip=true} opts out explicitly.
 */
class HtmlBrowserTest {

    /** The system property that skips this test when Chromium is missing. */
    static final String SKIP = "uringcheck.browser.skip";

    private static final Path WORK = Path.of("target", "browser-test");
    private static final int MARKER_RED = 0xb00020;
    private static Path page;

    @BeforeAll
    static void writeReport() throws IOException {
        Files.createDirectories(WORK);
        page = WORK.resolve(HtmlReport.FILE_NAME);
        Run run = ReportFixtures.run("p08-ublk-cancel-no-claim.yaml", "p09-parked-no-completion.yaml");
        Files.writeString(page, HtmlReport.render(run), StandardCharsets.UTF_8);
    }

    @Test
    void theBrowserBuildsTheLanesStepsAndMarkers() throws Exception {
        String dom = chromium("dom", "--dump-dom", page.toAbsolutePath().toUri().toString());
        assertTrue(dom.contains("<title>uringcheck: test run</title>"), dom);
        Set<String> lanes = new HashSet<>(all(dom, "class=\"hd lane-head\" data-lane=\"([^\"]+)\""));
        assertEquals(Set.of("userspace", "submitter", "ring-exit", "kworker"), lanes);
        assertEquals(3 + 2 + 1, count(dom, "<article class=\"violation\""));
        assertEquals(11 + 12 + 11 + 6 + 10, count(dom, "<div class=\"step"));
        assertEquals(3, count(dom, "<span class=\"violation-marker\">VIOLATES"));
        assertEquals(6, count(dom, "<span class=\"violation-marker\">VIOLATED</span>"));
        assertEquals(List.of("0", "1"), all(dom, "<div class=\"hd cmd-head\">cmd#(\\d)</div>").stream().distinct().toList());
        assertTrue(dom.contains("back to state 9: a cycle that never reaches the goal"), dom);
    }

    @Test
    void theScreenshotIsADrawnPage() throws Exception {
        Path png = WORK.resolve("screenshot.png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium("shot", "--screenshot=" + png, "--window-size=1400,1000", "--hide-scrollbars",
                "--run-all-compositor-stages-before-draw", "--virtual-time-budget=3000",
                page.toAbsolutePath().toUri().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1400, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        assertTrue(colours.size() > 50, "a blank page: only " + colours.size() + " colours in " + png);
        assertTrue(colours.contains(MARKER_RED), "the violation marker's red is not on screen in " + png);
    }

    /** Runs Chromium headless with a fresh profile under target/ and returns its standard output. */
    private static String chromium(String name, String... args) throws Exception {
        Path binary = binary().orElseGet(() -> {
            Assumptions.assumeFalse(Boolean.getBoolean(SKIP), "Chromium is missing and -D" + SKIP + "=true skips");
            return fail("Chromium is needed to test the HTML report in a browser but is not on PATH: install it"
                    + " (Debian: apt-get update && apt-get install -y chromium; .ci/run does this), or opt out"
                    + " explicitly with -D" + SKIP + "=true");
        });
        Path profile = Files.createTempDirectory(Files.createDirectories(WORK), "profile-" + name + "-");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath()));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--no-sandbox");
        }
        command.addAll(List.of(args));
        Path out = WORK.resolve(name + ".out");
        Path err = WORK.resolve(name + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish in 180 s: " + command + "; its stderr is in " + err);
        }
        assertEquals(0, p.exitValue(), "Chromium failed: " + command + "\n" + Files.readString(err));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static Optional<Path> binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static int count(String text, String what) {
        return all(text, "(" + Pattern.quote(what) + ")").size();
    }
}
