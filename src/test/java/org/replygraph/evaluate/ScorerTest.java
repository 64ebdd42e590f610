package org.replygraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.replygraph.evaluate.FactsBuilder.agency;
import static org.replygraph.evaluate.FactsBuilder.centre;
import static org.replygraph.evaluate.FactsBuilder.person;
import static org.replygraph.evaluate.FactsBuilder.policy;
import static org.replygraph.evaluate.FactsBuilder.proposal;
import static org.replygraph.evaluate.FactsBuilder.session;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.AssemblyKind;
import org.replygraph.extract.fact.DocType;
import org.replygraph.extract.fact.Phone;
import org.replygraph.extract.fact.ProposalKind;
import org.replygraph.extract.fact.StatisticsTable;

/** The scorer on hand-built extractions of the seed documents, against the seed gold files. */
class ScorerTest {
    private static GoldDocument seed000;
    private static GoldDocument seed002;
    private static GoldDocument seed003;
    private final Scorer scorer = new Scorer(new NameNormaliser());

    @BeforeAll
    static void readGold() throws GoldFormatException {
        GoldReader r = new GoldReader();
        seed000 = r.read(GoldReaderTest.SEEDS.resolve("000_5dc32466c623b959.json"));
        seed002 = r.read(GoldReaderTest.SEEDS.resolve("002_1d1a2c9262ce10cc.json"));
        seed003 = r.read(GoldReaderTest.SEEDS.resolve("003_3669a09881a7b6b9.json"));
    }

    /** What a perfect extractor finds in seed 000. */
    static FactsBuilder perfect000() {
        FactsBuilder b = new FactsBuilder();
        b.proposal = proposal(ProposalKind.CPPCC_PROPOSAL, "604", "关于把西安“增材制造国家创新中心”打造为我省重要科创平台的建议",
                List.of("蒲小川", "袁小宁"), "委员", session(AssemblyKind.CPPCC, "陕西省", 12, 4));
        b.issuer = agency("陕西省工业和信息化厅", "陕西省工业和信息化厅");
        b.signer = person("张宗科");
        b.category = "B";
        b.docNumber = "陕工信函〔2021〕154号";
        b.date = "2021-05-07";
        b.policies.add(policy("中国制造2025"));
        b.policies.add(policy("关于进一步加强国家增材制造创新中心建设工作的通知"));
        b.centres.add(centre("国家增材制造创新中心", "增材制造国家创新中心"));
        b.centres.add(centre("陕西省国际科技合作基地", "陕西省国际科技合作基地"));
        b.agencies.add(agency("工业和信息化部", "工信部"));
        b.agencies.add(agency("陕西省工业和信息化厅", "省工信厅"));
        return b;
    }

    private static Map<String, FieldResult> byField(DocumentScore s) {
        return s.fields().stream().collect(Collectors.toMap(FieldResult::field, Function.identity()));
    }

    @Test
    void perfectExtractionScoresOneEverywhere() {
        DocumentScore s = scorer.score(seed000, perfect000().build("000_5dc32466c623b959.txt"));
        assertEquals(17, s.fields().size());
        assertEquals(List.of(), s.fields().stream().filter(f -> !f.right()).toList());
        for (ListScore l : s.lists().values()) assertEquals(1.0, l.f1(), l.kind().key());
        assertEquals(true, s.perfect());
    }

    @Test
    void inventedNullFieldIsCountedAsAnInvention() {
        FactsBuilder b = perfect000();
        b.indexNumber = "11610000MB2963013L/2021-00154";
        b.published = "2021-05-10";
        DocumentScore s = scorer.score(seed000, b.build("000_5dc32466c623b959.txt"));
        FieldResult index = byField(s).get("index_number");
        assertEquals(new FieldResult("index_number", "null", "11610000MB2963013L/2021-00154", false, true), index);
        assertEquals(true, byField(s).get("published").invented());
        assertEquals(15, s.fieldsRight());
    }

    @Test
    void wrongValueIsAMissNotAnInvention() {
        FactsBuilder b = perfect000();
        b.docNumber = "陕工信发〔2021〕92号";
        FieldResult f = byField(scorer.score(seed000, b.build("000_5dc32466c623b959.txt"))).get("doc_number");
        assertEquals(new FieldResult("doc_number", "陕工信函〔2021〕154号", "陕工信发〔2021〕92号", false, false), f);
    }

