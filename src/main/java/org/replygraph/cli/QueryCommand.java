package org.replygraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.replygraph.graph.NamedQueries;
import org.replygraph.graph.QueryRunner;
import org.replygraph.graph.store.Store;
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
        description = "Runs a named query (queries/NAME.rq, else the jar's) or a .rq file over the graph of INPUT (default seeds/) or of a --store.")
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

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        return Failures.run(spec, build.verbose, () -> {
            QueryRunner.Format f = QueryRunner.Format.of(format);
            String sparql = NamedQueries.standard().text(query);
            if (store.given()) {
                store.inputsOrStore(inputs, "query");
                try (Store s = Store.open(store.store)) {
                    Txn.executeRead(s.dataset(), () -> run(s.dataset(), sparql, f));
                }
                return Main.OK;
            }
            Corpus corpus = Corpus.require(Corpus.orSeeds(inputs), build, spec.commandLine().getErr());
            run(corpus.dataset(), sparql, f);
            return Main.OK;
        });
    }

    private void run(DatasetGraph dataset, String sparql, QueryRunner.Format f) {
        try {
            spec.commandLine().getOut().print(new QueryRunner(build.baseIri).run(dataset, sparql, f));
        } catch (QueryException e) {
            // A parse error lists every token it expected on the lines after the first: --verbose shows them.
            throw new IllegalArgumentException("Illegal query " + query + " : " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }
}
