package org.replygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.BuildReport;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.RdfInputs;

/**
 * The inputs of a subcommand in one dataset: letters (files or folders) are built, RDF files (an
 * earlier export) are parsed as they are. Each failure is printed to the error writer.
 * <pre>
 * Corpus corpus = Corpus.require(List.of(Path.of("seeds")), new BuildOptions(RG.DEFAULT_BASE, false), err);
 * corpus.dataset();   // one named graph per letter
 * corpus.report();    // one entry per document, failures with their reasons
 * </pre>
 */
record Corpus(DatasetGraph dataset, BuildReport report, int rdfFiles) {

    /**
     * The corpus of the inputs; an {@link InputFailure} when nothing at all could be read (each
     * file's reason is printed before).
     */
    static Corpus require(List<Path> inputs, BuildOptions options, PrintWriter err) {
        return require(inputs, options, err, CorpusBuilder.newDataset());
    }

    /** As {@link #require(List, BuildOptions, PrintWriter)}, into the dataset the caller chose (serve: TIM). */
    static Corpus require(List<Path> inputs, BuildOptions options, PrintWriter err, DatasetGraph target) {
        Corpus corpus = load(inputs, options, err, target);
        if (corpus.isEmpty()) throw new InputFailure("no document could be read from " + inputs, null);
        return corpus;
    }

    /** The inputs given, or {@code seeds/} when none is (serve and query default to the seeds). */
    static List<Path> orSeeds(List<Path> inputs) {
        return inputs == null || inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
    }

    private static Corpus load(List<Path> inputs, BuildOptions options, PrintWriter err, DatasetGraph ds) {
        List<Path> letters = new ArrayList<>();
        List<Path> rdf = new ArrayList<>();
        for (Path p : inputs) (RdfInputs.isRdf(p) ? rdf : letters).add(p);
        BuildReport built = letters.isEmpty() ? new BuildReport(List.of(), List.of())
                : new CorpusBuilder(options).build(letters, ds);
        List<BuildReport.Failure> failures = new ArrayList<>(built.failures());
        int loaded = 0;
        for (Path p : rdf) {
            try {
                Txn.executeWrite(ds, () -> RdfInputs.load(p, ds));
                loaded++;
            } catch (RiotException e) {
                failures.add(new BuildReport.Failure(p.toString(), "not readable RDF: " + e.getMessage()));
            }
        }
        for (BuildReport.Failure f : failures) err.println("FAILED " + f.file() + ": " + f.reason());
        err.flush();
        return new Corpus(ds, new BuildReport(built.documents(), failures), loaded);
    }

    private boolean isEmpty() {
        return report.documentsRead() == 0 && rdfFiles == 0;
    }
}
