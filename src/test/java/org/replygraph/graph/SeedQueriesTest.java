package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The queries of queries/ on the five seeds, checked against what their gold files say. */
class SeedQueriesTest {
    static DatasetGraph ds;
    static List<JsonObject> gold = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        ds = CorpusBuilder.newDataset();
        new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("seeds")), ds);
        try (var files = Files.list(Path.of("src/test/resources/gold/seeds"))) {
            for (Path p : files.sorted().toList()) gold.add(JsonParser.parseString(Files.readString(p)).getAsJsonObject());
        }
    }

    /** Gold-format comparison: simplified, NFKC, without spaces and quotation marks. */
    static String norm(String s) {
        return Normalizer.normalize(HanLP.convertToSimplifiedChinese(s), Normalizer.Form.NFKC)
                .replaceAll("[\\s\"'“”‘’《》]", "");
    }

    static Set<String> column(String query, int col) {
        return QueryResults.rows(query, ds).stream().map(r -> norm(r.get(col))).collect(Collectors.toSet());
    }

    /** Every group of acceptable names in {@code key} of every gold file has one name among {@code found}. */
    static void everyGroupFound(String key, Set<String> found) {
        for (JsonObject g : gold) {
            JsonElement e = g.get(key);
            if (e == null || e.isJsonNull()) continue;
            for (JsonElement group : e.getAsJsonArray()) {
                List<String> names = new ArrayList<>();
                if (group.isJsonArray()) group.getAsJsonArray().forEach(n -> names.add(norm(n.getAsString())));
                else names.add(norm(group.getAsString()));
                assertTrue(names.stream().anyMatch(found::contains), () -> g.get("file") + ": none of " + names + " in " + found);
            }
        }
    }

    @Test
    void lettersPerProvinceOnTheSeeds() {
        // 000 and 001 answer from Shaanxi, 004 from Hubei; 003 is Hangzhou's (a city), 002 is no reply letter
        assertEquals(List.of(List.of("陕西省", "http://www.wikidata.org/entity/Q47974", "2"),
                        List.of("湖北省", "http://www.wikidata.org/entity/Q46862", "1")),
                QueryResults.rows("letters-per-province", ds));
    }

    @Test
    void lettersPerAgencyCountsEachReplyingAgencyOnce() {
        List<List<String>> rows = QueryResults.rows("letters-per-agency", ds);
        assertEquals(List.of("杭州市科学技术局", "湖北省科学技术厅", "陕西省工业和信息化厅", "陕西省科学技术厅"),
                rows.stream().map(r -> r.get(0)).toList());
        assertEquals(Set.of("1"), rows.stream().map(r -> r.get(1)).collect(Collectors.toSet()));
    }

    @Test
    void proposalsPerSession() {
        assertEquals(List.of(List.of("政协湖北省委员会", "13", "2", "1"), List.of("政协陕西省委员会", "12", "4", "1"),
                List.of("杭州市人民代表大会", "14", "3", "1")), QueryResults.rows("proposals-per-session", ds));
    }

    @Test
    void whoProposedWhat() {
        List<List<String>> rows = QueryResults.rows("who-proposed-what", ds);
        assertEquals(List.of("张锋 CppccProposal ", "徐甲甲 NpcSuggestion 萧山45", "蒲小川 CppccProposal 604", "袁小宁 CppccProposal 604"),
                rows.stream().map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2)).toList());
    }

    @Test
    void agencyResponseDays() {
        // 2023-05-12 to 2023-08-04 and 2024-07-23 to 2024-09-02.
        assertEquals(List.of(List.of("杭州市科学技术局", "1", "84.0", "84"), List.of("湖北省科学技术厅", "1", "41.0", "41")),
                QueryResults.rows("agency-response-days", ds));
    }

    @Test
    void centresAreNamedInOneProvinceEach() {
        List<List<String>> rows = QueryResults.rows("centres-across-provinces", ds);
        assertEquals(Set.of("1"), rows.stream().map(r -> r.get(1)).collect(Collectors.toSet()));
        everyGroupFound("innovation_centres", column("centres-across-provinces", 0));
        assertTrue(rows.contains(List.of("国家增材制造创新中心", "1", "陕西省")));
    }

    @Test
    void policiesCitedMost() {
        Set<String> found = column("policies-cited-most", 0);
        everyGroupFound("policy_documents", found);
        for (JsonObject g : gold)
            for (JsonElement not : g.getAsJsonArray("not_policy_documents"))
                assertTrue(!found.contains(norm(not.getAsString())), () -> not + " is not a policy document");
    }

    @Test
    void coHandlingNetwork() {
        List<List<String>> rows = QueryResults.rows("co-handling-network", ds);
        assertEquals(6, rows.size());
        Set<String> coHandlers = column("co-handling-network", 1);
        everyGroupFound("co_handling_agencies", coHandlers);
    }

    @Test
    void membersOverSessions() {
        assertEquals(List.of("张锋    ", "徐甲甲 杭州市人民代表大会 14 3 萧山45", "蒲小川 政协陕西省委员会 12 4 604",
                        "袁小宁 政协陕西省委员会 12 4 604"),
                QueryResults.rows("members-over-sessions", ds).stream()
                        .map(r -> String.join(" ", r.subList(0, 5))).toList());
    }

    @Test
    void statisticsTable() {
        List<List<String>> rows = QueryResults.rows("statistics-table", ds);
        assertEquals(52, rows.size());
        assertEquals(List.of("003_3669a09881a7b6b9.txt", "杭州各区、县(市)企业研发机构统计表", "上城区", "市研发中心", "181"),
                rows.get(0).stream().map(SeedQueriesTest::norm).toList());
    }

    @Test
    void tableTotals() {
        JsonArray total = gold.get(3).getAsJsonObject("statistics_table").getAsJsonArray("total");
        List<List<String>> rows = QueryResults.rows("table-totals", ds);
        assertEquals(4, rows.size());
        for (int i = 0; i < 4; i++) assertEquals(List.of(total.get(i).getAsString(), total.get(i).getAsString(), "true"), rows.get(i).subList(3, 6));
    }

    @Test
    void documentsMentioningCentre() {
        List<List<String>> rows = QueryResults.rows("documents-mentioning-centre", ds);
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("国家增材制造创新中心") && r.get(1).equals("000_5dc32466c623b959.txt")
                && r.get(3).contains("国家增材制造创新中心")));
        assertEquals(Set.of("000_5dc32466c623b959.txt", "001_60e5ecf956b3d736.txt", "003_3669a09881a7b6b9.txt",
                "004_d7130a2498b5e7f4.txt"), rows.stream().map(r -> r.get(1)).collect(Collectors.toSet()));
    }

    @Test
    void categoryDistribution() {
        assertEquals(List.of(List.of("A", "1"), List.of("B", "1")), QueryResults.rows("category-distribution", ds));
    }

    @Test
    void contactListWithoutMobiles() {
        assertEquals(List.of(List.of("杭州市科学技术局", "王晓燕", "", "003_3669a09881a7b6b9.txt"),
                List.of("陕西省科学技术厅", "黄超", "+86-29-87294985", "001_60e5ecf956b3d736.txt")), QueryResults.rows("contact-list", ds));
    }

    @Test
    void evidenceQuotesEveryCentreOfSeed000() {
        List<List<String>> rows = QueryResults.rows("evidence", ds);
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("000_5dc32466c623b959.txt") && r.get(4).equals("国家增材制造创新中心")));
        // Seed 003 is traditional: the quote is the original spelling.
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("003_3669a09881a7b6b9.txt") && r.get(4).equals("杭州綜合性國家科學中心")));
    }

    @Test
    void agenciesMentioned() {
        everyGroupFound("agencies_mentioned", column("agencies-mentioned", 0));
    }

    @Test
    void centreProfilesOfSeed000And004() {
        List<List<String>> rows = QueryResults.rows("centre-profiles", ds);
        List<String> head = List.of("国家增材制造创新中心", "创新中心", "国家级", "西安增材制造研究院有限公司", "2016-12", "2019-09", "");
        assertEquals(List.of(List.of("参与单位数", "13", "家", "false", "核心企业"), List.of("参与单位数", "8", "家", "false", "用户企业"),
                        List.of("参与单位数", "5", "家", "false", "研究机构"), List.of("参与单位数", "5", "所", "false", "重点高校")),
                rows.stream().filter(r -> r.subList(0, 7).equals(head)).map(r -> r.subList(7, 12)).toList());
        assertTrue(rows.contains(List.of("信息光电子创新中心", "创新中心", "国家级", "中信科公司", "", "", "2017", "", "", "", "", "")));
        assertTrue(rows.contains(List.of("数字化设计与制造创新中心", "创新中心", "国家级", "华中科技大学", "", "", "2018", "", "", "", "", "")));
    }
}
