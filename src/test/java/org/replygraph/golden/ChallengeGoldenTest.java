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
 * The held-out challenge letters (written to differ in wording and layout from the seeds and dev
 * letters) against their gold, as a regression gate: the thresholds are the measured scores rounded
 * down, raised whenever the extractor improves. The whole report always goes to
 * target/golden/challenge/summary.txt; on failure every imperfect letter's extraction and diff go beside it.
 */
class ChallengeGoldenTest {
    static final Path LETTERS = Path.of("src/test/resources/challenge/letters");
    static final Path GOLD = Path.of("src/test/resources/challenge/gold");
    /**
     * Measured scores rounded down. Before any fix (2026-11-23): fields 0.9791 (328/335), policy F1 1.0,
     * centre F1 0.744; after merging main: fields 0.9821, centre F1 0.826; after the letter-parser fixes:
     * fields 1.0 (335/335), policy F1 1.0, centre F1 0.826. A second batch (c21-c26), written after
     * those fixes, scored fields 0.9794 (95/97) unseen; with the notice fix all 26: fields 1.0 (432/432),
     * policy F1 1.0, centre F1 0.808; with the centre-name fixes (与/及 joins, 第三代, technical verbs,
     * 创新实验室): centre F1 1.0 (28/28). A third batch (c27-c32), written after that, scored fields
     * 0.9691 (94/97) and centre F1 0.923 unseen; after its fixes all 32: fields 1.0 (529/529), policy F1
     * 1.0, centre F1 1.0. A fourth batch (c33-c38) scored fields 0.9412 (96/102) and centre F1 0.75
     * unseen; after its fixes all 38: fields 1.0 (631/631), policy F1 1.0, centre F1 0.974 (a national
     * engineering laboratory whose name opens with a verb is still missed). A fifth batch (c39-c44) scored
     * fields 0.9794 (95/97) and centre F1 0.8 unseen; after its fixes all 44: fields 1.0 (728/728), policy
     * F1 1.0, centre F1 0.965 (佛山季华实验室 and 季华实验室 are still two centres). A sixth batch (c45-c50)
     * scored fields 0.9706 (99/102) and centre F1 0.857 unseen; after its fixes all 50: fields 1.0
     * (830/830), policy F1 1.0, centre F1 0.968. A seventh batch (c51-c56) scored fields 0.9381 (91/97)
     * and centre F1 0.857 unseen; after its fixes all 56: fields 1.0 (927/927), policy F1 1.0, centre F1 0.970.
     * An eighth batch (c57-c62) scored fields 0.9216 (94/102) and centre F1 0.889 unseen; after its fixes
     * all 62: fields 1.0 (1029/1029), policy F1 1.0, centre F1 0.964 (recognisers under extract/entity
     * now belong to another helper: 山东省预制菜产业技术创新中心 is left to it). A ninth batch (c63-c68)
     * scored fields 0.9412 (96/102) unseen; after its fixes all 68: fields 1.0 (1131/1131), policy F1 1.0,
     * centre F1 0.965. A tenth batch (c69-c74) scored fields 0.9216 (94/102) unseen, policy and centre
     * lists unchanged; after its fixes all 74: fields 1.0 (1233/1233), policy F1 1.0, centre F1 0.965.
     * An eleventh batch (c75-c80) scored fields 0.9608 (98/102) unseen; after its fixes all 80: fields 1.0
     * (1335/1335), policy F1 1.0, centre F1 0.966. A twelfth batch (c81-c86) scored fields 0.9608 (98/102)
     * unseen; after its fixes all 86: fields 1.0 (1437/1437), policy F1 1.0, centre F1 0.966. A thirteenth
     * batch (c87-c92) scored fields 0.9608 (98/102) unseen; after its fixes all 92: fields 1.0 (1539/1539),
     * policy F1 1.0, centre F1 0.957: 江苏省农业科技成果转化中心 (c89) is a centre-recogniser miss left to the
     * extract/entity owner, so the centre gate is what main achieves, rounded down. A fourteenth batch
     * (c93-c98) scored fields 0.9706 (99/102) unseen; after its fixes all 98: fields 1.0 (1641/1641), policy
     * F1 1.0, centre F1 0.950 (南京新型研发机构, read from a title, is a centre-recogniser false positive
     * left to the entity owner). After merging main (with the entity owner's recogniser fixes) all 98:
     * fields 1.0 (1641/1641), policy F1 1.0, centre F1 0.967. A fifteenth batch (c99-c104) scored fields
     * 0.9412 (96/102) unseen; after its fixes all 104: fields 1.0 (1743/1743), policy F1 0.995 (江门市“人才新政十条”,
     * a policy title with inner quotes, is a recogniser miss left to the extract/entity owner), centre F1 0.967.
     * A sixteenth batch (c105-c110) scored fields 0.9216 (94/102) unseen; after its fixes all 110: fields 1.0
     * (1845/1845), policy F1 0.996, centre F1 0.967. A seventeenth batch (c111-c116) scored fields 0.9608
     * (98/102) unseen; after its fixes all 116: fields 1.0 (1947/1947), policy F1 0.996, centre F1 0.967.
     * An eighteenth batch (c117-c122) scored fields 0.9510 (97/102) unseen; after its fixes all 122: fields
     * 1.0 (2049/2049), policy F1 0.996, centre F1 0.967. A nineteenth batch (c123-c128) scored fields
     * 0.9608 (98/102) unseen; after its fixes all 128: fields 1.0 (2151/2151), policy F1 0.996, centre F1 0.967.
     * A twentieth batch (c129-c134) scored fields 0.9706 (99/102) unseen; after its fixes all 134: fields 1.0
     * (2253/2253), policy F1 0.996, centre F1 0.967. A twenty-first batch (c135-c140) scored fields 0.9804
     * (100/102) unseen; after its fixes all 140: fields 1.0 (2355/2355), policy F1 0.997, centre F1 0.967.
     * A twenty-second batch (c141-c146) scored fields 0.9804 (100/102) unseen; after its fixes all 146: fields
     * 1.0 (2457/2457), policy F1 0.997, centre F1 0.967. A twenty-third batch (c147-c152) scored fields 0.9412
     * (96/102) unseen; after its fixes all 152: fields 1.0 (2559/2559), policy F1 0.997, centre F1 0.967.
     * After merging main again (the entity owner fixed 江苏省农业科技成果转化中心 and the c36 laboratory): centre
     * F1 0.992 (南京新型研发机构 still invented). A twenty-fourth batch (c153-c158: a 地区, merged bureau names,
     * a county-level city, repeated roles, a prefecture short and full) scored fields 1.0 (102/102) unseen, with
     * no change: all 158: fields 1.0 (2661/2661), policy F1 0.997, centre F1 0.992.
     */
    static final Thresholds CHALLENGE = new Thresholds(1.0, 0.99, 0.99);

