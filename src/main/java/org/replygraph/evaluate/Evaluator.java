package org.replygraph.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.replygraph.extract.Extractor;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.ingest.DocumentReader;
import org.replygraph.ingest.IngestException;
import org.replygraph.ingest.SourceDocument;

/**
 * Reads, extracts and scores documents against a gold folder.
 *
 * <pre>{@code
 * Evaluator ev = new Evaluator(new DocumentReader(), new Extractor(), new Scorer(new NameNormaliser()));
 * Evaluation result = ev.evaluate(GoldSet.load(goldDir), InputFiles.expand(List.of(Path.of("seeds"))));
 * }</pre>
 */
public final class Evaluator {
    private final DocumentReader reader;
    private final Extractor extractor;
    private final Scorer scorer;

    public Evaluator(DocumentReader reader, Extractor extractor, Scorer scorer) {
        this.reader = reader;
        this.extractor = extractor;
        this.scorer = scorer;
    }

    /** One scored document with the extraction it was scored on. */
    public record Scored(DocumentFacts facts, DocumentScore score) { }

    /** Scores every file that has gold; files without gold are listed, not extracted. */
    public Evaluation evaluate(GoldSet gold, List<Path> files) throws IngestException {
        List<DocumentScore> scores = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path f : files) {
            GoldDocument g = gold.find(stem(f));
            if (g == null) missing.add(f.toString());
            else scores.add(score(f, g).score());
        }
        List<String> errors = gold.errors().stream().map(Throwable::getMessage).toList();
        return new Evaluation(scores, missing, errors);
    }

    public Scored score(Path file, GoldDocument gold) throws IngestException {
        SourceDocument doc = reader.read(file);
        DocumentFacts facts = extractor.extract(doc);
        return new Scored(facts, scorer.score(gold, facts));
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
