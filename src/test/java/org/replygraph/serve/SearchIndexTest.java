package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchIndexTest {
    private static Graph union;
    private static SearchIndex index;

    @BeforeAll
    static void load() {
        union = SampleData.load().getUnionGraph();
        index = new SearchIndex(union, new EntityIris(SampleData.BASE));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "增材 | 国家增材制造创新中心 | 国家增材制造创新中心",
        "國家增材 | 国家增材制造创新中心 | 國家增材製造創新中心",
        "zengcai zhizao | 国家增材制造创新中心 | Guójiā Zēngcái Zhìzào Chuàngxīn Zhōngxīn",
        "省工信厅 | 陕西省工业和信息化厅 | 省工信厅",
        "xinxihua | 陕西省工业和信息化厅 | Shǎnxī Shěng Gōngyè hé Xìnxīhuà Tīng",
        "科學技術 | 西安市科学技术局 | 西安市科學技術局",
        "陝西省工業 | 陕西省工业和信息化厅 | 陕西省工业和信息化厅",
    })
    void findsBySimplifiedTraditionalOrPinyin(String query, String label, String matched) {
        List<SearchIndex.Hit> hits = index.search(query, 10, new Labels(union));
        assertEquals(label, hits.get(0).label());
        assertEquals(matched, hits.get(0).matched());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Guójiā Zēngcái | guojiazengcai",
        "Shǎnxī Shěng | shanxisheng",
        "国家 增材 | 国家增材",
        "lǜ-sè | luse",
    })
    void foldsTonesCaseAndSpaces(String text, String folded) {
        assertEquals(folded, SearchIndex.fold(text));
    }
}