    @Test
    void challengeCorpusMeetsTheThresholds() throws IOException, GoldFormatException, IngestException {
        List<GoldenCorpus.Case> cases = GoldenCorpus.cases(LETTERS, GOLD);
        assertEquals(158, cases.size(), "challenge letters in " + LETTERS);
        for (GoldenCorpus.Case c : cases) assertTrue(Files.isRegularFile(c.gold()), "no gold for " + c);
        List<Evaluator.Scored> scored = new ArrayList<>();
        for (GoldenCorpus.Case c : cases) scored.add(GoldenCorpus.score(c));
        Evaluation ev = new Evaluation(scored.stream().map(Evaluator.Scored::score).toList(), List.of(), List.of());
        List<String> failures = new ArrayList<>(CHALLENGE.failures(ev));
        if (ev.forbiddenLiteralDocuments() > 0)
            failures.add(ev.forbiddenLiteralDocuments() + " letters with a forbidden literal among the extracted strings");
        Path summary = Files.createDirectories(GoldenCorpus.OUT.resolve("challenge")).resolve("summary.txt");
        Files.writeString(summary, new TextReport().render(ev, failures), StandardCharsets.UTF_8);
        if (failures.isEmpty()) return;
        List<String> imperfect = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (scored.get(i).score().perfect()) continue;
            GoldenCorpus.writeFailure("challenge", cases.get(i), scored.get(i));  // prints that letter's diff
            imperfect.add(cases.get(i).toString());
        }
        fail(String.format(Locale.ROOT, "challenge corpus below thresholds: %s%nimperfect letters: %s%n"
                        + "letter fields %.4f, policy F1 %.4f, centre F1 %.4f (summary in %s)",
                failures, imperfect, ev.letterFieldAccuracy(), ev.micro(ListKind.POLICY_DOCUMENTS).f1(),
                ev.micro(ListKind.INNOVATION_CENTRES).f1(), summary));
    }
}
