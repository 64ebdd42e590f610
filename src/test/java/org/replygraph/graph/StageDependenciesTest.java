package org.replygraph.graph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each stage uses only earlier ones (ingest -> text -> extract -> graph -> validate -> index ->
 * evaluate/serve -> cli); ingest, text and extract stay free of Jena; only serve knows Fuseki, Jetty and
 * servlets; only index knows Lucene.
 */
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
                .should().dependOnClassesThat().resideInAnyPackage("org.replygraph.validate..", "org.replygraph.index..",
                        "org.replygraph.serve..", "org.replygraph.evaluate..", "org.replygraph.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void validateUsesOnlyEarlierStages() {
        noClasses().that().resideInAPackage("org.replygraph.validate..")
                .should().dependOnClassesThat().resideInAnyPackage("org.replygraph.index..", "org.replygraph.serve..",
                        "org.replygraph.evaluate..", "org.replygraph.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void indexUsesOnlyEarlierStages() {
        noClasses().that().resideInAPackage("org.replygraph.index..")
                .should().dependOnClassesThat().resideInAnyPackage("org.replygraph.serve..", "org.replygraph.evaluate..",
                        "org.replygraph.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void onlyIndexKnowsLucene() {
        noClasses().that().resideOutsideOfPackage("org.replygraph.index..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void textAndExtractKnowNoJena() {
        noClasses().that().resideInAnyPackage("org.replygraph.text..", "org.replygraph.extract..", "org.replygraph.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..", "picocli..")
                .check(classes);
    }

    @Test
    void onlyServeKnowsFusekiJettyAndServlets() {
        noClasses().that().resideOutsideOfPackage("org.replygraph.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena.fuseki..", "org.eclipse.jetty..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void serveAndEvaluateUseNoLaterStageNorEachOther() {
        noClasses().that().resideInAPackage("org.replygraph.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("org.replygraph.cli..", "org.replygraph.evaluate..", "picocli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.replygraph.evaluate..")
                .should().dependOnClassesThat().resideInAnyPackage("org.replygraph.cli..", "org.replygraph.serve..", "picocli..")
                .check(classes);
    }
}
