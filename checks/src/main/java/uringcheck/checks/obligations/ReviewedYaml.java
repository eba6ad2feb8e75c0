package uringcheck.checks.obligations;

import java.io.IOException;
import java.io.InputStream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads a reviewed table shipped as a class-path YAML resource ({@link DischargeTable#RESOURCE},
 * {@link UnsafeMap#RESOURCE}) into plain maps and lists. Duplicate keys are rejected: a reviewed table
 * that says one thing twice says nothing.
 */
final class ReviewedYaml {

    private ReviewedYaml() {
    }

    /**
     * The YAML document of {@code resource}.
     *
     * @throws IllegalStateException if the resource is missing or unreadable (a build defect, not user input)
     */
    static Object load(String resource) {
        try (InputStream in = ReviewedYaml.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            return new Yaml(new SafeConstructor(options)).load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
