package org.replygraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GoldReaderTest {
    static final Path SEEDS = Path.of("src/test/resources/gold/seeds");
    static final Path DEV = Path.of("src/test/resources/dev/gold");
    private final GoldReader reader = new GoldReader();

    static Stream<Path> allGoldFiles() throws IOException {
        try (Stream<Path> a = Files.list(SEEDS); Stream<Path> b = Files.list(DEV)) {
            return Stream.concat(a.toList().stream(), b.toList().stream()).sorted();
        }
    }

    @Test
    void thereAreSeventeenGoldFiles() throws IOException {
        assertEquals(17, allGoldFiles().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allGoldFiles")
    void readsEveryGoldFile(Path file) throws GoldFormatException {
        GoldDocument g = reader.read(file);
        assertEquals(file.getFileName().toString().replace(".json", ""), g.stem());
        assertEquals(List.of(), g.unknownKeys());
        if (g.docType() == GoldDocType.REPLY_LETTER) assertTrue(g.proposal() != null, "a reply letter answers a proposal");
    }

    @Test
    void seedWithSessionAndNotPolicyDocument() throws GoldFormatException {
        GoldDocument g = reader.read(SEEDS.resolve("000_5dc32466c623b959.json"));
        assertEquals(GoldDocType.REPLY_LETTER, g.docType());
        assertEquals(GoldValue.of("604"), g.proposal().number());
        assertEquals(List.of("蒲小川", "袁小宁"), g.proposal().proposers());
        assertEquals(new GoldDocument.Session(List.of("陕西省政协", "政协陕西省委员会", "中国人民政治协商会议陕西省委员会"), 12, 4),
                g.proposal().session());
        assertEquals("replying_agency", g.agencyField());
        assertEquals(GoldValue.ABSENT, g.indexNumber());
        assertEquals(List.of(List.of("中国制造2025"), List.of("关于进一步加强国家增材制造创新中心建设工作的通知")), g.policyDocuments());
        assertEquals(List.of("增材制造"), g.notPolicyDocuments());
        assertEquals(List.of(List.of("国家增材制造创新中心", "增材制造国家创新中心")), g.innovationCentres());
        assertNull(g.statisticsTable());
    }

    @Test
    void otherDocumentUsesIssuingAgency() throws GoldFormatException {
        GoldDocument g = reader.read(SEEDS.resolve("002_1d1a2c9262ce10cc.json"));
        assertEquals(GoldDocType.OTHER, g.docType());
        assertNull(g.proposal());
        assertEquals("issuing_agency", g.agencyField());
        assertEquals(GoldValue.of("山西省经济和信息化委员会", "省经信委", "山西省经信委"), g.agency());
        assertEquals(List.of("(yè)", "(zhuǎn)", "(jīng)", "(chuàng)", "?!"), g.forbiddenLiterals());
    }

    @Test
    void statisticsTableAndCoHandlerGroups() throws GoldFormatException {
        GoldDocument g = reader.read(SEEDS.resolve("003_3669a09881a7b6b9.json"));
        GoldDocument.Table t = g.statisticsTable();
        assertEquals("杭州各區、縣(市)企業研發機構統計表", t.caption());
        assertEquals(13, t.rows().size());
        assertEquals(List.of(181L, 100L, 27L, 6L), t.rows().get("上城區"));
        assertEquals(List.of(3050L, 1941L, 599L, 132L), t.total());
        assertEquals(List.of(List.of("杭州市人力資源管理局", "市人力資源管理局"),
                List.of("杭州市經信局", "市經信局", "杭州市經濟和信息化局")), g.coHandlers());
    }

    @Test
    void listsOfAcceptableValuesWithNull() throws GoldFormatException {
        GoldDocument g = reader.read(DEV.resolve("06_chengkou-fgw-dabashan-eco-museum.json"));
        assertEquals(new GoldValue(List.of("夏贵金"), true), g.signer());
        assertEquals(new GoldValue(List.of("2022-07-13"), true), g.published());
        assertEquals(GoldValue.of("关于加快建设大巴山生态博物馆的建议", "加快建设大巴山生态博物馆"), g.proposal().title());
        assertEquals(List.of(List.of("大巴山生物多样性保护与利用系统工程规划(2021-2035年",
                "大巴山生物多样性保护与利用系统工程规划(2021-2035年)")), g.policyDocuments());
        assertNull(g.agenciesMentioned(), "the dev gold states no agencies_mentioned: not scored");
        GoldDocument first = reader.read(DEV.resolve("01_sichuan-kjt-yibin-innovative-city.json"));
        assertEquals(GoldValue.of("94", "12050094"), first.proposal().number());
        GoldDocument fifteen = reader.read(DEV.resolve("15_zhengzhou-shangjie-sme-rd-support.json"));
        assertTrue(fifteen.agency().absentOk());
        assertEquals(4, fifteen.agency().values().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"file\": \"x.txt\", \"doc_type\": \"letter\"} | x.json: doc_type: unknown doc_type \"letter\": must be reply_letter, other or either",
            "{\"file\": \"x.txt\", \"doc_type\": \"reply_letter\", | x.json: malformed JSON:",
            "[1, 2] | x.json: expected one JSON object, got a list",
            "{\"doc_type\": \"other\"} | x.json: file: missing: the key is required",
            "{\"file\": \"y.txt\", \"doc_type\": \"other\"} | x.json: file: \"y.txt\" does not match the gold file's name x.json",
            "{\"file\": \"x.txt\", \"doc_type\": \"other\", \"date\": \"2021年5月7日\"} | x.json: date: bad date \"2021年5月7日\": must be YYYY-MM-DD",
            "{\"file\": \"x.txt\", \"doc_type\": \"other\", \"category\": \"D\"} | x.json: category: unknown category \"D\": must be A, B or C",
            "{\"file\": \"x.txt\", \"doc_type\": \"other\", \"signer\": []} | x.json: signer: an empty list accepts nothing: use null",
            "{\"file\": \"x.txt\", \"doc_type\": \"other\", \"signer\": 7} | x.json: signer: expected a string, got 7",
            "{\"file\": \"x.txt\", \"doc_type\": \"reply_letter\", \"proposal\": {\"kind\": \"motion\"}} | x.json: proposal.kind: unknown kind \"motion\": must be proposal or suggestion",
            "{\"file\": \"x.txt\", \"doc_type\": \"reply_letter\", \"proposal\": {\"kind\": \"proposal\", \"session\": {\"body\": [\"陕西省政协\"], \"term\": \"十二\", \"meeting\": 4}}} | x.json: proposal.session.term: expected an integer, got \"十二\"",
            "{\"file\": \"x.txt\", \"doc_type\": \"other\", \"innovation_centres\": [[]]} | x.json: innovation_centres: an item with no acceptable name: []",
    })
    void badGoldNamesTheFileAndTheReason(String json, String message) {
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> reader.parse(Path.of("x.json"), json));
        assertTrue(e.getMessage().startsWith(message), () -> "message was: " + e.getMessage());
    }

    @Test
    void unknownKeysAreKeptAsWarnings() throws GoldFormatException {
        GoldDocument g = reader.parse(Path.of("x.json"), "{\"file\": \"x.txt\", \"doc_type\": \"either\", \"sigher\": null}");
        assertEquals(GoldDocType.EITHER, g.docType());
        assertEquals(List.of("sigher"), g.unknownKeys());
    }

    @Test
    void aBadFileDoesNotStopTheOthers(@TempDir Path dir) throws IOException {
        Files.copy(SEEDS.resolve("000_5dc32466c623b959.json"), dir.resolve("000_5dc32466c623b959.json"));
        Files.writeString(dir.resolve("001_broken.json"), "{\"file\": \"001_broken.txt\", \"doc_type\": \"memo\"}");
        Files.writeString(dir.resolve("002_truncated.json"), "{\"file\": \"002_truncated.txt\"");
        GoldSet set = GoldSet.load(dir);
        assertEquals(List.of("000_5dc32466c623b959"), List.copyOf(set.documents().keySet()));
        assertEquals(2, set.errors().size());
        assertEquals(dir.resolve("001_broken.json") + ": doc_type: unknown doc_type \"memo\": must be reply_letter, other or either",
                set.errors().get(0).getMessage());
        assertTrue(set.errors().get(1).getMessage().startsWith(dir.resolve("002_truncated.json") + ": malformed JSON: "),
                set.errors().get(1).getMessage());
    }

    @Test
    void goldFolderMustExist() {
        IOException e = assertThrows(IOException.class, () -> GoldSet.load(Path.of("no/such/gold")));
        assertEquals("Illegal gold folder=no/such/gold : not a directory", e.getMessage());
    }

    @Test
    void goldValueDescribesAlternatives() {
        assertEquals("94 | 12050094", GoldValue.of("94", "12050094").describe());
        assertEquals("2024-10-08 | null", new GoldValue(List.of("2024-10-08"), true).describe());
        assertEquals("null", GoldValue.ABSENT.describe());
    }
}
