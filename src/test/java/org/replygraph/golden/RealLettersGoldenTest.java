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
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.replygraph.evaluate.Evaluation;
import org.replygraph.evaluate.Evaluator;
import org.replygraph.evaluate.GoldFormatException;
import org.replygraph.evaluate.ListKind;
import org.replygraph.evaluate.TextReport;
import org.replygraph.evaluate.Thresholds;
import org.replygraph.ingest.IngestException;

/**
 * Real reply letters as governments publish them (ministry to township, 2012-2025, official sites and
 * mirrors with chrome, spam and pinyin debris), gold written before the extractor ran on them and scored
 * batch by batch (src/test/resources/real/SCORES.md). This is a regression gate, not a claim of quality:
 * the floors sit just below what was measured.
 * <p>
 * Measured 2026-12-06 over all 75 letters (in-sample for r001-r068, whose errors were read and whose chrome the
 * body finder and the category/contact/salutation patterns were written against; unseen for batch 8, r069-r075,
 * scored once after the body finder, before those patterns, which changed none of its fields): letter fields
 * 0.9506 (1212/1275; 0.9176 before the category, contact and salutation patterns), policy F1 0.880 (tp 22, fp 3, fn 3), centre F1 0.857 (tp 3, fp 1, fn 0: real letters
 * name few platforms, so this figure is fragile), 2 letters with a spam literal among the extracted strings. The
 * unseen figures alone: batch 8 fields 0.9496 (113/119); pooled first scores of all eight batches 0.9169
 * (1169/1275). Batch 9 (r076-r082, unseen, the first batch scored after the category/contact/salutation
 * patterns): fields 0.9244 (110/119), policy F1 0.800; over all 82 letters 0.9484 (1322/1394), policy F1 0.873
 * (tp 24, fp 4, fn 3), centre F1 0.857, so the floors still hold unchanged; pooled first scores of all nine batches
 * 0.9175 (1279/1394). Batch 10 (r083-r093, unseen, chosen for their platforms and policies): fields 0.9412 (176/187),
 * policy F1 1.000, centre F1 0.696; over all 93 letters 0.9475, 0.896, 0.733, so the centre floor moved to 0.73 with the
 * new letters (not a regression on the old ones); pooled first scores of all ten batches 0.9203 (1455/1581). Then rules
 * written against the misses of all 93 (co-handling tails and synonyms, issuers in headings/contact lines/the body,
 * proposers in the opening sentence, titles and numbers, separate-line metadata, closing dates, standards, name edges),
 * in-sample: fields 0.9709 (1535/1581), policy F1 0.923, centre F1 0.800; floors raised to 0.965, 0.92, 0.79.
 * Batch 11 (r094-r103, unseen, scored with those rules): fields 0.9529 (162/170), policy F1 0.727 (tp 4, fp 0,
 * fn 3), centre F1 0.000 (fn 1); over all 103 letters 0.9692 (1697/1751), 0.895 (tp 34, fp 2, fn 6), 0.774 (tp 12,
 * fp 3, fn 4), so the policy and centre floors were LOWERED to 0.89 and 0.77 by the new letters (the first 93 score
 * as before); pooled first scores of all eleven batches 0.9235 (1617/1751). Rules after batch 11 (in-sample):
 * fields 0.9732 (1704/1751). Batch 12 (r104-r116, unseen, chosen for platforms and policies, scored with those
 * rules, NOT yet fixed): fields 0.9457 (209/221), policy F1 0.947 (tp 9, fp 0, fn 1), centre F1 0.667 (tp 5,
 * fp 0, fn 5); over all 116 letters 0.9701 (1913/1972), 0.905 (tp 43, fp 2, fn 7), 0.739 (tp 17, fp 3, fn 9), so
 * the centre floor was LOWERED from 0.77 to the measured 0.739 by the new letters (the first 103 score as before),
 * and the forbidden-literal gate from 2 to 3 letters (r111, a spam mirror whose proposal title carries the spam);
 * pooled first scores of all twelve batches 0.9260 (1826/1972). Batch 13 (r117-r126, unseen, no rule changed, NOT yet
 * fixed): fields 0.9882 (168/170), policy F1 1.000 (tp 4), centre F1 0.000 (fn 1); over all 126 letters 0.9715
 * (2081/2142), 0.913 (tp 47, fp 2, fn 7), 0.723 (tp 17, fp 3, fn 10), so the centre floor was LOWERED again, from
 * 0.739 to the measured 0.723, by the new letters (the first 116 score as before); pooled first scores of all
 * thirteen batches 0.9309 (1994/2142). Then rules of issue 9 §2/§3 (platforms by context, policies by cue, salutation,
 * title, number, date, bullet-metadata and document-number patterns; batch 12's classes), IN-SAMPLE over all 126: fields 0.9916 (2124/2142), policy F1
 * 0.981 (tp 53, fp 1, fn 1), centre F1 0.962 (tp 25, fp 0, fn 2); floors raised to the measured values rounded down.
 * Batch 13 was merged after those rules were written and scored the same with them (168/170, nothing invented).
 * In-sample figures measure no accuracy on new letters: the pooled unseen score (SCORES.md) is the yardstick.
 * Batch 14 (r127-r138, unseen, scored with main 528f767 after those rules, NOT yet fixed): fields 0.9363 (191/204),
 * policy F1 0.941 (tp 8, fp 1), centre F1 0.667 (tp 2, fp 2); over all 138 letters 0.9868 (2315/2346), policy F1
 * 0.976 (tp 61, fp 2, fn 1), centre F1 0.931 (tp 27, fp 2, fn 2), so the three floors were LOWERED from 0.991 / 0.981 /
 * 0.961 to the measured values by the new letters (the first 126 score as before, 2124/2142).
 * Then letter-structure rules for batch 14's classes 18-23 and the older misses (salutations with the assembly's place,
 * kind from the acknowledgement noun, issuers self-described or in the heading's parentheses, 经商 without comma, session
 * places after debris; SCORES.md "After batch 14"), IN-SAMPLE over r001-r138: fields 0.9953 (2335/2346), policy and
 * centre unchanged; the fields floor raised from 0.986 to 0.995.
 * Then entities by context (feat/entities4: agencies, platforms and policies by context, issue 9 §3/§4), IN-SAMPLE over
 * all 138 after merging the rules above: fields 0.9966 (2338/2346), policy F1 0.984 (tp 62, fp 2, fn 0), centre F1
 * 0.982 (tp 28, fp 0, fn 1); the policy and centre floors were raised to 0.983 / 0.982 (agencies mentioned, not gated
 * here: F1 0.961, P 0.955, R 0.966 on the harmonised gold, from 0.614).
 * Batch 15 (r139-r149, unseen, scored with main 361c85a, no rule changed, NOT yet fixed): fields 0.9251 (173/187),
 * policy F1 1.000 (tp 7), centre F1 0.533 (tp 4, fp 3, fn 4); over all 149 letters 0.9826 (2489/2533), policy F1
 * 0.978 (tp 68, fp 2, fn 1), centre F1 0.849 (tp 31, fp 5, fn 6), so the fields and centre floors were LOWERED from
 * 0.986 / 0.931 to the measured 0.982 / 0.849 by the new letters (the first 138 score as before, 2316/2346); the
 * policy floor 0.975 still holds.
 * Batches 16 (r153-r164) and 17 (r165-r177), staged in real/unscored while feat/rules4, feat/entities4 and feat/chrome3
 * were written and scored once on main 0e89202 (SCORES.md), moved into this set unchanged: over all 174 letters fields
 * 0.9804 (2900/2958), policy F1 0.983 (tp 87, fp 3, fn 0), centre F1 0.821 (tp 32, fp 3, fn 11), 2 letters with a
 * forbidden literal, so the fields and centre floors were LOWERED from 0.991 / 0.888 to 0.980 / 0.820 by the new
 * letters (not fixed: their misses are the next rules' material); the policy floor 0.983 holds.
 * After feat/rules5 (letter structure for batches 16 and 17's misses, IN-SAMPLE): fields 0.9949 (2943/2958), policy F1
 * 0.983, centre F1 0.821, 2 letters with a forbidden literal; the fields floor raised from 0.980 to 0.994.
 * Then platforms and agencies by context (feat/platforms5, issue 9 §3: named bodies with an innovation head in a
 * platform context, fields joined by 和 before a count, agency edges and second nodes; SCORES.md "After batches 16 and 17:
 * platforms and agencies"), IN-SAMPLE over all 174: centre F1 0.977 (tp 42, fp 1, fn 1), agencies F1 0.940, fields and
 * policy unchanged; the centre floor raised from 0.820 to 0.976 (0.9767 rounded down).
 * Batches 18 (r178-r189), 19 (r191-r203) and 20 (r205-r215), staged in real/unscored while feat/rules5, feat/platforms5
 * and feat/chrome4 were written, scored once on main ff8dfa5 after all three were merged (SCORES.md: fields 590/612,
 * policy F1 0.947, centre F1 0.581 unseen) and moved into this set unchanged: over all 210 letters fields 0.9908
 * (3537/3570), policy F1 0.974 (tp 114, fp 5, fn 1), centre F1 0.872 (tp 51, fp 7, fn 8), no letter with a forbidden
 * literal, so the three floors were LOWERED from 0.994 / 0.983 / 0.976 to 0.990 / 0.974 / 0.871 by the new letters (the
 * first 174 score as before; the new letters' misses are the next rules' material).
 * Then two letter-structure patterns of batch 18's misses (IN-SAMPLE): co-handlers consulted after study and before the
 * answer (经认真研究并商A、B,现答复如下) and a 文号 after a spaced label (文    号:(2017)…号): fields 0.9916 (3540/3570),
 * co-handlers F1 0.897 -> 0.926; the fields floor raised from 0.990 to 0.991.
 * Then r213 and r214 (batch 20) were found to be the pages of r113 and r114 (batch 12) collected again and were removed
 * (DistinctSourcesTest now keeps every page once): over the 208 letters fields 0.9915 (3506/3536), policy F1 0.974,
 * centre F1 0.863 (tp 44, fp 7, fn 7), so the centre floor moved from 0.871 to 0.862 (0.8627 rounded down; the copies scored 7 of 8).
 * Then feat/rules6 (letter structure for the general miss patterns of batches 18-20, IN-SAMPLE): co-handlers outside the
 * answering sentence and with bracketed aliases, towns and list tails; masked, bulleted, forwarded and in-body proposers;
 * sector-class and unquoted-title numbers; published dates in three more layouts and 发文日期 no longer the page's;
 * a contact without colon, a spaced signer: over the 208 letters fields 0.9972 (3526/3536, from 3506); the fields floor raised from 0.991 to 0.997.
 * Then platform and policy patterns of batches 18-20's misses (feat/platforms6, IN-SAMPLE; SCORES.md "After batches
 * 18-20: platforms and policies"): fields quoted before 等 and a national kind, a count of one, openers and bracketed
 * places in a name, academies being built, platforms approved as projects; weak heads need an innovation word and are
 * no service or finance hub; classes gathered by 一批; nested issuer titles, programmes and answer lists. Over the 208:
 * policy F1 0.974 -> 0.991 (tp 114, fp 2, fn 0), centre F1 0.863 -> 0.980 (tp 50, fp 1, fn 1), fields unchanged; the
 * policy and centre floors raised from 0.974 / 0.862 to 0.991 / 0.980.
 * Batches 21-25 (r216-r268), staged in real/unscored while feat/rules6, feat/platforms6 and feat/facts6 were written,
 * scored once on main 1163b34 after all three were merged (SCORES.md: fields 760/799, policy F1 0.929, centre F1 0.200
 * unseen) and moved into this set unchanged: over all 255 letters fields 0.9887 (4286/4335), policy F1 0.979 (tp 140,
 * fp 3, fn 3), centre F1 0.852 (tp 52, fp 4, fn 14), so the floors were LOWERED to 0.988 / 0.979 / 0.852 by the new
 * letters (the first 208 score as before; the new letters' misses are the next rules' material).
 * feat/rules7 wrote letter-structure rules against batches 21-25's misses (IN-SAMPLE, SCORES.md): over all 255 fields
 * 0.9887 -> 0.9979 (4326/4335; batches 21-25 alone 760 -> 798 of 799), policy and centre F1 unchanged; the fields floor
 * raised from 0.988 to 0.997.
 * Then platform and policy patterns of batches 21-25's misses (feat/platforms7, IN-SAMPLE; SCORES.md "After batches
 * 21-25: platforms and policies"): every field of a list before a shared class (A、B和C等一批部级重点实验室), heads that
 * only name platforms after a named body (众创空间, 星创天地, 科创港 …), the name cells of a platform table (and a cut
 * letter's table after its last paragraph), classes by a class word or a locative (…类…基地中…); emergency plans (预案),
 * instructing letters (…工作的函) with a cue, short names given by 以下简称. Over the 255: policy F1 0.979 -> 0.993
 * (tp 143, fp 2, fn 0), centre F1 0.852 -> 1.000 (tp 66, fp 0, fn 0), fields unchanged; the policy and centre floors
 * raised from 0.979 / 0.852 to 0.993 / 1.0.
 * Batches 26-28 (r269-r304, 32 letters) were scored once on 13f58bc (SCORES.md "Batches 26-28": fields 0.897 unseen)
 * and moved into this set unchanged: over all 287 letters fields 0.9865 (4813/4879), policy F1 0.984 (tp 154, fp 2,
 * fn 3), centre F1 1.000 (tp 67), so the fields and policy floors were LOWERED to 0.986 / 0.984 by the new letters.
 * feat/rules8 (in-sample): a page is a letter from a combination of cues (a co-handler's 提出如下协办意见; a heading
 * calling the page a motion's answer over an opening that names the motion and its proposer, no 收悉; a closing sentence
 * is no heading for the body finder): fields 0.9865 -> 0.9918 (4839/4879), lists unchanged; fields floor raised to 0.991;
 * then a flattened letter's line breaks restored (LineSplitter): 0.9926 (4843/4879), floor 0.992.
 * Batch 29 (r305-r314, 10 letters) was scored once on f200576 (fields 167/170 unseen) and moved into this set unchanged:
 * over all 297 letters fields 0.9923 (5010/5049), policy F1 0.9845 (tp 159, fp 2, fn 3), centre F1 1.000 (tp 67).
 * Then (feat/rules9, IN-SAMPLE) a number coded B(2017)103, a title opening the body unquoted, a writer named right after
 * the motion (…的建议,某某交警大队高度重视) and a signer after 领导署名: fields 0.9931 (5014/5049), lists unchanged; floor 0.993.
 * Batches 30-32 (r315-r348, 34 letters) were scored once on 2e99849 (SCORES.md "Batches 30-32": fields 548/573 unseen)
 * and moved into this set unchanged: over all 331 letters fields 0.9893 (5562/5622), policy F1 0.9746 (tp 173, fp 3,
 * fn 6), centre F1 1.000 (tp 67), so the fields and policy floors were LOWERED to 0.989 / 0.974 (0.9746 rounded down) by the new letters.
 * Then (feat/rules10, IN-SAMPLE) an answer addressed to a government and closed by the motion it answers, labelled
 * proposer and title lines (委员姓名:, 提案内容:), a bare bracketed number after the title, a lower-case category, a phone
 * whose contact lost its label, 与…等协办单位, the document a notice issues (印发<…>), a ﹝﹞ 文号 and a standard called one:
 * fields 0.99199 (5577/5622), policy F1 0.9832 (tp 176, fp 3, fn 3), centre 1.000; floors raised to 0.991 (0.99199 rounded down) / 0.983 / 1.0.
 * Batch 33 (r349-r359, 11 letters) was scored once on f63c552 (fields 180/187 unseen) and moved into this set unchanged:
 * over all 342 letters fields 0.99105 (5757/5809), policy F1 0.984 (tp 181, fp 3, fn 3), centre F1 1.000 (tp 67): the
 * floors hold unchanged. Then feat/gaps and feat/chrome12 (IN-SAMPLE): fields 0.99122 (5758/5809), lists unchanged.
 * Batch 34 (r360-r369, 10 letters) was scored once on 64de09b (fields 160/170 unseen) and moved into this set unchanged:
 * over all 352 letters fields 0.98980 (5918/5979), policy F1 0.984 (tp 188, fp 3, fn 3), centre F1 1.000 (tp 67), so
 * the fields floor was LOWERED to 0.989 by the new letters.
 * Raise the floors when the extractor improves.
 */
