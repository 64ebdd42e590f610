package org.replygraph.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.replygraph.evaluate.DocumentScore;
import org.replygraph.evaluate.Evaluation;
import org.replygraph.evaluate.Evaluator;
import org.replygraph.evaluate.GoldFormatException;
import org.replygraph.evaluate.ListKind;
import org.replygraph.evaluate.TextReport;
import org.replygraph.evaluate.Thresholds;
import org.replygraph.ingest.IngestException;

/**
 * The dev letters against their gold, as a corpus: letter-level field accuracy at least 0.95, policy
 * documents and innovation centres micro F1 at least 0.9, no policy the gold lists as not one, no forbidden literal. On failure every imperfect letter's
 * extraction and report go to target/golden/dev/, with the whole report in summary.txt.
 */
class DevGoldenTest {
    static final Thresholds DEV = new Thresholds(0.95, 0.9, 0.9);

    @Test
    void devCorpusMeetsTheThresholds() throws IOException, GoldFormatException, IngestException {
        List<GoldenCorpus.Case> cases = GoldenCorpus.cases(GoldenCorpus.DEV_LETTERS, GoldenCorpus.DEV_GOLD);
        assertEquals(12, cases.size(), "dev letters in " + GoldenCorpus.DEV_LETTERS);
        List<Evaluator.Scored> scored = new ArrayList<>();
        for (GoldenCorpus.Case c : cases) scored.add(GoldenCorpus.score(c));
        Evaluation ev = new Evaluation(scored.stream().map(Evaluator.Scored::score).toList(), List.of(), List.of());
        List<String> failures = new ArrayList<>(DEV.failures(ev));
        if (ev.forbiddenLiteralDocuments() > 0)
            failures.add(ev.forbiddenLiteralDocuments() + " letters with a forbidden literal among the extracted strings");
        for (Evaluator.Scored x : scored)
            if (!GoldenCorpus.listedAsNotPolicies(x.score()).isEmpty())
                failures.add(x.score().file() + " extracts not_policy_documents " + GoldenCorpus.listedAsNotPolicies(x.score()));
        if (failures.isEmpty()) return;
        StringBuilder message = new StringBuilder("dev corpus below thresholds: " + failures + "\nimperfect letters:");
        for (int i = 0; i < cases.size(); i++) {
            DocumentScore s = scored.get(i).score();
            if (s.perfect()) continue;
            GoldenCorpus.writeFailure("dev", cases.get(i), scored.get(i));  // prints that letter's diff
            message.append(' ').append(cases.get(i));
        }
        String report = new TextReport().render(ev, failures);
        Files.writeString(Files.createDirectories(GoldenCorpus.OUT.resolve("dev")).resolve("summary.txt"), report);
        message.append(String.format(Locale.ROOT, "%nletter fields %.4f, policy F1 %.4f, centre F1 %.4f (summary in %s)",
                ev.letterFieldAccuracy(), ev.micro(ListKind.POLICY_DOCUMENTS).f1(),
                ev.micro(ListKind.INNOVATION_CENTRES).f1(), GoldenCorpus.OUT.resolve("dev/summary.txt")));
        fail(message.toString());
    }
}
