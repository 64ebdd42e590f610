package org.replygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.replygraph.graph.BuildReport;
import org.replygraph.graph.RdfInputs;
import org.replygraph.graph.store.Store;
import org.replygraph.graph.store.StoreSink;
import org.replygraph.serve.HomeFigures;

/**
 * Letters built into a store ({@code build --store}, {@code serve --store DIR INPUT}): only changed letters
 * are extracted; failures are printed to the error writer as a build prints them.
 * <pre>
 * StoreBuild b = StoreBuild.run(store, inputs, options, prune, err);
 * b.report().unchanged();    // skipped: same bytes, same extractor version
 * b.summary();               // 3 added, 1 replaced, 0 removed
 * b.figures();               // the home page's figures, counted again where the build changed the store and saved
 * </pre>
 */
record StoreBuild(BuildReport report, StoreSink.Summary summary, Set<Node> changed, HomeFigures figures) {
    /** A store is built from letters: an RDF input is a usage error, found before the store is opened. */
    static void requireLetters(List<Path> inputs) {
        for (Path p : inputs)
            if (RdfInputs.isRdf(p))
                throw new IllegalArgumentException("Illegal INPUT=" + p + " with --store : a store is built from letters; "
                        + "serve or query an RDF export without --store");
    }

    static StoreBuild run(Store store, List<Path> inputs, BuildMixin build, boolean prune, PrintWriter err) {
        requireLetters(inputs);
        BuildReport report;
        StoreSink.Summary summary;
        Set<Node> changed;
        int commits;
        HomeFigures figures = HomeFigures.of(store.dir(), store.dataset(), build.baseIri);
        try (StoreSink sink = new StoreSink(store.dataset(), build.options(), prune).oneTransactionIntoAnEmptyStore()) {
            report = build.builder().build(inputs, sink, build.progress());
            summary = sink.summary();
            changed = sink.changedNodes();
            commits = sink.commits();
        }
        // Several commits each left a copy of the index blocks they touched: drop them.
        if (commits > 1) store.compact();
        figures.changed(changed); // the home page's figures, saved beside the store for serve
        for (BuildReport.Failure f : report.failures()) err.println("FAILED " + f.file() + ": " + f.reason());
        err.flush();
        if (report.documentsRead() == 0 && report.unchanged().isEmpty() && summary.removed() == 0)
            throw new InputFailure("no document could be read from " + inputs, null);
        return new StoreBuild(report, summary, changed, figures);
    }

    /** "store rg-store: 3 added, 1 replaced, 0 removed, 12 unchanged". */
    String line(Path dir) {
        return "store " + dir + ": " + summary + ", " + report.unchanged().size() + " unchanged";
    }
}
