package org.replygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.replygraph.graph.BuildReport;
import org.replygraph.graph.Exporter;
import org.replygraph.graph.SortedQuadsSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replygraph build seeds/ -o out/seeds.nq}: reads letters, prints what each document holds
 * (type, proposal, agency, date) and a total line, writes the graph. Exit 1 only when no document
 * could be read.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads letters (files or folders) and writes their graph; the format follows the output's extension (.ttl .nt .jsonld .nq .trig).",
                "Letters are extracted on every core; the output is sorted through files beside it, so memory stays flat "
                        + "(except .jsonld, written from one in-memory graph), and it replaces FILE only once complete."})
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Letter files or folders of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the graph.")
    Path output;

    @Mixin
    BuildMixin build;

    @Override
    public Integer call() {
        return Failures.run(spec, build.verbose, () -> {
            PrintWriter out = spec.commandLine().getOut();
            Exporter.extension(output); // a bad extension fails now, not after building every letter
            build.options(); // so does a bad base IRI
            // Straight from the letters to the sorted file: no dataset, memory flat however many letters.
            BuildReport report;
            try (SortedQuadsSink sink = new SortedQuadsSink(output, build.baseIri)) {
                report = Corpus.stream(inputs, build, spec.commandLine().getErr(), sink);
            }
            for (BuildReport.DocumentEntry d : report.documents()) out.println(ReportLines.document(d));
            out.println(ReportLines.total(report) + " -> " + output);
            return Main.OK;
        });
    }
}
