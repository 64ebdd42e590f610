package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a name's left edge lies, on phrases from the letters; negatives say what must not be part of it. */
class NamePhraseTest {
    private final NamePhrase phrases = new NamePhrase();

    /** The name that ends where {@code head} begins in {@code text}. */
    private String nameBefore(String text, String head) {
        int to = text.lastIndexOf(head);
        return text.substring(phrases.nameStart(text, 0, to), to);
    }

    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '#', nullValues = "null", emptyValue = "", textBlock = """
            首先感谢您对国家增材制造创新中心 # 创新中心 # 国家增材制造
            成立了陕西省乳制品包装材料及装备关键技术重点实验室 # 重点实验室 # 陕西省乳制品包装材料及装备关键技术
            获批2024年度江西省重点实验室 # 重点实验室 # 江西省
            积极支持东南海洋福建省实验室 # 实验室 # 东南海洋福建省
            依托西北有色金属研究院 # 研究院 # 西北有色金属
            推动第三代半导体技术创新中心 # 技术创新中心 # 第三代半导体
            """)
    void readsTheNameBackToAVerbOrParticle(String text, String head, String name) {
        assertEquals(name, nameBefore(text, head));
    }

    /** What stands before the name in the text must not be taken into it: verbs, particles, category words. */
    @ParameterizedTest(name = "{0} | {1} must not take {2}")
    @CsvSource(delimiter = '#', textBlock = """
            首先感谢您对国家增材制造创新中心 # 创新中心 # 对
            成立了陕西省乳制品包装材料及装备关键技术重点实验室 # 重点实验室 # 成立
            获批2024年度江西省重点实验室 # 重点实验室 # 年度
            大力推进省级中试基地 # 中试基地 # 推进
            重庆市林业局与西南大学 # 大学 # 林业局
            积极争取国家技术创新中心 # 技术创新中心 # 争取
            已报送江汉示例中试平台 # 中试平台 # 报送
            """)
    void negativesStayOutsideTheName(String text, String head, String notInName) {
        assertFalse(nameBefore(text, head).contains(notInName), () -> nameBefore(text, head));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            园区集聚重点实验室 # 重点实验室
            启动省级中试基地 # 中试基地
            各类企业研发中心 # 研发中心
            """)
    void aVerbOrCategoryBeforeAKindLeavesNoProperName(String text, String head) {
        String name = nameBefore(text, head);
        assertFalse(CentreName.isProperName(phrases.words(text, text.indexOf(name), text.lastIndexOf(head))), name);
    }
}
