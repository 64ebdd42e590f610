package org.replygraph.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.replygraph.evaluate.DocumentScore;
import org.replygraph.evaluate.Evaluator;
import org.replygraph.evaluate.FieldResult;
import org.replygraph.evaluate.GoldFormatException;
import org.replygraph.evaluate.ListKind;
import org.replygraph.ingest.IngestException;

/**
 * Each seed letter against its gold: every letter-level field right, policy documents F1 1.0,
 * innovation centres F1 at least 0.95, no policy the gold lists as not one, no forbidden literal. On failure the actual extraction and the
 * report go to target/golden/seeds/.
 */
class SeedGoldenTest {
    static List<GoldenCorpus.Case> seeds() throws IOException {
        List<GoldenCorpus.Case> cases = GoldenCorpus.cases(GoldenCorpus.SEED_LETTERS, GoldenCorpus.SEED_GOLD);
        assertTrue(cases.size() >= 5, "the five seed letters are in " + GoldenCorpus.SEED_LETTERS);
        for (GoldenCorpus.Case c : cases) assertTrue(Files.isRegularFile(c.gold()), "no gold for " + c);
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedMatchesGold(GoldenCorpus.Case c) throws GoldFormatException, IngestException {
        Evaluator.Scored scored = GoldenCorpus.score(c);
        DocumentScore s = scored.score();
        boolean fields = s.fields().stream().allMatch(FieldResult::right);
        boolean policies = GoldenCorpus.f1(s, ListKind.POLICY_DOCUMENTS) == 1.0;
        boolean centres = GoldenCorpus.f1(s, ListKind.INNOVATION_CENTRES) >= 0.95;
        boolean notPolicies = GoldenCorpus.listedAsNotPolicies(s).isEmpty();
        if (!fields || !policies || !centres || !notPolicies || !s.forbiddenHits().isEmpty())
            fail(GoldenCorpus.writeFailure("seeds", c, scored));
    }
}
