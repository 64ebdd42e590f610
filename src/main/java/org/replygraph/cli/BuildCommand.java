package org.replygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.replygraph.graph.BuildReport;
import org.replygraph.graph.Exporter;
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
        description = "Reads letters (files or folders) and writes their graph; the format follows the output's extension (.ttl .nt .jsonld .nq .trig).")
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
            Corpus corpus = Corpus.require(inputs, build.options(), spec.commandLine().getErr());
            for (BuildReport.DocumentEntry d : corpus.report().documents()) out.println(ReportLines.document(d));
            new Exporter(build.baseIri).write(corpus.dataset(), output);
            out.println(ReportLines.total(corpus.report()) + " -> " + output);
            return Main.OK;
        });
    }
}
