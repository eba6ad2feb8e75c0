package uringcheck.checks.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios shipped with the tool: {@code scenarios/*.yaml} on the class path, in the order of
 * {@code scenarios/index.txt} (one file name per line; blank lines and {@code #} comments ignored), so
 * the catalogue order is fixed and does not depend on how a jar lists its entries.
 */
public final class ScenarioCatalogue {

    /** Class-path folder of the shipped scenarios. */
    public static final String FOLDER = "scenarios/";
    /** The index file inside {@link #FOLDER}. */
    public static final String INDEX = FOLDER + "index.txt";

    private ScenarioCatalogue() {
    }

    /** The file names listed in the index, in order. */
    public static List<String> fileNames() {
        return fileNames(FOLDER);
    }

    /**
     * The file names listed in {@code folder}'s {@code index.txt} on the class path, in order (the shipped
     * catalogue is {@link #FOLDER}; tests keep their own scenario folders in the same form).
     */
    public static List<String> fileNames(String folder) {
        List<String> names = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(resource(folder + "index.txt"))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /**
     * Every shipped scenario, parsed and validated, in index order. A shipped file that does not parse is
     * a build defect (the catalogue tests parse every file), reported with its errors.
     */
    public static List<Scenario> load() {
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : fileNames()) {
            scenarios.add(load(name));
        }
        return scenarios;
    }

    /** One shipped scenario by file name (e.g. {@code p01-sync-complete.yaml}). */
    public static Scenario load(String fileName) {
        return load(FOLDER, fileName);
    }

    /**
     * One scenario of a class-path scenario folder by file name, parsed and validated; an invalid file is a
     * build defect, reported with its errors.
     */
    public static Scenario load(String folder, String fileName) {
        try (Reader reader = resource(folder + fileName)) {
            return ScenarioParser.parse(folder + fileName, reader);
        } catch (ScenarioException e) {
            throw new IllegalStateException("scenario " + folder + fileName + " is invalid:\n" + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader resource(String path) {
        InputStream in = ScenarioCatalogue.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + path + ": the jar is incomplete");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
