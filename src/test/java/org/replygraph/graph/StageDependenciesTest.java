package org.replygraph.graph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** graph and validate use only earlier stages; text and extract stay free of Jena. */
class StageDependenciesTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.replygraph");
    }

    @Test
    void graphUsesOnlyEarlierStages() {
        noClasses().that().resideInAPackage("org.replygraph.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("org.replygraph.validate..", "org.replygraph.serve..",
                        "org.replygraph.evaluate..", "org.replygraph.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void validateUsesOnlyEarlierStages() {
        noClasses().that().resideInAPackage("org.replygraph.validate..")
                .should().dependOnClassesThat().resideInAnyPackage("org.replygraph.serve..", "org.replygraph.evaluate..",
                        "org.replygraph.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void textAndExtractKnowNoJena() {
        noClasses().that().resideInAnyPackage("org.replygraph.text..", "org.replygraph.extract..", "org.replygraph.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..", "picocli..")
                .check(classes);
    }
}
