package io.longwatch.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of DESIGN.md, checked: the detection core is a plain library that knows
 * nothing of readers, hosts or the command line; readers know nothing of rules.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.longwatch");
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("io.longwatch.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.longwatch.formats..", "io.longwatch.sigma..", "io.longwatch.demo..", "io.longwatch.cli..")
                .check(classes);
    }

    @Test
    void sigmaEngineDoesNotKnowReadersOrTheCli() {
        noClasses().that().resideInAPackage("io.longwatch.sigma..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.longwatch.formats..", "io.longwatch.demo..", "io.longwatch.cli..")
                .check(classes);
    }

    @Test
    void analyticsKnowNeitherReadersNorRulesNorTheCli() {
        noClasses().that().resideInAPackage("io.longwatch.analytics..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.longwatch.formats..", "io.longwatch.sigma..", "io.longwatch.demo..", "io.longwatch.cli..")
                .check(classes);
    }

    @Test
    void readersDoNotKnowRules() {
        noClasses().that().resideInAPackage("io.longwatch.formats..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.longwatch.sigma..", "io.longwatch.demo..", "io.longwatch.cli..")
                .check(classes);
    }

    @Test
    void nothingButTheCliDependsOnTheCli() {
        noClasses().that().resideOutsideOfPackage("io.longwatch.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.longwatch.cli..")
                .check(classes);
    }

    @Test
    void theDetectionCoreStartsNoThreads() {
        noClasses().that().resideInAnyPackage("io.longwatch.sigma..", "io.longwatch.core..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ExecutorService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ForkJoinPool")
                .check(classes);
    }
}
