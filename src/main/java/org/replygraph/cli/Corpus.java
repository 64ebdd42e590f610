package org.replygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.BuildReport;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.RdfInputs;

/**
 * The inputs of a subcommand in one dataset: letters (files or folders) are built, RDF files (an
 * earlier export) are parsed as they are. Each failure is printed to the error writer.
 */
record Corpus(DatasetGraph dataset, BuildReport report, int rdfFiles) {

    static Corpus load(List<Path> inputs, BuildOptions options, PrintWriter err) {
        List<Path> letters = new ArrayList<>();
        List<Path> rdf = new ArrayList<>();
        for (Path p : inputs) (RdfInputs.isRdf(p) ? rdf : letters).add(p);
        DatasetGraph ds = CorpusBuilder.newDataset();
        BuildReport built = letters.isEmpty() ? new BuildReport(List.of(), List.of())
                : new CorpusBuilder(options).build(letters, ds);
        List<BuildReport.Failure> failures = new ArrayList<>(built.failures());
        int loaded = 0;
        for (Path p : rdf) {
            try {
                RdfInputs.load(p, ds);
                loaded++;
            } catch (RiotException e) {
                failures.add(new BuildReport.Failure(p.toString(), "not readable RDF: " + e.getMessage()));
            }
        }
        for (BuildReport.Failure f : failures) err.println("FAILED " + f.file() + ": " + f.reason());
        err.flush();
        return new Corpus(ds, new BuildReport(built.documents(), failures), loaded);
    }

    /** Whether nothing at all could be read. */
    boolean isEmpty() {
        return report.documentsRead() == 0 && rdfFiles == 0;
    }
}
