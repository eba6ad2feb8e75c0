package uringcheck.checks.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uringcheck.model.toy.ClaimVariant;

/**
 * Builds and runs SPIN verifiers for {@code bench/completers.pml} (packaged as the class-path resource
 * {@code /bench/completers.pml}) in a work directory: {@code spin -a -DN=n [-DRACY]} generates
 * {@code pan.c}, {@code gcc -O2 -DSAFETY [-DNOREDUCE]} compiles it, {@code pan -m<depth> -w<bits>}
 * runs an exhaustive search (no bit-state hashing, no state compression options).
 *
 * <p>{@code -DSAFETY} leaves out the cycle-detection machinery, which a safety search does not need;
 * {@code -DNOREDUCE} turns partial-order reduction off, giving the full state space that
 * uringcheck's explorer also visits.
 */
public final class Spin {

    /** The class-path resource holding the Promela model. */
    public static final String MODEL_RESOURCE = "/bench/completers.pml";

    private final Path workDir;

    /** A runner that writes {@code completers.pml}, {@code pan.c} and the verifiers into {@code workDir}. */
    public Spin(Path workDir) {
        this.workDir = workDir;
    }

    /** SPIN's version line ({@code spin -V}), or empty when no {@code spin} is on the PATH. */
    public static Optional<String> version() {
        return firstLine("spin", "-V");
    }

    /** gcc's version line, or empty when no {@code gcc} is on the PATH. */
    public static Optional<String> gccVersion() {
        return firstLine("gcc", "--version");
    }

    /**
     * Generates {@code pan.c} for {@code n} completers and compiles it; returns the verifier's file name
     * in the work directory ({@code pan-por} or {@code pan-noreduce}).
     *
     * @param reduce               whether partial-order reduction is on
     * @param memoryLimitMegabytes pan's {@code -DMEMLIM}
     * @throws SpinException when spin or gcc fails, with its command and output
     */
    public String build(int n, ClaimVariant variant, boolean reduce, long memoryLimitMegabytes)
            throws IOException, InterruptedException {
        Path model = workDir.resolve("completers.pml");
        try (InputStream in = Spin.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new SpinException("the Promela model " + MODEL_RESOURCE + " is missing from the class path;"
                        + " rebuild with mvn package", "");
            }
            Files.write(model, in.readAllBytes());
        }
        List<String> generate = new ArrayList<>(List.of("spin", "-a", "-DN=" + n));
        if (variant == ClaimVariant.RACY) {
            generate.add("-DRACY");
        }
        generate.add(model.getFileName().toString());
        exec(generate);
        String pan = reduce ? "pan-por" : "pan-noreduce";
        List<String> compile = new ArrayList<>(List.of("gcc", "-O2", "-DSAFETY", "-DMEMLIM=" + memoryLimitMegabytes));
        if (!reduce) {
            compile.add("-DNOREDUCE");
        }
        compile.addAll(List.of("-o", pan, "pan.c"));
        exec(compile);
        return pan;
    }

    /**
     * Runs a verifier that {@link #build} made: an exhaustive search. It runs under {@code sh}, whose
     * {@code times} built-in then reports the verifier's CPU time.
     *
     * @param hashBits pan's {@code -w}: the hash table has 2^hashBits slots
     * @param maxDepth pan's {@code -m}: the depth of its search stack
     * @throws SpinException when pan fails or prints no summary
     */
    public PanResult search(String verifier, int hashBits, int maxDepth) throws IOException, InterruptedException {
        String output = exec(List.of("sh", "-c", "./" + verifier + " -m" + maxDepth + " -w" + hashBits
                + "; status=$?; times; exit $status"));
        try {
            return PanOutput.parse(output).withCpuSeconds(PanOutput.childCpuSeconds(output));
        } catch (IllegalArgumentException e) {
            throw new SpinException(e.getMessage(), output);
        }
    }

    /** Runs {@code command} in the work directory; returns its output (stdout and stderr merged). */
    private String exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        if (status != 0) {
            throw new SpinException("'" + String.join(" ", command) + "' exited with status " + status
                    + " in " + workDir, output);
        }
        return output;
    }

    /**
     * Installs the Debian package {@code spin} with apt-get (through {@code sudo -n} unless running as
     * root), running {@code apt-get update} first if the first attempt fails. apt's output goes to
     * {@code log}. Returns whether {@code spin} is on the PATH afterwards.
     */
    public static boolean install(PrintStream log) throws IOException, InterruptedException {
        List<String> prefix = "root".equals(System.getProperty("user.name")) ? List.of() : List.of("sudo", "-n");
        if (!apt(prefix, log, "install", "-y", "spin")) {
            apt(prefix, log, "update");
            apt(prefix, log, "install", "-y", "spin");
        }
        return version().isPresent();
    }

    private static boolean apt(List<String> prefix, PrintStream log, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.add("apt-get");
        command.addAll(List.of(arguments));
        log.println("$ " + String.join(" ", command));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(log);
        return process.waitFor() == 0;
    }

    private static Optional<String> firstLine(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                return Optional.empty();
            }
            return output.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
