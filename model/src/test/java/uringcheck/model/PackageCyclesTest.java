package uringcheck.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The packages of {@code model} form no cycle: every package (the root {@code uringcheck.model} too) is
 * one slice, and no slice may reach itself through the others. The kernel vocabulary
 * ({@code uringcheck.model.rules}) is a leaf; {@code lifecycle.state} holds the state and action types so
 * that {@code lifecycle.kernel} and {@code lifecycle.interp} need nothing from {@code lifecycle}.
 */
class PackageCyclesTest {

    private static final ArchRule NO_CYCLES = slices().matching("uringcheck.(**)").should().beFreeOfCycles();

    @Test
    void mainPackagesOfModelAreFreeOfCycles() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uringcheck.model");
        assertTrue(main.size() > 100, "imported " + main.size() + " classes");
        NO_CYCLES.check(main);
    }

    @Test
    void theRuleFailsOnADeliberatelyCyclicPackagePair() {
        JavaClasses fixture = new ClassFileImporter().importPackages("uringcheck.model.cyclefixture");
        EvaluationResult result = NO_CYCLES.evaluate(fixture);
        assertTrue(result.hasViolation(), "the cycle left <-> right was not reported");
        String report = result.getFailureReport().toString();
        assertTrue(report.contains("cyclefixture.left") && report.contains("cyclefixture.right"), report);
    }

    @Test
    void theVocabularyIsALeaf() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uringcheck.model.rules");
        assertFalse(main.isEmpty());
        noClasses()
                .that().resideInAPackage("uringcheck.model.rules")
                .should().dependOnClassesThat().resideInAnyPackage("uringcheck.model.lifecycle..",
                        "uringcheck.model.concurrent..", "uringcheck.model.toy..")
                .check(main);
    }
}
