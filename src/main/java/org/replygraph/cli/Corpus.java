package org.replygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.replygraph.graph.BuildReport;
import org.replygraph.graph.BuiltDocument;
import org.replygraph.graph.DocumentCache;
import org.replygraph.graph.DocumentSink;
import org.replygraph.graph.SortedQuadsSink;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.RdfInputs;

/**
 * The inputs of a subcommand in one dataset: letters (files or folders) are built, RDF files (an
 * earlier export) are parsed as they are. Each failure is printed to the error writer.
 * <pre>
 * Corpus corpus = Corpus.require(List.of(Path.of("seeds")), buildMixin, err);
 * corpus.dataset();   // one named graph per letter
 * corpus.report();    // one entry per document, failures with their reasons
 * </pre>
 */
record Corpus(DatasetGraph dataset, BuildReport report, int rdfFiles) {

    /**
     * The corpus of the inputs; an {@link InputFailure} when nothing at all could be read (each
     * file's reason is printed before).
     */
    static Corpus require(List<Path> inputs, BuildMixin build, PrintWriter err) {
        return require(inputs, build, err, CorpusBuilder.newDataset());
    }

    /** As {@link #require(List, BuildMixin, PrintWriter)}, into the dataset the caller chose (serve: TIM). */
    static Corpus require(List<Path> inputs, BuildMixin build, PrintWriter err, DatasetGraph target) {
        return require(inputs, build, err, target, DocumentCache.NONE);
    }

    /** As {@link #require(List, BuildMixin, PrintWriter, DatasetGraph)}, letters built before taken from {@code cache}. */
    static Corpus require(List<Path> inputs, BuildMixin build, PrintWriter err, DatasetGraph target, DocumentCache cache) {
        Corpus corpus = load(inputs, build, err, target, cache);
        if (corpus.isEmpty()) throw new InputFailure("no document could be read from " + inputs, null);
        return corpus;
    }

    /**
     * The inputs written straight into {@code sink} ({@code build -o}): no dataset is held. RDF inputs
     * go in first, then the letters in input order; the sink is finished (its file written) only when
     * something could be read, else an {@link InputFailure} and no file.
     */
    static BuildReport stream(List<Path> inputs, BuildMixin build, PrintWriter err, SortedQuadsSink sink) {
        List<Path> letters = new ArrayList<>();
        List<Path> rdf = new ArrayList<>();
        for (Path p : inputs) (RdfInputs.isRdf(p) ? rdf : letters).add(p);
        List<BuildReport.Failure> rdfFailures = new ArrayList<>();
        int loaded = 0;
        for (Path p : rdf) {
            try {
                RdfInputs.stream(p, sink::add);
                loaded++;
            } catch (RiotException e) {
                rdfFailures.add(new BuildReport.Failure(p.toString(), "not readable RDF: " + e.getMessage()));
            } catch (Throwable e) { // a stack overflow on deeply nested lists: this input's failure, not the build's
                rdfFailures.add(new BuildReport.Failure(p.toString(), "cannot read RDF: " + e));
            }
        }
        DocumentSink untilChecked = new DocumentSink() { // the file is written below, once something was read
            @Override
            public boolean isCurrent(String fileName, String sha256) {
                return sink.isCurrent(fileName, sha256);
            }

            @Override
            public void prepare(BuiltDocument document) {
                sink.prepare(document);
            }

            @Override
            public void add(BuiltDocument document) {
                sink.add(document);
            }
        };
        BuildReport built = letters.isEmpty() ? new BuildReport(List.of(), List.of())
                : build.builder().build(letters, untilChecked, build.progress());
        List<BuildReport.Failure> failures = new ArrayList<>(built.failures());
        failures.addAll(rdfFailures);
        for (BuildReport.Failure f : failures) err.println("FAILED " + f.file() + ": " + f.reason());
        err.flush();
        if (built.documentsRead() == 0 && loaded == 0) throw new InputFailure("no document could be read from " + inputs, null);
        sink.finish();
        return new BuildReport(built.documents(), failures, built.unchanged());
    }

    /** The inputs given, or {@code seeds/} when none is (serve and query default to the seeds). */
    static List<Path> orSeeds(List<Path> inputs) {
        return inputs == null || inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
    }

    private static Corpus load(List<Path> inputs, BuildMixin build, PrintWriter err, DatasetGraph ds, DocumentCache cache) {
        List<Path> letters = new ArrayList<>();
        List<Path> rdf = new ArrayList<>();
        for (Path p : inputs) (RdfInputs.isRdf(p) ? rdf : letters).add(p);
        BuildReport built = letters.isEmpty() ? new BuildReport(List.of(), List.of())
                : build.builder().withCache(cache).build(letters, ds, build.progress());
        List<BuildReport.Failure> failures = new ArrayList<>(built.failures());
        int loaded = 0;
        for (Path p : rdf) {
            try {
                Txn.executeWrite(ds, () -> RdfInputs.load(p, ds));
                loaded++;
            } catch (RiotException e) {
                failures.add(new BuildReport.Failure(p.toString(), "not readable RDF: " + e.getMessage()));
            } catch (Throwable e) { // a stack overflow on deeply nested lists: this input's failure, not the build's
                failures.add(new BuildReport.Failure(p.toString(), "cannot read RDF: " + e));
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
