package org.replygraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.replygraph.evaluate.Evaluation;
import org.replygraph.evaluate.Evaluator;
import org.replygraph.evaluate.GoldSet;
import org.replygraph.evaluate.JsonReport;
import org.replygraph.evaluate.NameNormaliser;
import org.replygraph.evaluate.Scorer;
import org.replygraph.evaluate.TextReport;
import org.replygraph.evaluate.Thresholds;
import org.replygraph.extract.Extractor;
import org.replygraph.ingest.DocumentReader;
import org.replygraph.ingest.InputCollector;
import org.replygraph.ingest.IngestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code evaluate --gold src/test/resources/gold/seeds seeds --min-fields 1.0}: extracts every input,
 * scores it against the gold file of the same name and prints the report; exit 3 when a threshold fails.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Scores extraction against gold annotations (one JSON per document, named after it).")
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold JSON files.")
    Path gold;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Documents or folders of documents.")
    List<Path> inputs;

    @Option(names = "--min-fields", paramLabel = "X", description = "Minimum overall letter-level field accuracy (0..1).")
    Double minFields;

    @Option(names = "--min-policy-f1", paramLabel = "X", description = "Minimum micro F1 of policy documents (0..1).")
    Double minPolicyF1;

    @Option(names = "--min-centre-f1", paramLabel = "X", description = "Minimum micro F1 of innovation centres (0..1).")
    Double minCentreF1;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    @Override
    public Integer call() {
        return Failures.run(spec, verbose, () -> {
            Thresholds thresholds = new Thresholds(minFields, minPolicyF1, minCentreF1);
            Evaluation ev = evaluate();
            List<String> failures = thresholds.failures(ev);
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? new JsonReport().render(ev, failures) : new TextReport().render(ev, failures));
            return failures.isEmpty() ? Main.OK : Main.INVALID;
        });
    }

    private Evaluation evaluate() {
        try {
            List<Path> files = new InputCollector().collect(inputs);
            Evaluator evaluator = new Evaluator(new DocumentReader(), new Extractor(), new Scorer(new NameNormaliser()));
            return evaluator.evaluate(GoldSet.load(gold), files);
        } catch (IOException | IngestException e) {
            throw new InputFailure(e.getMessage(), e);
        }
    }
}
