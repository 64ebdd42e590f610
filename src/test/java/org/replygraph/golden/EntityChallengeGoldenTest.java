package org.replygraph.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.replygraph.evaluate.Evaluation;
import org.replygraph.evaluate.Evaluator;
import org.replygraph.evaluate.GoldFormatException;
import org.replygraph.evaluate.ListKind;
import org.replygraph.evaluate.TextReport;
import org.replygraph.evaluate.Thresholds;
import org.replygraph.ingest.IngestException;

/**
 * The entity challenge corpus: letters written for this test, in wordings the seeds and dev letters
 * do not use, rich in policy titles and named innovation platforms. A regression gate for entity
 * extraction beyond the letters its rules were drawn from: policy and centre micro F1 must not fall
 * below what was last reached. Letters 16-19, 20-23, 24-26 and 27-28 were written after a round of rule changes and
 * measured before the next (held-out batches). The whole report always goes to target/golden/challenge-entities/summary.txt.
 */
class EntityChallengeGoldenTest {
    static final Path LETTERS = Path.of("src/test/resources/challenge-entities/letters");
    static final Path GOLD = Path.of("src/test/resources/challenge-entities/gold");
    /** The measured F1 rounded down; raise it when the extractor improves, never lower it to pass. */
    static final Thresholds GATE = new Thresholds(null, 1.0, 1.0);

    @Test
    void challengeCorpusKeepsItsEntityScores() throws IOException, GoldFormatException, IngestException {
        List<GoldenCorpus.Case> cases = GoldenCorpus.cases(LETTERS, GOLD);
        assertEquals(28, cases.size(), "challenge letters in " + LETTERS);
        List<Evaluator.Scored> scored = new ArrayList<>();
        for (GoldenCorpus.Case c : cases) {
            assertTrue(Files.isRegularFile(c.gold()), "no gold for " + c);
            scored.add(GoldenCorpus.score(c));
        }
        Evaluation ev = new Evaluation(scored.stream().map(Evaluator.Scored::score).toList(), List.of(), List.of());
        List<String> failures = new ArrayList<>(GATE.failures(ev));
        if (ev.forbiddenLiteralDocuments() > 0)
            failures.add(ev.forbiddenLiteralDocuments() + " letters with a forbidden literal among the extracted strings");
        Path out = Files.createDirectories(GoldenCorpus.OUT.resolve("challenge-entities"));
        Files.writeString(out.resolve("summary.txt"), new TextReport().render(ev, failures), StandardCharsets.UTF_8);
        if (failures.isEmpty()) return;
        for (int i = 0; i < cases.size(); i++)
            if (!scored.get(i).score().perfect()) GoldenCorpus.writeFailure("challenge-entities", cases.get(i), scored.get(i));
        fail(String.format(Locale.ROOT, "challenge corpus below its gate: %s%npolicy F1 %.4f, centre F1 %.4f (report in %s)",
                failures, ev.micro(ListKind.POLICY_DOCUMENTS).f1(), ev.micro(ListKind.INNOVATION_CENTRES).f1(),
                out.resolve("summary.txt")));
    }
}
