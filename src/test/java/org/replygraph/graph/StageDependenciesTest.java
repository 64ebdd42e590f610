package org.replygraph.graph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each stage uses only earlier ones (lexicon -> ingest -> text -> extract -> synth -> graph -> validate -> index ->
 * evaluate/serve -> cli); ingest, text, extract and synth stay free of Jena; only serve knows Fuseki, Jetty
 * and servlets; only index knows Lucene. synth (synthetic letters) writes text, so it sits beside extract,
 * whose reference tables it reads. lexicon (word lists, the reference-table reader) is below every stage. No
 * cycles between stages, nor between extract's own packages: fact (the records) below agency, below letter and
 * entity (which do not use each other), below extract itself.
 * HanLP is called only by text.HanLpAdapter.
 */
class StageDependenciesTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.replygraph");
    }

    /** The stages, earliest first; each may use only those before it (synth and extract see each other's earlier stages only). */
    private static final String[] STAGES = {"lexicon", "ingest", "text", "extract", "synth", "graph", "validate", "index", "evaluate", "serve", "cli"};

    @Test
    void lexiconIngestTextAndExtractUseOnlyEarlierStages() {
        for (int i = 0; i < 4; i++) {
            String[] later = new String[STAGES.length - i - 1];
            for (int j = i + 1; j < STAGES.length; j++) later[j - i - 1] = "org.replygraph." + STAGES[j] + "..";
            noClasses().that().resideInAPackage("org.replygraph." + STAGES[i] + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(later)
                    .check(classes);
        }
    }

    @Test
    void stagesAreFreeOfCycles() {
        slices().matching("org.replygraph.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void extractsPackagesAreFreeOfCycles() {
        slices().matching("org.replygraph.extract.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void factsAndLexiconDependOnNothingElseInExtract() {
        noClasses().that().resideInAnyPackage("org.replygraph.extract.fact..", "org.replygraph.lexicon..")
                .should().dependOnClassesThat().resideInAnyPackage("org.replygraph.extract", "org.replygraph.extract.agency..",
                        "org.replygraph.extract.letter..", "org.replygraph.extract.entity..")
                .check(classes);
        noClasses().that().resideInAPackage("org.replygraph.extract.fact..")
                .should().dependOnClassesThat().resideInAPackage("org.replygraph.lexicon..")
                .check(classes);
    }

    @Test
    void letterAndEntityDoNotUseEachOtherNorTheExtractorsAbove() {
        noClasses().that().resideInAPackage("org.replygraph.extract.letter..")
                .should().dependOnClassesThat().resideInAnyPackage("org.replygraph.extract", "org.replygraph.extract.entity..")
                .check(classes);
        noClasses().that().resideInAPackage("org.replygraph.extract.entity..")
                .should().dependOnClassesThat().resideInAnyPackage("org.replygraph.extract", "org.replygraph.extract.letter..")
                .check(classes);
        noClasses().that().resideInAPackage("org.replygraph.extract.agency..")
                .should().dependOnClassesThat().resideInAnyPackage("org.replygraph.extract", "org.replygraph.extract.letter..",
                        "org.replygraph.extract.entity..")
                .check(classes);
    }

    @Test
    void onlyTheAdapterCallsHanLp() {
        noClasses().that().doNotHaveFullyQualifiedName("org.replygraph.text.HanLpAdapter")
                .should().dependOnClassesThat().resideInAPackage("com.hankcs..")
                .check(classes);
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
        noClasses().that().resideInAnyPackage("org.replygraph.lexicon..", "org.replygraph.text..", "org.replygraph.extract..",
                        "org.replygraph.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..", "picocli..")
                .check(classes);
    }

    @Test
    void synthWritesTextAndKnowsNoLaterStage() {
        noClasses().that().resideInAPackage("org.replygraph.synth..")
                .should().dependOnClassesThat().resideInAnyPackage("org.replygraph.graph..", "org.replygraph.validate..",
                        "org.replygraph.index..", "org.replygraph.serve..", "org.replygraph.evaluate..",
                        "org.replygraph.cli..", "org.apache.jena..", "org.apache.lucene..", "picocli..")
                .check(classes);
    }

    @Test
    void earlierStagesDoNotUseSynth() {
        noClasses().that().resideInAnyPackage("org.replygraph.lexicon..", "org.replygraph.ingest..", "org.replygraph.text..",
                        "org.replygraph.extract..", "org.replygraph.graph..", "org.replygraph.validate..", "org.replygraph.index..", "org.replygraph.serve..",
                        "org.replygraph.evaluate..")
                .should().dependOnClassesThat().resideInAPackage("org.replygraph.synth..")
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
