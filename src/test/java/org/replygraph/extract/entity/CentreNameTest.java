package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words of platform names, on names from the letters; negatives are categories, not names. */
class CentreNameTest {
    private final NamePhrase phrases = new NamePhrase();

    @ParameterizedTest(name = "{0} ends in {1}")
    @CsvSource(delimiter = '#', nullValues = "null", textBlock = """
            国家增材制造创新中心 # 创新中心
            广东省印刷及柔性显示制造业创新中心 # 制造业创新中心
            湖南省工程机械中试基地 # 中试基地
            之江实验室 # 实验室
            湖北省智能制造新型研发机构 # 新型研发机构
            张江创新平台 # null
            研究院院长 # null
            省科技厅 # null
            """)
    void readsTheKindAtTheEndLongestFirst(String text, String kind) {
        assertEquals(kind, CentreName.kindEndingAt(text, text.length()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            湖北三峡 # true
            数字化设计与制造 # true
            西湖 # true
            企业国家 # false
            陕西省 # false
            省级 # false
            申报市级 # false
            2家企业 # false
            材料领域 # false
            """)
    void namesSomethingOnlyBeyondItsGenericWords(String head, boolean proper) {
        assertEquals(proper, CentreName.isProperName(phrases.words(head, 0, head.length())), () -> phrases.words(head, 0, head.length()).toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', nullValues = "null", textBlock = """
            国家增材制造创新中心 # national
            湖北省实验室 # provincial
            省重点实验室 # provincial
            广西智能制造创新中心 # provincial
            上海张江实验室 # municipal
            杭州市未来产业研究院 # municipal
            北京市科学中心 # municipal
            之江实验室 # null
            西湖实验室 # null
            """)
    void theLevelANameStatesOrImplies(String name, String level) {
        assertEquals(level, CentreName.level(name));
    }

    @Test
    void 国家BeforeTheKindMovesToTheFrontUnlessTheNameNamesARegion() {
        assertEquals("国家增材制造创新中心", CentreName.canonical("增材制造国家", "创新中心", false));
        assertEquals("杭州综合性国家科学中心", CentreName.canonical("杭州综合性国家", "科学中心", true));
        assertEquals("国家创新中心", CentreName.canonical("国家", "创新中心", false), "国家 alone stays where it is");
    }

    @Test
    void genericAndLevelWordsAreDistinct() {
        assertTrue(CentreName.isGeneric("首批"));
        assertTrue(CentreName.isGeneric("教育部"), "the ministry that awards a rank");
        assertFalse(CentreName.isGeneric("三峡"));
        assertTrue(CentreName.isLevelWord("全省"));
        assertFalse(CentreName.isLevelWord("企业"), "generic, but no level");
        assertNull(CentreName.kindEndingAt("", 0));
    }
}
