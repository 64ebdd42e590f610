package org.replygraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.replygraph.graph.Prefixes;
import org.replygraph.graph.store.Store;
import org.replygraph.validate.ShapeValidator;
import org.replygraph.validate.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replygraph validate seeds/}: builds (or reads RDF files), checks the union graph against
 * ontology/shapes.ttl and prints each problem; exit 3 when it does not conform.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Builds letters (or reads RDF files, or opens a --store), checks the graph against the SHACL shapes and prints the report; exit 3 when it does not conform.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Letter files, folders, or RDF files (none with --store).")
    List<Path> inputs;

    @Mixin
    BuildMixin build;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        return Failures.run(spec, build.verbose, () -> {
            List<Path> given = store.inputsOrStore(inputs, "validate");
            ValidationResult r;
            if (store.given()) {
                try (Store s = Store.open(store.store)) {
                    r = Txn.calculateRead(s.dataset(), () -> ShapeValidator.standard().validate(s.dataset().getUnionGraph()));
                }
            } else {
                r = ShapeValidator.standard().validate(Corpus.require(given, build, spec.commandLine().getErr()).dataset().getUnionGraph());
            }
            spec.commandLine().getOut().print(r.render(Prefixes.of(build.baseIri)));
            return r.conforms() ? Main.OK : Main.INVALID;
        });
    }
}
