package org.replygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A letter flattened into one line gets its line breaks back where a letter's part begins; other text keeps its lines. */
class LineSplitterTest {
    private static final String PROSE = "经认真研究,我厅将认真履行行业管理职责,积极做好指导服务工作,并按程序报批,"
            + "建议由项目所在地政府从经济社会发展及交通增长需求、路网衔接、技术条件等方面进行统筹论证,"
            + "在既有高速公路上增设新互通需经科学论证,并按程序报批,我厅将积极做好指导服务工作。";
    private final LineSplitter splitter = new LineSplitter();

    /** Shaped like r291 (a law-database mirror): one line from the salutation to the closing note. */
    static Stream<Arguments> flattened() {
        return Stream.of(
                Arguments.of("salutation, items, labels, signer, date, note",
                        "林秋云、陈忠代表: 贵代表联合提出的《关于开通联接线的建议》收悉。现答复如下: 一、" + PROSE + " 二、" + PROSE
                                + " 感谢您对我省交通运输事业发展的关心。 领导署名:黄祥谈 联 系 人:黄 荣 联系电话:0591-87078078 福建省交通运输厅 2016年5月9日 (此件主动公开)",
                        "林秋云、陈忠代表:\n贵代表联合提出的《关于开通联接线的建议》收悉。现答复如下:\n一、" + PROSE + "\n二、" + PROSE
                                + "\n感谢您对我省交通运输事业发展的关心。\n领导署名:黄祥谈\n联 系 人:黄 荣\n联系电话:0591-87078078\n福建省交通运输厅\n2016年5月9日\n(此件主动公开)"),
                Arguments.of("heading, metadata labels, date then contact",
                        "关于县十八届人大一次会议第4号建议的答复 发布日期:2022-07-01 签发人:庞佃宝 尊敬的李晓林等代表: 您提出的建议已收悉,现答复如下: (一)" + PROSE
                                + " (二)" + PROSE + " 2022年7月1日 联系科室、人员及电话:经建科6211754",
                        "关于县十八届人大一次会议第4号建议的答复\n发布日期:2022-07-01\n签发人:庞佃宝\n尊敬的李晓林等代表:\n您提出的建议已收悉,现答复如下:\n(一)" + PROSE
                                + "\n(二)" + PROSE + "\n2022年7月1日\n联系科室、人员及电话:经建科6211754"),
                Arguments.of("a short page in one line: bullets of an unlabelled metadata list, heading, salutation, closing, signer",
                        "• MB0Q15011/2024-00027 • 某区住房和城乡建设局 • 2024-06-14 关于区四届人大四次会议第41号建议的回复 张三代表: "
                                + "您提出的关于修建道路的建议收悉。现答复如下: 该道路已列入计划。 感谢您对我们工作的支持! 某区住房和城乡建设局 2024年6月20日",
                        "• MB0Q15011/2024-00027\n• 某区住房和城乡建设局\n• 2024-06-14\n关于区四届人大四次会议第41号建议的回复\n张三代表:\n"
                                + "您提出的关于修建道路的建议收悉。现答复如下:\n该道路已列入计划。\n感谢您对我们工作的支持!\n某区住房和城乡建设局\n2024年6月20日"),
                Arguments.of("a heading with the spaces of its broken lines, its document number, an opening without salutation",
                        "当前位置:首页 > 公开 某某部对十二届全国人大五次会议 第7508号建议的答复 某建议〔2017〕第39号 你们提出的《关于某事的建议》收悉,现答复如下: "
                                + PROSE + " 二、" + PROSE,
                        "当前位置:首页 > 公开\n某某部对十二届全国人大五次会议 第7508号建议的答复\n某建议〔2017〕第39号\n你们提出的《关于某事的建议》收悉,现答复如下:\n"
                                + PROSE + "\n二、" + PROSE),
                Arguments.of("bracketed labels, the agency over its heading, a salutation without colon, a sign-off with a date in digits",
                        "您当前的位置: 首页>>政务公开 [ 索引号 ] 11500000MB15895317/2025-00053 [ 发布机构 ] 市某局 某某市某某局 关于市六届人大一次会议第0226号 建议办理情况的答复函 "
                                + "李小明 委员 您在县政协九届六次会议提出的提案已收悉,现将办理情况答复如下: " + PROSE + " 特此函告。 某某县某某局 20211026",
                        "您当前的位置: 首页>>政务公开\n[ 索引号 ] 11500000MB15895317/2025-00053\n[ 发布机构 ] 市某局\n某某市某某局 关于市六届人大一次会议第0226号 建议办理情况的答复函\n"
                                + "李小明 委员\n您在县政协九届六次会议提出的提案已收悉,现将办理情况答复如下:\n" + PROSE + "\n特此函告。\n某某县某某局\n20211026"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flattened")
    void restoresTheBreaksOfAFlattenedLetter(String name, String line, String lines) {
        assertEquals(lines, splitter.apply(MappedText.identity(line)).text());
    }

    /**
     * Negatives: a short line with the same cues (one under {@link LineSplitter#PAGE_LINE} chars even when it is the page); a long paragraph whose only space precedes a list item (one break is
     * no flattened page); spaces inside a spaced label, between a name's chars, inside a date or a number are no breaks.
     */
    static Stream<Arguments> leftAlone() {
        return Stream.of(
                Arguments.of("张三代表: 您提出的建议收悉。 一、已落实。 二、已列入计划。"),
                Arguments.of(PROSE + PROSE + PROSE + " 一、" + PROSE + PROSE),
                Arguments.of(PROSE + PROSE + PROSE + "联 系 电 话:0591 87078078 审 核 人:王 五" + PROSE + PROSE),
                Arguments.of("发布机构:市科技局 生成日期:2023-08-04\n" + PROSE),
                // a page of one line, but too short to tell (under PAGE_LINE chars)
                Arguments.of("张三代表: 您提出的建议收悉。现答复如下: 一、已落实。 二、已列入计划。 感谢您的支持! 某某县某某局 2024年6月20日"),
                // a long paragraph whose spaces sit before an answering cue and a heading's word inside a sentence
                Arguments.of(PROSE + PROSE + " 现答复如下: " + PROSE + "对此项建议的答复意见已经报送。" + PROSE));
    }

    @ParameterizedTest
    @MethodSource("leftAlone")
    void leavesTextWithItsBreaksAlone(String text) {
        MappedText in = MappedText.identity(text);
        assertSame(in, splitter.apply(in), () -> splitter.apply(in).text());
    }

    @Test
    void aBreakMapsToTheSpaceItReplaces() {
        String page = "张三代表: 您提出的建议收悉。现答复如下: 一、" + PROSE + PROSE + " 二、" + PROSE + PROSE;
        MappedText out = splitter.apply(MappedText.identity(page));
        int nl = out.text().indexOf("\n二、");
        assertEquals(page.indexOf(" 二、"), out.start(nl));
        int item = out.text().indexOf("二、");
        assertEquals(page.indexOf("二、"), out.start(item));
    }
}
