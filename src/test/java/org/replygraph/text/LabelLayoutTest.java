package org.replygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Field labels laid out one way: spaced chars joined, a label alone on its line takes the next line as its value. */
class LabelLayoutTest {
    private static final LabelLayout LAYOUT = new LabelLayout();

    static Stream<Arguments> texts() {
        return Stream.of(
                // spaced chars and a space before the colon
                Arguments.of("联 系 人 :杨谦堂", "联系人:杨谦堂"),
                Arguments.of("发 布 日 期 : 2024-09-10", "发布日期: 2024-09-10"),
                Arguments.of("联系人 :王金荣", "联系人:王金荣"),
                Arguments.of("单位联系电话:0887-8626537 联 系 人 :王金荣", "单位联系电话:0887-8626537 联系人:王金荣"),
                Arguments.of("(联 系 人 及 电 话 :杨谦堂,15126801666)", "(联系人及电话:杨谦堂,15126801666)"),
                Arguments.of("索 引 号:002489460/2024-00121", "索引号:002489460/2024-00121"),
                // a label alone on its line takes the value below it
                Arguments.of("联系人:\n杨谦堂", "联系人:杨谦堂"),
                Arguments.of("联系电话:\n0371-6xxxxxxx-801\n此复。", "联系电话:0371-6xxxxxxx-801\n此复。"),
                Arguments.of("联 系 人 :\n杨谦堂", "联系人:杨谦堂"),
                // negatives: a spaced name before a label, a salutation, a label below a label, a label at the end,
                // a spaced word that is no label, a label inside a word
                Arguments.of("签发人:王 五 联系人:李四", "签发人:王 五 联系人:李四"),
                Arguments.of("张三委员:\n您提出的建议收悉。", "张三委员:\n您提出的建议收悉。"),
                Arguments.of("联系人:\n联系电话:0371-1234567", "联系人:\n联系电话:0371-1234567"),
                Arguments.of("此复。\n联系人:", "此复。\n联系人:"),
                Arguments.of("大 中 小 打印", "大 中 小 打印"),
                Arguments.of("现答复如下:\n一、关于资金", "现答复如下:\n一、关于资金"),
                Arguments.of("请联系人:王五", "请联系人:王五"),
                Arguments.of("发布机构:\n您提出的关于修建乡村道路的建议收悉,我局高度重视。", "发布机构:\n您提出的关于修建乡村道路的建议收悉,我局高度重视。"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void laysLabelsOutOneWay(String in, String expected) {
        assertEquals(expected, LAYOUT.apply(MappedText.identity(in)).text());
    }

    @Test
    void keptCharsKeepTheirOriginalOffsets() {
        MappedText out = LAYOUT.apply(MappedText.identity("联 系 人 :\n杨谦堂"));
        assertEquals("联系人:杨谦堂", out.text());
        assertEquals(2, out.start(1), "系 comes from offset 2");
        assertEquals(8, out.start(4), "杨 comes from offset 8, after the dropped line break");
    }

    @Test
    void untouchedTextComesBackAsItIs() {
        MappedText in = MappedText.identity("发布日期:2024-09-10\n张三委员:");
        assertEquals(in, LAYOUT.apply(in), "no copy when nothing changes");
    }
}
