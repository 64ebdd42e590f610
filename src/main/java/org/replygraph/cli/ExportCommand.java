package org.replygraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.replygraph.graph.Exporter;
import org.replygraph.graph.SortedQuadsSink;
import org.replygraph.graph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code replygraph export seeds/ -o seeds.ttl}: the build's graph without the per-document report, for scripts. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the graph of letters (or of RDF files, or of a --store) to FILE, format by extension (.ttl .nt .jsonld .rdf .nq .trig); prints nothing but failures.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Letter files, folders, or RDF files (none with --store).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the graph.")
    Path output;

    @Mixin
    BuildMixin build;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        return Failures.run(spec, build.verbose, () -> {
            Exporter.extension(output); // a bad extension fails now, not after building every letter
            List<Path> given = store.inputsOrStore(inputs, "export");
            if (store.given()) {
                try (Store s = Store.open(store.store)) {
                    Txn.executeRead(s.dataset(), () -> new Exporter(build.baseIri).write(s.dataset(), output));
                }
                return Main.OK;
            }
            build.options(); // so does a bad base IRI
            try (SortedQuadsSink sink = new SortedQuadsSink(output, build.baseIri)) { // as build: no dataset held
                Corpus.stream(given, build, spec.commandLine().getErr(), sink);
            }
            return Main.OK;
        });
    }
}
