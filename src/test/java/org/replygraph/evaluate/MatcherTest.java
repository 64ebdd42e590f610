package org.replygraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matching of single values (with alternatives and null) and of lists of name groups, on real gold values. */
class MatcherTest {
    private final NameNormaliser n = new NameNormaliser();
    private final ListScorer lists = new ListScorer(n);

    @ParameterizedTest(name = "{0} accepts {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            // seed 003: gold in traditional characters, extraction in simplified
            "關於在杭州綜合性國家科學中心下設立工業智能研究院的建議 | 关于在杭州综合性国家科学中心下设立工业智能研究院的建议 | true",
            "關於在杭州綜合性國家科學中心下設立工業智能研究院的建議 | 关于在杭州综合性国家科学中心下设立工业智能研究院 | false",
            // seed 000: quotation marks in the title are not significant
            "关于把西安“增材制造国家创新中心”打造为我省重要科创平台的建议 | 关于把西安\"增材制造国家创新中心\"打造为我省重要科创平台的建议 | true",
            "604 | 604 | true",
            "604 | 第604号 | false",
            "604 | NULL | false",
    })
    void singleValue(String gold, String got, boolean right) {
        assertEquals(right, GoldValue.of(gold).accepts(got, n));
    }

    @Test
    void nullInTheListAcceptsAbsence() {
        // dev 06: "signer": ["夏贵金", null]
        GoldValue signer = new GoldValue(List.of("夏贵金"), true);
        assertEquals(true, signer.accepts(null, n));
        assertEquals(true, signer.accepts("夏贵金", n));
        assertEquals(false, signer.accepts("冉晓豪", n));
        // dev 01: "number": ["94", "12050094"] has no null: absence is wrong
        GoldValue number = GoldValue.of("94", "12050094");
        assertEquals(true, number.accepts("12050094", n));
        assertEquals(false, number.accepts(null, n));
    }

    @Test
    void agencyMatchesByNameOrSurface() {
        GoldValue replying = GoldValue.of("杭州市科學技術局", "杭州市科技局");
        assertEquals(true, replying.acceptsAny(List.of("杭州市科学技术局", "市科技局"), n));
        assertEquals(true, replying.acceptsAny(List.of("浙江省杭州市科学技术局", "杭州市科技局"), n));
        assertEquals(false, replying.acceptsAny(List.of("杭州市经济和信息化局", "市经信局"), n));
        assertEquals(false, replying.acceptsAny(List.of(), n));
    }

    @Test
    void coHandlerGroupsMatchOneToOne() {
        // seed 003: two co-handlers, each with its acceptable names
        List<List<String>> gold = List.of(List.of("杭州市人力資源管理局", "市人力資源管理局"),
                List.of("杭州市經信局", "市經信局", "杭州市經濟和信息化局"));
        List<Candidate> both = List.of(Candidate.of("杭州市经济和信息化局", "市经信局"),
                Candidate.of("杭州市人力资源管理局", "市人力资源管理局"));
        assertEquals(true, lists.exact(gold, both));
        ListScore one = lists.score(ListKind.CO_HANDLING_AGENCIES, gold, both.subList(0, 1), Set.of(), Set.of());
        assertEquals(List.of(1, 0, 1), List.of(one.truePositives(), one.falsePositives(), one.falseNegatives()));
        assertEquals(List.of("杭州市人力資源管理局 | 市人力資源管理局"), one.missed());
        // the same body extracted under two spellings pairs with one group only
        List<Candidate> twice = List.of(Candidate.of("杭州市经济和信息化局", "市经信局"), Candidate.of("杭州市经信局", "杭州市经信局"));
        ListScore dup = lists.score(ListKind.CO_HANDLING_AGENCIES, gold, twice, Set.of(), Set.of());
        assertEquals(List.of(1, 1, 1), List.of(dup.truePositives(), dup.falsePositives(), dup.falseNegatives()));
        assertEquals(List.of("杭州市经信局 (again: 杭州市經信局 is already matched)"), dup.extra());
        assertEquals(false, lists.exact(gold, twice));
    }

    @Test
    void centresMatchAnyAcceptableNameOfTheGroup() {
        // seed 004: "信息光电子创新中心" was upgraded to national level; both names are right
        List<List<String>> gold = List.of(List.of("湖北三峡实验室"), List.of("信息光电子创新中心", "国家信息光电子创新中心"));
        List<Candidate> got = List.of(Candidate.of("国家信息光电子创新中心", "信息光电子"), Candidate.of("湖北三峡实验室", null),
                Candidate.of("科创供应链平台", null));
        ListScore s = lists.score(ListKind.INNOVATION_CENTRES, gold, got, Set.of("科创供应链平台"), Set.of());
        assertEquals(List.of(2, 0, 0), List.of(s.truePositives(), s.falsePositives(), s.falseNegatives()));
        assertEquals(1.0, s.f1());
    }

    @Test
    void notPolicyDocumentIsAFalsePositiveAndOptionalIsIgnored() {
        // seed 000: 《增材制造》 is an internal periodical
        List<List<String>> gold = List.of(List.of("中国制造2025"), List.of("关于进一步加强国家增材制造创新中心建设工作的通知"));
        List<Candidate> got = List.of(Candidate.of("中国制造2025", null), Candidate.of("增材制造", null),
                Candidate.of("中国制造２０２５", null));
        ListScore s = lists.score(ListKind.POLICY_DOCUMENTS, gold, got, Set.of(), Set.of("增材制造"));
        assertEquals(List.of(1, 1, 1), List.of(s.truePositives(), s.falsePositives(), s.falseNegatives()));
        assertEquals(List.of("增材制造 (listed as not one)"), s.extra());
        assertEquals(0.5, s.precision());
        assertEquals(0.5, s.recall());
    }

    @Test
    void emptyGoldAndNothingExtractedIsPerfect() {
        ListScore s = lists.score(ListKind.POLICY_DOCUMENTS, List.of(), List.of(), Set.of(), Set.of());
        assertEquals(List.of(1.0, 1.0, 1.0), List.of(s.precision(), s.recall(), s.f1()));
        ListScore invented = lists.score(ListKind.POLICY_DOCUMENTS, List.of(), List.of(Candidate.of("方案", null)), Set.of(), Set.of());
        assertEquals(List.of(0.0, 1.0, 0.0), List.of(invented.precision(), invented.recall(), invented.f1()));
    }
}
