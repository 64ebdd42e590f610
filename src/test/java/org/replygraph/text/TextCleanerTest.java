package org.replygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    static Stream<Arguments> folding() {
        return Stream.of(
                Arguments.of("line endings", "类别:B\r\n签发人:张宗科\r陕工信函〔2021〕154号", "类别:B\n签发人:张宗科\n陕工信函〔2021〕154号"),
                Arguments.of("full-width forms", "（第６０４号）：ＱＦＬＰ", "(第604号):QFLP"),
                Arguments.of("kept marks", "〔2021〕《方案》“三项改革”、。", "〔2021〕《方案》“三项改革”、。"),
                Arguments.of("exotic spaces", "联\u3000系\u00a0人:\t冉晓豪", "联系人: 冉晓豪"), // spaced label chars joined (LabelLayout)
                Arguments.of("zero-width", "市科\u200b技局\ufeff", "市科技局"),
                Arguments.of("space runs and trims", "  湖北省科技厅    \n\n\n  2024年7月23日   ", "湖北省科技厅\n2024年7月23日"),
                Arguments.of("single spaces between Han stay", "发布机构: 杭州市科学技术局 生成日期: 2023-08-04",
                        "发布机构: 杭州市科学技术局 生成日期: 2023-08-04"),
                Arguments.of("real full-width question mark", "如何推进？我们认为", "如何推进?我们认为"),
                Arguments.of("compatibility ideograph", "\uf900", "岂"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folding")
    void folds(String name, String original, String expected) {
        assertEquals(expected, cleaner.clean(original).text());
    }

    static Stream<Arguments> pinyin() {
        return Stream.of(
                Arguments.of("以制造業(yè)轉(zhuǎn)型升級", "以制造业转型升级"),
                Arguments.of("產(chǎn)學(xué)研", "产学研"),
                Arguments.of("創（chuàng）新", "创新"),
                Arguments.of("我们(men)的(de)", "我们的"),
                Arguments.of("創(chua\u0300ng)新", "创新"),
                // a space inside the parentheses (r139, a mirror of a ministry letter): 会(huì ), 创(chuàng ), and before
                Arguments.of("政协十二届全国委员会(huì )第四次会(huì )议", "政协十二届全国委员会第四次会议"),
                Arguments.of("在科技创(chuàng )新中作用", "在科技创新中作用"),
                Arguments.of("創（ chuàng）新", "创新"),
                Arguments.of("發(fā  zhǎn )展", "发展"),
                // after a Latin letter standing for a char a mirror's encoding lost (r337): toned readings only
                Arguments.of("收悉,F(xiàn)答复如下", "收悉,F答复如下"),
                // never removed
                Arguments.of("Dr(de)与Mr(ma)", "Dr(de)与Mr(ma)"),
                Arguments.of("型号A(a)", "型号A(a)"),
                Arguments.of("指导意见(试行)", "指导意见(试行)"),
                Arguments.of("合伙人(QFLP)试点", "合伙人(QFLP)试点"),
                Arguments.of("三年行动计划(2024-2026年)", "三年行动计划(2024-2026年)"),
                Arguments.of("方案(a)", "方案(a)"),
                Arguments.of("办法(shi xing ban)", "办法(shi xing ban)"),
                Arguments.of("2019 (yè)", "2019 (yè)"),
                Arguments.of("方案( )", "方案( )"),
                Arguments.of("方案(a )", "方案(a )"),
                Arguments.of("办法(shi xing )", "办法(shi xing )"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pinyin")
    void removesPinyinReadingsOnly(String original, String expected) {
        assertEquals(expected, cleaner.clean(original).text());
    }

    static Stream<Arguments> damage() {
        return Stream.of(
                // seed 002: "?!" and the "?" by the comma are damage, and so is the private-use char
                Arguments.of("競爭能力?!苯\ue3d3?,省經信委", "竞争能力苯,省经信委"),
                Arguments.of("关于\ufffd\ufffd市", "关于市"),
                Arguments.of("关于??市", "关于市"),
                Arguments.of("能力?。", "能力。"),
                // not damage
                Arguments.of("怎么办?我们认为", "怎么办?我们认为"),
                Arguments.of("如何推进？", "如何推进?"),
                Arguments.of("What?!", "What?!"),
                Arguments.of("感谢您对科技工作的关心与支持!", "感谢您对科技工作的关心与支持!"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void removesTranscodingDamage(String original, String expected) {
        assertEquals(expected, cleaner.clean(original).text());
    }

    @Test
    void mapsEveryCleanedCharBackToItsOriginal() {
        String original = "當前位置 :\r\n杭州市科學技術局\u3000關於(guān)市十四屆人大";
        CleanText ct = cleaner.clean(original);
        assertEquals("杭州市科学技术局 关于市十四届人大", ct.text());
        int s = ct.text().indexOf("杭州市科学技术局");
        assertEquals("杭州市科學技術局", ct.originalSlice(s, s + 8));
        int g = ct.text().indexOf("关于");
        assertEquals("關於", ct.originalSlice(g, g + 2));
        assertEquals("\u3000", ct.originalSlice(s + 8, s + 9));
        assertEquals(original.indexOf("市十四"), ct.originalStart(g + 2));
        assertTrue(ct.traditional());
    }

    /** 陜 (U+965C), a variant of 陝 the simplifier does not know, is 陕; other chars and offsets are untouched. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void foldsVariantCharsTheSimplifierDoesNotKnow(String original, String cleaned) {
        CleanText ct = cleaner.clean(original);
        assertEquals(cleaned, ct.text());
        int s = ct.text().indexOf('陕');
        if (original.indexOf('陜') >= 0) assertEquals("陜", ct.originalSlice(s, s + 1), "the evidence still points at the variant");
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("陜西省西咸新區開發建設管理委員會", "陕西省西咸新区开发建设管理委员会"),
                Arguments.of("關于陜西省政協第十二屆五次會議第225號提案的復函", "关于陕西省政协第十二届五次会议第225号提案的复函"),
                Arguments.of("陕西省知识产权局", "陕西省知识产权局"),
                Arguments.of("陝西省知識產權局", "陕西省知识产权局"));
    }

    @Test
    void simplifiedTextIsNotTraditional() {
        assertFalse(cleaner.clean("陕西省工业和信息化厅\n2021年5月7日").traditional());
        assertFalse(cleaner.clean("").traditional());
        assertEquals("", cleaner.clean(" \n\t").text());
    }
}