class RealLettersGoldenTest {
    static final Path REAL = Path.of("src/test/resources/real");
    static final Path LETTERS = REAL.resolve("letters");
    static final Path GOLD = REAL.resolve("gold");
    static final Thresholds REAL_FLOOR = new Thresholds(0.989, 0.983, 1.0); // measured over 352 with batch 34 (unseen, not yet fixed): 0.98980 / 0.984 / 1.0
    /**
     * Letters whose extracted strings carry a gold forbidden literal (spam); measured 2 over 103 letters, 3 over 116
     * (batch 12 adds r111, unseen and not yet fixed: 中国体育彩票 in place of 关于 in the proposal title); still 3 over 126;
     * 4 over 138 (batch 14 adds r127, unseen and not yet fixed: spam in place of the region in a policy title); 0 over 138
     * after feat/chrome3's gambling-spam detector (in-sample); batch 15 (unseen, scored before that detector) added r139
     * (pinyin debris with a space, 创(chuàng ), in the title); over 149 after the merge: 1 (r139); over 174 with batches
     * 16 and 17: 2 (r157 adds a misspelt gambling word the detector does not know as the writer); 0 after feat/chrome4
     * (in-sample: misspellings by sound, pinyin debris with a space).
     */
    static final int MAX_FORBIDDEN_LITERAL_LETTERS = 0;