    @ParameterizedTest(name = "{0} {1} {2}/{3}: {4}")
    @CsvSource({
            "CPPCC, 陕西省, 12, 4, true",              // 政协陕西省委员会 is one of the gold's names
            "CPPCC, 陕西省, 12, 3, false",             // wrong meeting
            "CPPCC, 陕西省, 13, 4, false",             // wrong term
            "PEOPLES_CONGRESS, 陕西省, 12, 4, false",  // 陕西省人大 is not among them
            "CPPCC, 山西省, 12, 4, false",
    })
    void sessionMatchesAnyBodyNameWithTermAndMeeting(AssemblyKind kind, String place, int term, int meeting, boolean right) {
        FactsBuilder b = perfect000();
        b.proposal = proposal(ProposalKind.CPPCC_PROPOSAL, "604", "关于把西安“增材制造国家创新中心”打造为我省重要科创平台的建议",
                List.of("蒲小川", "袁小宁"), "委员", session(kind, place, term, meeting));
        assertEquals(right, byField(scorer.score(seed000, b.build("000.txt"))).get("proposal.session").right());
    }

    @Test
    void districtSessionMatchesItsShortName() throws GoldFormatException {
        // dev 17: 萧山区人大 / 杭州市萧山区人民代表大会 第17届 第3次
        GoldDocument g = new GoldReader().read(GoldReaderTest.DEV.resolve("17_xiaoshan-kjj-enterprise-rd-centres.json"));
        FactsBuilder b = new FactsBuilder();
        b.proposal = proposal(ProposalKind.NPC_SUGGESTION, null, "关于鼓励和引导更多的企业自主规范建设研发中心的建议",
                List.of("赵万里"), "代表", session(AssemblyKind.PEOPLES_CONGRESS, "杭州市萧山区", 17, 3));
        assertEquals(true, byField(scorer.score(g, b.build("17.txt"))).get("proposal.session").right());
    }

    @Test
    void proposersAreASet() {
        FactsBuilder b = perfect000();
        b.proposal = proposal(ProposalKind.CPPCC_PROPOSAL, "604", "关于把西安“增材制造国家创新中心”打造为我省重要科创平台的建议",
                List.of("袁小宁", "蒲小川", "袁小宁"), "委员", session(AssemblyKind.CPPCC, "陕西省", 12, 4));
        DocumentScore s = scorer.score(seed000, b.build("000.txt"));
        assertEquals(true, byField(s).get("proposal.proposers").right());
        assertEquals(1.0, s.lists().get(ListKind.PROPOSERS).f1());
    }

