package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every query of queries/ on the hand-built letters, whose facts are known exactly. */
class QueriesTest {
    static DatasetGraph ds;

    @BeforeAll
    static void build() {
        ds = CorpusBuilder.newDataset();
        GraphWriter w = new GraphWriter(BuildOptions.defaults());
        w.write(Fixtures.provincial(), ds);
        w.write(Fixtures.city(), ds);
        w.write(Fixtures.damaged(), ds);
    }

    static final Set<String> TESTED = Set.of("letters-per-agency", "proposals-per-session", "who-proposed-what",
            "agency-response-days", "centres-across-provinces", "policies-cited-most", "co-handling-network",
            "members-over-sessions", "statistics-table", "table-totals", "documents-mentioning-centre",
            "category-distribution", "contact-list", "evidence", "agencies-mentioned", "centre-profiles", "letters-per-province");

    @Test
    void everyQueryIsCommentedAndTested() throws IOException {
        assertEquals(TESTED, Set.copyOf(NamedQueries.standard().names()));
        for (String name : TESTED) {
            String text = Files.readString(Path.of("queries", name + ".rq"));
            assertTrue(text.startsWith("#"), name + " opens with a comment");
            // Self-contained: declares its own prefixes, so it runs as is in Fuseki's query form too.
            org.apache.jena.query.QueryFactory.create(text);
        }
    }

    @Test
    void lettersPerAgency() {
        assertEquals(List.of(List.of("杭州市科学技术局", "1"), List.of("陕西省工业和信息化厅", "1")),
                QueryResults.rows("letters-per-agency", ds));
    }

    @Test
    void lettersPerProvinceWithTheirWikidataItems() {
        // the Hangzhou letter belongs to a city: no province node
        assertEquals(List.of(List.of("陕西省", "http://www.wikidata.org/entity/Q47974", "1")),
                QueryResults.rows("letters-per-province", ds));
    }

    @Test
    void proposalsPerSession() {
        assertEquals(List.of(List.of("政协陕西省委员会", "12", "4", "1"), List.of("杭州市人民代表大会", "14", "3", "1")),
                QueryResults.rows("proposals-per-session", ds));
    }

    @Test
    void whoProposedWhat() {
        assertEquals(List.of(
                List.of("徐甲甲", "NpcSuggestion", "萧山45", "关于在杭州综合性国家科学中心下设立工业智能研究院的建议", "杭州市科学技术局"),
                List.of("蒲小川", "CppccProposal", "604", "关于打造科创平台的建议", "陕西省工业和信息化厅"),
                List.of("袁小宁", "CppccProposal", "604", "关于打造科创平台的建议", "陕西省工业和信息化厅")),
                QueryResults.rows("who-proposed-what", ds));
    }

    @Test
    void agencyResponseDays() {
        // 2023-05-12 written, 2023-08-04 published: 84 days.
        assertEquals(List.of(List.of("杭州市科学技术局", "1", "84.0", "84")), QueryResults.rows("agency-response-days", ds));
    }

    @Test
    void centresAcrossProvinces() {
        assertEquals(List.of(List.of("国家增材制造创新中心", "1", "陕西省"), List.of("杭州综合性国家科学中心", "1", "杭州市")),
                QueryResults.rows("centres-across-provinces", ds));
    }

    @Test
    void policiesCitedMost() {
        assertEquals(List.of(List.of("中国制造2025", "1"), List.of("关于开展制造业创新中心创建工作的实施方案", "1")),
                QueryResults.rows("policies-cited-most", ds));
    }

    @Test
    void coHandlingNetwork() {
        assertEquals(List.of(List.of("杭州市科学技术局", "杭州市经济和信息化局", "1"),
                List.of("陕西省工业和信息化厅", "陕西省发展和改革委员会", "1")), QueryResults.rows("co-handling-network", ds));
    }

    @Test
    void membersOverSessions() {
        assertEquals(List.of(
                List.of("徐甲甲", "杭州市人民代表大会", "14", "3", "萧山45", "关于在杭州综合性国家科学中心下设立工业智能研究院的建议"),
                List.of("蒲小川", "政协陕西省委员会", "12", "4", "604", "关于打造科创平台的建议"),
                List.of("袁小宁", "政协陕西省委员会", "12", "4", "604", "关于打造科创平台的建议")),
                QueryResults.rows("members-over-sessions", ds));
    }

    @Test
    void statisticsTable() {
        assertEquals(List.of(
                List.of("003_city.txt", "杭州各区企业研发机构统计表", "上城区", "市研发中心", "181"),
                List.of("003_city.txt", "杭州各区企业研发机构统计表", "上城区", "省研发中心", "100"),
                List.of("003_city.txt", "杭州各区企业研发机构统计表", "拱墅区", "市研发中心", "150"),
                List.of("003_city.txt", "杭州各区企业研发机构统计表", "拱墅区", "省研发中心", "85")),
                QueryResults.rows("statistics-table", ds));
    }

    @Test
    void tableTotals() {
        assertEquals(List.of(
                List.of("003_city.txt", "杭州各区企业研发机构统计表", "市研发中心", "331", "331", "true"),
                List.of("003_city.txt", "杭州各区企业研发机构统计表", "省研发中心", "186", "185", "false")),
                QueryResults.rows("table-totals", ds));
    }

    @Test
    void documentsMentioningCentre() {
        List<List<String>> rows = QueryResults.rows("documents-mentioning-centre", ds);
        assertEquals(List.of("国家增材制造创新中心", "杭州综合性国家科学中心"), rows.stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("000_provincial.txt", "003_city.txt"), rows.stream().map(r -> r.get(1)).toList());
        assertTrue(rows.get(1).get(3).startsWith("關於在杭州綜合性國家科學中心"), "the sentence is the traditional original");
    }

    @Test
    void categoryDistribution() {
        assertEquals(List.of(List.of("B", "1")), QueryResults.rows("category-distribution", ds));
    }

    @Test
    void contactListHasNoMobile() {
        assertEquals(List.of(List.of("杭州市科学技术局", "王晓燕", "", "003_city.txt"),
                List.of("陕西省工业和信息化厅", "黄超", "+86-29-87294985", "000_provincial.txt")), QueryResults.rows("contact-list", ds));
    }

    @Test
    void evidenceOfEveryMention() {
        List<List<String>> rows = QueryResults.rows("evidence", ds);
        // 15 in the provincial letter, 8 in the city letter, 2 in the damaged text (see GraphWriterTest).
        assertEquals(25, rows.size());
        assertTrue(rows.contains(List.of("002_damaged.txt", "0", "6", "山西省经济和信息化委员会", "山西省经信委")));
        // The policy title spans a dropped pinyin annotation: positions, but no quote.
        assertTrue(rows.stream().anyMatch(r -> r.get(3).equals("关于开展制造业创新中心创建工作的实施方案") && r.get(4).isEmpty()));
    }

    @Test
    void agenciesMentioned() {
        assertEquals(List.of(List.of("山西省经济和信息化委员会", "山西省经信委", "1"), List.of("工业和信息化部", "工信部", "1"),
                List.of("杭州市科学技术局", "", "1"), List.of("陕西省工业和信息化厅", "省工信厅", "1")),
                QueryResults.rows("agencies-mentioned", ds));
    }

    @Test
    void centreProfilesGiveKindLevelAndHost() {
        assertTrue(QueryResults.rows("centre-profiles", ds).contains(List.of("国家增材制造创新中心", "制造业创新中心", "国家级",
                "西安增材制造研究院有限公司", "", "", "", "", "", "", "", "")));
    }
}
