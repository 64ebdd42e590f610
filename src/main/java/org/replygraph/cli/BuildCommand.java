package org.replygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.replygraph.graph.BuildReport;
import org.replygraph.graph.Exporter;
import org.replygraph.graph.SortedQuadsSink;
import org.replygraph.graph.store.Store;
import org.replygraph.index.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replygraph build seeds/ -o out/seeds.nq}: reads letters, prints what each document holds
 * (type, proposal, agency, date) and a total line, writes the graph. Exit 1 only when no document
 * could be read. {@code replygraph build --store rg-store letters/ [--prune] [-o out.nq]} updates a TDB2
 * store instead: unchanged letters are skipped, changed ones replaced, and -o exports the whole store.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads letters (files or folders) and writes their graph; the format follows the output's extension (.ttl .nt .jsonld .rdf .nq .trig).",
                "Letters are extracted on every core; the output is sorted through files beside it, so memory stays flat "
                        + "(except .rdf, written from one in-memory graph), and it replaces FILE only once complete; .jsonld is compacted with the served @context, inline.",
                "With --store DIR the letters update a TDB2 store instead (only changed ones are extracted); -o then exports the whole store."})
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Letter files or folders of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the graph (required without --store; with it, the whole store is exported).")
    Path output;

    @Option(names = "--prune", description = "With --store: remove the documents the INPUTs no longer hold.")
    boolean prune;

    @Option(names = "--reindex", description = "With --store: build the search index in DIR/search again from the whole store.")
    boolean reindex;

    @Mixin
    BuildMixin build;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        return Failures.run(spec, build.verbose, () -> {
            PrintWriter out = spec.commandLine().getOut();
            if (output != null) Exporter.extension(output); // a bad extension fails now, not after building every letter
            if (store.given()) return intoStore(out);
            if (prune) throw new IllegalArgumentException("Illegal --prune without --store : only a store keeps documents between builds");
            if (reindex) throw new IllegalArgumentException("Illegal --reindex without --store : only a store keeps a search index");
            if (output == null) throw new IllegalArgumentException("Missing -o FILE : build writes a file, or updates a store with --store DIR");
            build.options(); // so does a bad base IRI
            // Straight from the letters to the sorted file: no dataset, memory flat however many letters.
            BuildReport report;
            try (SortedQuadsSink sink = new SortedQuadsSink(output, build.baseIri)) {
                report = Corpus.stream(inputs, build, spec.commandLine().getErr(), sink);
            }
            for (BuildReport.DocumentEntry d : report.documents()) out.println(ReportLines.document(d));
            ReportLines.warnings(report, spec.commandLine().getErr());
            out.println(ReportLines.total(report) + " -> " + output);
            return Main.OK;
        });
    }

    /** Updates the store (only changed letters are extracted), then exports the whole store when -o is given. */
    private int intoStore(PrintWriter out) {
        StoreBuild.requireLetters(inputs);
        try (Store s = Store.openOrCreate(store.store)) {
            StoreBuild built = StoreBuild.run(s, inputs, build, prune, spec.commandLine().getErr());
            for (BuildReport.DocumentEntry d : built.report().documents()) out.println(ReportLines.document(d));
            ReportLines.warnings(built.report(), spec.commandLine().getErr());
            out.println(ReportLines.total(built.report()) + (output == null ? "" : " -> " + output));
            out.println(built.line(store.store));
            try (SearchIndex index = StoreSearch.open(s, build.baseIri)) {
                if (reindex) index.rebuild(s.dataset());
                else StoreSearch.update(s, index, built.changed());
            }
            if (output != null) Txn.executeRead(s.dataset(), () -> new Exporter(build.baseIri).write(s.dataset(), output));
            return Main.OK;
        }
    }
}
