package org.replygraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryException;
import org.replygraph.graph.NamedQueries;
import org.replygraph.graph.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replygraph query letters-per-agency seeds/ --format csv}: runs a named query (queries/NAME.rq)
 * or a .rq file over the graph of the inputs (seeds/ when none is given).
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a named query (queries/NAME.rq, else the jar's) or a .rq file over the graph of INPUT (default seeds/).")
public final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "A query name or a .rq file.")
    String query;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "INPUT", description = "Letter files, folders, or RDF files (default: seeds/).")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    BuildMixin build;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            QueryRunner.Format f = QueryRunner.Format.of(format);
            String sparql = NamedQueries.standard().text(query);
            List<Path> in = inputs == null || inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
            Corpus corpus = Corpus.load(in, build.options(), err);
            if (corpus.isEmpty()) {
                err.println("replygraph query: no document could be read");
                return Main.FAILURE;
            }
            out.print(new QueryRunner(build.baseIri).run(corpus.dataset(), sparql, f));
            return Main.OK;
        } catch (QueryException e) {
            return Failures.report(err, "query", new IllegalArgumentException("Illegal query " + query + " : " + e.getMessage(), e),
                    build.verbose, Main.USAGE);
        } catch (IllegalArgumentException e) {
            return Failures.report(err, "query", e, build.verbose, Main.USAGE);
        } catch (UncheckedIOException e) {
            return Failures.report(err, "query", e, build.verbose, Main.FAILURE);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