    @Test
    void noGoldProposalCollapsesToOneField() {
        FactsBuilder other = new FactsBuilder();
        other.type = DocType.OTHER;
        other.issuer = agency("山西省经济和信息化委员会", "省经信委");
        other.policies.add(policy("关于开展山西省省级制造业创新中心创建工作的实施方案"));
        other.agencies.add(agency("山西省经济和信息化委员会", "省经信委"));
        DocumentScore s = scorer.score(seed002, other.build("002.txt"));
        assertEquals(List.of("doc_type", "proposal", "issuing_agency", "co_handling_agencies", "signer", "category",
                "doc_number", "index_number", "date", "published", "contact_person", "contact_phone"),
                s.fields().stream().map(FieldResult::field).toList());
        assertEquals(true, s.perfect());

        other.type = DocType.REPLY_LETTER;
        other.proposal = proposal(ProposalKind.CPPCC_PROPOSAL, null, "关于开展山西省省级制造业创新中心创建工作的实施方案",
                List.of(), null, null);
        Map<String, FieldResult> wrong = byField(scorer.score(seed002, other.build("002.txt")));
        assertEquals(false, wrong.get("doc_type").right());
        assertEquals(new FieldResult("proposal", "null", "proposal 关于开展山西省省级制造业创新中心创建工作的实施方案", false, true),
                wrong.get("proposal"));
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource({
            "REPLY_LETTER, reply_letter, true",
            "CO_HANDLING_OPINION, reply_letter, true",
            "OTHER, reply_letter, false",
            "OTHER, other, true",
            "REPLY_LETTER, either, true",
            "OTHER, either, true",
    })
    void docTypes(DocType extracted, String gold, boolean right) {
        assertEquals(right, GoldDocType.fromJson(gold).accepts(extracted));
    }

    @Test
    void personalMobileIsNeverPublishedAndTableIsCompared() {
        FactsBuilder b = new FactsBuilder();
        b.contact = person("王曉燕");
        b.phone = Phone.of("13858150550");
        StatisticsTable.Row row = new StatisticsTable.Row("上城区", List.of(181L, 100L, 27L, 6L), FactsBuilder.AT);
        b.tables.add(new StatisticsTable("杭州各区、县(市)企业研发机构统计表", "区县", List.of("市研发中心", "省研发中心",
                "省企业研究院", "省重点企业研究院"), List.of(row), List.of(3050L, 1941L, 599L, 132L), FactsBuilder.AT));
        DocumentScore s = scorer.score(seed003, b.build("003.txt"));
        Map<String, FieldResult> f = byField(s);
        assertEquals(true, f.get("contact_phone").right(), "gold null: the mobile is not published");
        assertEquals(true, f.get("contact_person").right());
        assertEquals(List.of(), s.forbiddenHits(), "a personal mobile is not among the published strings");
        Map<String, FieldResult> table = s.table().stream().collect(Collectors.toMap(FieldResult::field, Function.identity()));
        assertEquals(true, table.get("statistics_table.caption").right());
        assertEquals(true, table.get("statistics_table.measures").right());
        assertEquals(true, table.get("statistics_table.total").right());
        assertEquals(false, table.get("statistics_table.rows").right());
        assertEquals(true, table.get("statistics_table.rows").got().startsWith("1 rows: missing 拱墅区; "),
                table.get("statistics_table.rows").got());

        b.phone = Phone.of("0571-85170000");
        assertEquals(new FieldResult("contact_phone", "null", "0571-85170000", false, true),
                byField(scorer.score(seed003, b.build("003.txt"))).get("contact_phone"));
    }

    @Test
    void forbiddenLiteralsInExtractedOrPublishedStrings() {
        FactsBuilder b = new FactsBuilder();
        b.type = DocType.OTHER;
        b.policies.add(policy("关于开展山西省省级制造业(zhì)创新中心创建工作的实施方案"));
        DocumentScore s = scorer.score(seed002, b.build("002.txt"));
        assertEquals(List.of(), s.forbiddenHits(), "(zhì) is not listed");
        b.policies.add(policy("关于开展山西省省级制造业创新中心创(chuàng)建工作的实施方案"));
        assertEquals(List.of("(chuàng) in \"关于开展山西省省级制造业创新中心创(chuàng)建工作的实施方案\""),
                scorer.score(seed002, b.build("002.txt")).forbiddenHits());
        // when the graph's literals are given, they are what counts; full-width brackets fold to ASCII ones
        DocumentScore published = scorer.score(seed002, new FactsBuilder().build("002.txt"), Set.of("山西省工（yè）"));
        assertEquals(List.of("(yè) in \"山西省工（yè）\""), published.forbiddenHits());
    }

    @Test
    void evaluationAggregatesMicroScoresAndAccuracy() {
        DocumentScore good = scorer.score(seed000, perfect000().build("000_5dc32466c623b959.txt"));
        FactsBuilder b = perfect000();
        b.policies.remove(1);
        b.date = "2021-05-08";
        DocumentScore worse = scorer.score(seed000, b.build("000_5dc32466c623b959.txt"));
        Evaluation ev = new Evaluation(List.of(worse, good), List.of("seeds/009_x.txt"), List.of());
        assertEquals(33.0 / 34, ev.letterFieldAccuracy(), 1e-12);
        assertEquals(new Evaluation.Tally(1, 2), ev.fieldAccuracy().get("date"));
        ListScore policies = ev.micro(ListKind.POLICY_DOCUMENTS);
        assertEquals(List.of(3, 0, 1), List.of(policies.truePositives(), policies.falsePositives(), policies.falseNegatives()));
        assertEquals(List.of("letter-level field accuracy 0.9706 < 1.0", "policy document F1 0.8571 < 1.0"),
                new Thresholds(1.0, 1.0, 0.95).failures(ev));
        assertEquals(List.of(), new Thresholds(0.97, 0.85, 1.0).failures(ev));
        assertEquals(List.of("no document was scored: every input lacks gold"),
                new Thresholds(0.5, null, null).failures(new Evaluation(List.of(), List.of("a.txt"), List.of())));
    }

    @Test
    void thresholdOutOfRangeIsRejected() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Thresholds(95.0, null, null));
        assertEquals("Illegal min-fields=95.0 : must be between 0 and 1", e.getMessage());
    }

}
