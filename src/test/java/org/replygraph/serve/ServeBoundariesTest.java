package org.replygraph.serve;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** serve is the only stage that knows Fuseki and Jetty, and it depends on no later stage. */
class ServeBoundariesTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.replygraph");
    }

    @Test
    void onlyServeKnowsFusekiJettyAndServlets() {
        noClasses().that().resideOutsideOfPackage("org.replygraph.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena.fuseki..", "org.eclipse.jetty..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void serveUsesNoLaterStage() {
        noClasses().that().resideInAPackage("org.replygraph.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("org.replygraph.cli..", "org.replygraph.evaluate..", "picocli..")
                .check(classes);
    }
}