    @Test
    void realLettersMeetTheFloor() throws IOException, GoldFormatException, IngestException {
        List<GoldenCorpus.Case> cases = GoldenCorpus.cases(LETTERS, GOLD);
        assertEquals(352, cases.size(), "real letters in " + LETTERS);
        for (GoldenCorpus.Case c : cases) assertTrue(Files.isRegularFile(c.gold()), "no gold for " + c);
        List<Evaluator.Scored> scored = new ArrayList<>();
        for (GoldenCorpus.Case c : cases) scored.add(GoldenCorpus.score(c));
        Evaluation ev = new Evaluation(scored.stream().map(Evaluator.Scored::score).toList(), List.of(), List.of());
        List<String> failures = new ArrayList<>(REAL_FLOOR.failures(ev));
        if (ev.forbiddenLiteralDocuments() > MAX_FORBIDDEN_LITERAL_LETTERS)
            failures.add(ev.forbiddenLiteralDocuments() + " letters with a forbidden literal among the extracted strings (floor "
                    + MAX_FORBIDDEN_LITERAL_LETTERS + ")");
        Path summary = Files.createDirectories(GoldenCorpus.OUT.resolve("real")).resolve("summary.txt");
        Files.writeString(summary, new TextReport().render(ev, failures), StandardCharsets.UTF_8);
        if (failures.isEmpty()) return;
        fail(String.format(Locale.ROOT, "real letters below the floor: %s%n"
                        + "letter fields %.4f, policy F1 %.4f, centre F1 %.4f (per-letter report in %s)",
                failures, ev.letterFieldAccuracy(), ev.micro(ListKind.POLICY_DOCUMENTS).f1(),
                ev.micro(ListKind.INNOVATION_CENTRES).f1(), summary));
    }

    /** Every letter has exactly one SOURCES.tsv row (with its url) and every row names a letter that exists. */
    @Test
    void everyLetterHasOneSourceRow() throws IOException {
        List<String> lines = Files.readAllLines(REAL.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
        assertEquals("file\tsource_url\tregion\tlevel\tyear\tkind\tcompleteness\tbatch\tnote", lines.get(0));
        Set<String> listed = new TreeSet<>();
        for (String row : lines.subList(1, lines.size())) {
            String[] cells = row.split("\t", -1);
            assertEquals(9, cells.length, "columns in SOURCES.tsv row " + row);
            assertTrue(listed.add(cells[0]), "listed twice in SOURCES.tsv: " + cells[0]);
            assertTrue(cells[1].startsWith("http://") || cells[1].startsWith("https://"), "no url for " + cells[0]);
            assertTrue(Files.isRegularFile(LETTERS.resolve(cells[0])), "SOURCES.tsv names a missing letter: " + cells[0]);
        }
        Set<String> present = new TreeSet<>();
        try (var files = Files.list(LETTERS)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).forEach(present::add);
        }
        assertEquals(present, listed, "letters in " + LETTERS + " versus SOURCES.tsv");
    }
}
