package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.Located;

class ProposalNumberParserTest {
    private final ProposalNumberParser parser = new ProposalNumberParser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "对省十二届政协四次会议第604号提案的答复函, 604",
            "对云南省第十二届人大第五次会议第 JY100012050700号建议的答复, JY100012050700",
            "城口县发展和改革委员会关于县政协十届一次会议第6.11号提案的复函, 6.11",
            "关于市五届人大第五次会议第0197号建议办理情况的答复函, 0197",
            "杭州市科学技术局关于市十四届人大三次会议萧山45号建议的答复, 萧山45",
            "关于市政协十届五次会议15225号提案的答复, 15225",
            "对政协隆尧县十三届委员会第三次会议 第059号提案的答复, 059",
            "关于自治区十四届人大二次会议第15号代表议案转为建议的答复, 15",
            "关于市政协九届二次会议第88号委员提案的答复, 88",
            "关于区十七届人大四次会议第2024—015号建议的答复, 2024—015",
            "温州市经济和信息化局关于市政协十三届三次会议提案第0123号的答复, 0123",
            "合肥市科学技术局关于市政协十五届三次会议第1号重点提案的答复, 1",
            "关于市政协十五届三次会议第0012号集体提案的答复, 0012",
            "关于市十八届人大四次会议第0003号重点督办建议的答复, 0003",
            "韶关市工业和信息化局关于市政协十三届三次会议第0087提案的答复, 0087",
            "工业和信息化部关于政协十四届全国委员会第一次会议第00452号(工交邮电类058号)提案答复的函, 00452",
            // the sector class between the session and the number (r202)
            "昌吉州发改委对自治州十五届人大一次会议工交财贸类9号建议的答复, 9",
            // a letter-prefixed number behind a glued 文号 and a space (r295)
            "嘉嘉办理〔2024〕2号关于对区七届人大四次会议 第T014号代表建议的会办意见, T014",
    })
    void readsNumbersInHeadings(String heading, String number) {
        Located<String> n = parser.inHeading(heading, 0, heading.length()).orElseThrow();
        assertEquals(number, n.value());
        assertEquals(number, heading.substring(n.span().start(), n.span().end()), "the span covers the number");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "您提出的《关于…的建议》(第604号)收悉, 604",
            "刘世云代表提出的《关于综合统筹解决好粮食生产中问题的建议》(市人大六届二次会议第182号建议)收悉, 182",
            "建议《关于…的建议》(萧山45号)收悉, 萧山45",
            "《关于…试点城市》(第94号建议)收悉, 94",
            "《关于…开发区的建议》(第0197号)收悉, 0197",
    })
    void readsNumbersInParentheses(String sentence, String number) {
        assertEquals(number, parser.inParentheses(sentence, 0, sentence.length()).orElseThrow().value());
    }

    @Test
    void readsAMetadataNumberAndRejectsOtherValues() {
        assertEquals("12050094", parser.alone(Located.at("12050094", 10, 18)).orElseThrow().value());
        assertTrue(parser.alone(Located.at("大会期间建议", 0, 6)).isEmpty());
        // A heading's "(编号:2023-045)" leaves the closing bracket in the metadata value.
        assertEquals("2023-045", parser.alone(Located.at("2023-045)", 30, 39)).orElseThrow().value());
        // a letter class and the year in brackets before the serial (编号:B(2017)103号); a 文号 with a Han issuer is none
        assertEquals("B(2017)103", parser.alone(Located.at("B(2017)103号)", 40, 52)).orElseThrow().value());
        assertTrue(parser.alone(Located.at("某政〔2020〕12号", 0, 11)).isEmpty());
        assertEquals(30, parser.alone(Located.at("2023-045)", 30, 39)).orElseThrow().span().start());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "您在市十五届人大四次会议上提出的第0156号建议《关于加强近视防控工作的建议》收悉, 0156",
            "您提出的第45号提案“关于发展夜间经济的提案”收悉, 45",
            "您在市十八届人大四次会议期间提出的第0028号建议收悉, 0028",
            "您在县十八届人大第三次会议上提出的第18号“关于修复农田灌溉沟渠的建议”已交我局办理, 18",
            "现将自治区政协十三届二次会议第20240281号提案提出的“关于发展设施农业”方面的建议, 20240281",
            // a document-number form before a title left unquoted up to 收悉 (r185), a sector class before the quote (r202)
            "你们提出的广东省政协十一届五次会议第20170181号关于推动广东制造向广东智造转变的提案收悉, 20170181",
            "你们提出的第9号工交财贸类《关于建设乌鲁木齐至木垒城际铁路的议案》已经收悉, 9",
    })
    void readsANumberWrittenBeforeTheTitle(String sentence, String number) {
        assertEquals(number, parser.beforeTitle(sentence, 0, sentence.length()).orElseThrow().value());
    }

    @Test
    void readsANumberAloneUnderTheSessionButNotAYear() {
        String header = "关于整修村庄道路建议的答复\n淄川区第十九届人民代表大会第二次会议\n24\n建议人: 陈刚\n";
        assertEquals("24", parser.underSession(header, 0, header.length()).orElseThrow().value());
        String year = "某县第十九届人民代表大会第二次会议\n2023\n";
        assertTrue(parser.underSession(year, 0, year.length()).isEmpty());
        String quotedNoTitle = "第18号“十四五”规划";
        assertTrue(parser.beforeTitle(quotedNoTitle, 0, quotedNoTitle.length()).isEmpty());
        String notice = "根据第5号关于加强管理的通知要求,我局已收悉";
        assertTrue(parser.beforeTitle(notice, 0, notice.length()).isEmpty(), "an unquoted title must be a motion's, up to 收悉");
        String sector = "本市第3号工交财贸类文件《关于加强管理的通知》";
        assertTrue(parser.beforeTitle(sector, 0, sector.length()).isEmpty(), "a sector class must come right before the quote");
    }

    @Test
    void anotherProposalNumberedInTheOpeningIsNotThisOne() {
        // 第12号建议 merged for handling is not followed by the title answered.
        String sentence = "您提出的《关于推动海洋装备产业发展的建议》收悉,与第12号建议一并研究";
        assertTrue(parser.beforeTitle(sentence, 0, sentence.length()).isEmpty());
    }

    @Test
    void aRepresentativeWithoutAMotionWordIsNoNumber() {
        String heading = "关于第15号代表团意见的答复";
        assertTrue(parser.inHeading(heading, 0, heading.length()).isEmpty());
        String year = "关于第2024年度建议办理工作的总结";
        assertTrue(parser.inHeading(year, 0, year.length()).isEmpty(), "a year is no number");
        String noted = "关于第15号(已撤回)意见的答复";
        assertTrue(parser.inHeading(noted, 0, noted.length()).isEmpty(), "a bracketed note before no motion word numbers nothing");
    }

    @Test
    void aDocNumberIsNoProposalNumber() {
        String header = "陕工信函〔2021〕154号\n关于印发《方案》的通知(陕工信发〔2021〕92号)";
        assertTrue(parser.inHeading(header, 0, header.length()).isEmpty());
        assertTrue(parser.inParentheses(header, 0, header.length()).isEmpty());
        String minutes = "按照《关于…的通知》(市政府常务会议纪要第5号)要求";
        assertTrue(parser.inParentheses(minutes, 0, minutes.length()).isEmpty(), "a meeting that is no session numbers no proposal");
    }
}
