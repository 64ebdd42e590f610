package org.replygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluate command on a small folder whose gold no extractor can meet (it asks for a proposal the
 * text does not contain), so the exit codes do not depend on how good extraction is today.
 */
class EvaluateCommandTest {
    @TempDir
    Path dir;
    Path gold;
    Path letters;

    @BeforeEach
    void corpus() throws IOException {
        gold = Files.createDirectories(dir.resolve("gold"));
        letters = Files.createDirectories(dir.resolve("letters"));
        Files.writeString(letters.resolve("a_note.txt"), "会议通知：请各单位于下周一上午九时参加会议。\n");
        Files.writeString(letters.resolve("b_nogold.txt"), "另一则通知。\n");
        Files.writeString(gold.resolve("a_note.json"), """
                {"file": "a_note.txt", "doc_type": "reply_letter",
                 "proposal": {"kind": "proposal", "number": "999999", "title": "关于不存在的事项的提案",
                              "proposers": [], "proposer_role": null, "proposing_unit": null, "session": null},
                 "replying_agency": ["不存在的局"], "co_handling_agencies": [], "signer": null, "category": null,
                 "doc_number": null, "index_number": null, "date": null, "published": null,
                 "contact_person": null, "contact_phone": null, "policy_documents": [], "not_policy_documents": [],
                 "innovation_centres": [], "optional_innovation_centres": [], "forbidden_literals": []}
                """);
    }

    @Test
    void failedThresholdExitsInvalidAndListsMissingGold() {
        CliRun r = CliRun.of("evaluate", "--gold", gold.toString(), letters.toString(), "--min-fields", "0.95");
        assertEquals(Main.INVALID, r.exit(), r.err());
        String report = r.out();
        assertTrue(report.startsWith("ReplyGraph evaluation: 1 documents scored, 1 without gold, 0 gold errors\n"), report);
        assertTrue(report.contains("  miss      proposal.number: expected 999999, got "), report);
        assertTrue(report.contains("== Inputs without gold (not scored)\n  " + letters.resolve("b_nogold.txt") + "\n"), report);
        assertTrue(report.contains("Threshold FAILED: letter-level field accuracy "), report);
    }

    @Test
    void noThresholdExitsOk() {
        CliRun r = CliRun.of("evaluate", "--gold", gold.toString(), letters.resolve("a_note.txt").toString());
        assertEquals(Main.OK, r.exit(), r.err());
        assertTrue(r.out().endsWith("Thresholds: met\n"), r.out());
    }

    @Test
    void jsonReport() {
        CliRun r = CliRun.of("evaluate", "--json", "--gold", gold.toString(), letters.toString(), "--min-policy-f1", "0.5");
        assertEquals(Main.OK, r.exit(), "an empty policy list found empty scores 1.0");
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(1, json.get("documents_scored").getAsInt());
        assertEquals(1.0, json.getAsJsonObject("lists").getAsJsonObject("policy_documents").get("f1").getAsDouble());
        assertEquals("a_note.txt", json.getAsJsonArray("documents").get(0).getAsJsonObject().get("file").getAsString());
        assertEquals(letters.resolve("b_nogold.txt").toString(), json.getAsJsonArray("missing_gold").get(0).getAsString());
        assertEquals(true, json.get("thresholds_met").getAsBoolean());
    }

    @Test
    void badGoldFileIsListedWithoutStoppingTheOthers() throws IOException {
        Files.writeString(gold.resolve("b_nogold.json"), "{\"file\": \"b_nogold.txt\", \"doc_type\": \"memo\"}");
        CliRun r = CliRun.of("evaluate", "--gold", gold.toString(), letters.toString());
        assertEquals(Main.OK, r.exit(), r.err());
        assertTrue(r.out().contains("== Gold files that could not be read\n  " + gold.resolve("b_nogold.json")
                + ": doc_type: unknown doc_type \"memo\": must be reply_letter, other or either\n"), r.out());
        assertTrue(r.out().startsWith("ReplyGraph evaluation: 1 documents scored, 1 without gold, 1 gold errors"));
    }

    @Test
    void missingInputFails() {
        CliRun r = CliRun.of("evaluate", "--gold", gold.toString(), dir.resolve("nope").toString());
        assertEquals(Main.FAILURE, r.exit());
        assertEquals("replygraph evaluate: " + dir.resolve("nope") + ": no such file or folder\n", r.err());
    }

    @Test
    void missingGoldFolderFailsNamingIt() {
        Path none = dir.resolve("no-gold");
        CliRun r = CliRun.of("evaluate", "--gold", none.toString(), letters.toString());
        assertEquals(Main.FAILURE, r.exit());
        assertEquals("replygraph evaluate: Illegal gold folder=" + none + " : not a directory\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void thresholdOutOfRangeIsAUsageError() {
        CliRun r = CliRun.of("evaluate", "--gold", gold.toString(), letters.toString(), "--min-fields", "95");
        assertEquals(Main.USAGE, r.exit());
        assertEquals("replygraph evaluate: Illegal min-fields=95.0 : must be between 0 and 1\n", r.err());
    }

    @Test
    void sameReportInAnyInputOrder() {
        CliRun first = CliRun.of("evaluate", "--json", "--gold", gold.toString(), letters.resolve("b_nogold.txt").toString(),
                letters.resolve("a_note.txt").toString());
        CliRun second = CliRun.of("evaluate", "--json", "--gold", gold.toString(), letters.resolve("a_note.txt").toString(),
                letters.resolve("b_nogold.txt").toString());
        assertEquals(Main.OK, first.exit(), first.err());
        assertEquals(first.out(), second.out());
    }
}
