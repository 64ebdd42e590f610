package org.replygraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.replygraph.graph.Exporter;
import org.replygraph.graph.SortedQuadsSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code replygraph export seeds/ -o seeds.ttl}: the build's graph without the per-document report, for scripts. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the graph of letters (or of RDF files) to FILE, format by extension (.ttl .nt .jsonld .nq .trig); prints nothing but failures.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Letter files, folders, or RDF files.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the graph.")
    Path output;

    @Mixin
    BuildMixin build;

    @Override
    public Integer call() {
        return Failures.run(spec, build.verbose, () -> {
            Exporter.extension(output); // a bad extension fails now, not after building every letter
            build.options(); // so does a bad base IRI
            try (SortedQuadsSink sink = new SortedQuadsSink(output, build.baseIri)) { // as build: no dataset held
                Corpus.stream(inputs, build, spec.commandLine().getErr(), sink);
            }
            return Main.OK;
        });
    }
}
