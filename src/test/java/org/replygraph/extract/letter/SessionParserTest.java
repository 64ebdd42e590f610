package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.agency.Places;
import org.replygraph.extract.fact.AssemblyKind;

class SessionParserTest {
    private final SessionParser parser = new SessionParser(Places.standard());

    @ParameterizedTest(name = "{0} -> {1} {2} {3}/{4}")
    @CsvSource({
            "对省十二届政协四次会议第604号提案的答复函, 省, CPPCC, 12, 4",
            "现将自治区政协十三届二次会议第20240281号提案提出的, 自治区, CPPCC, 13, 2",
            "政协子洲县第十届委员会第二次会议, 子洲县, CPPCC, 10, 2",
            "您在区十七届人大三次会议上提出的, 区, PEOPLES_CONGRESS, 17, 3",
            "对云南省第十二届人大第五次会议第 JY100012050700号建议的答复, 云南省, PEOPLES_CONGRESS, 12, 5",
            "重庆市科学技术局 关于市五届人大第五次会议第0197号建议, 市, PEOPLES_CONGRESS, 5, 5",
            "城口县发展和改革委员会关于县政协十届一次会议第6.11号提案的复函, 县, CPPCC, 10, 1",
            "关于省政协十三届二次会议第20240133号提案的答复, 省, CPPCC, 13, 2",
            "您在杭州市十四届人大三次会议上的建议, 杭州市, PEOPLES_CONGRESS, 14, 3",
            "对政协隆尧县十三届委员会第三次会议 第059号提案的答复, 隆尧县, CPPCC, 13, 3",
            "十四届全国人大二次会议第1234号建议, 中国, PEOPLES_CONGRESS, 14, 2",
            "以上是我局对第二届政协委员会第五次会议012号建议的解答, '', CPPCC, 2, 5",
            // debris before the place (batches 6 and 4): a year glued to it ends at 年; spam with digits is no place
            "2023年清原满族自治县八届人大二次会议《关于加强县城小区基础设施建设的建议》(72号)的答复, 清原满族自治县, PEOPLES_CONGRESS, 8, 2",
            "杭州市科学技术局皇冠足球90比分市政协十二届三次会议第201号提案的答复, 市, CPPCC, 12, 3",
            "2024年杭州市十四届人大三次会议第5号建议, 杭州市, PEOPLES_CONGRESS, 14, 3",
            "abc123杭州市十四届人大三次会议第5号建议, 杭州市, PEOPLES_CONGRESS, 14, 3",
            "关于政协第十四届全国委员会第一次会议第01234号提案答复的函, 中国, CPPCC, 14, 1",
            "对自治区十四届人大一次会议第456号议案的答复, 自治区, PEOPLES_CONGRESS, 14, 1",
            "对政协第十四届合肥市委员会第二次会议第20230112号提案的答复, 合肥市, CPPCC, 14, 2",
            "政协第十三届嘉兴市委员会第三次全体会议, 嘉兴市, CPPCC, 13, 3",
            "兰州市交通运输局关于十五届市人大二次会议第0098号建议的答复, 市, PEOPLES_CONGRESS, 15, 2",
            "关于第十三届省政协第一次会议第1305号提案的答复, 省, CPPCC, 13, 1",
            "在政协第七届凤县委员会第一次会议上提出的提案, 凤县, CPPCC, 7, 1",
            "关于对无锡市第十七届人民代表大会第三次会议第0231号建议的答复, 无锡市, PEOPLES_CONGRESS, 17, 3",
            // a co-handler's opening sentence (real letter, batch 12): 现将 is no part of the place
            "现将自治区政协十三届二次会议第20240281号提案提出的, 自治区, CPPCC, 13, 2",
            "现将市十六届人大三次会议第0087号建议的办理情况函告如下, 市, PEOPLES_CONGRESS, 16, 3",
            // batches 21-25: the committee named before the term (r260), the CPPCC by its full name without 委员会 (r255: a
            // district the place tables do not know is read as its level; the letter's sign-off places it)
            "你们在政协广东省委员会十二届三次会议上提出的关于推进我省种业高质量发展的意见建议系列提案, 广东省, CPPCC, 12, 3",
            "关于对宣州区第十三届政治协商会议第四次会议第67号提案的答复, 区, CPPCC, 13, 4",
    })
    void readsSessionsAsWritten(String text, String place, AssemblyKind kind, int term, int meeting) {
        SessionParser.WrittenSession s = parser.find(text, 0, text.length()).orElseThrow();
        assertEquals(place, s.place());
        assertEquals(kind, s.kind());
        assertEquals(term, s.term());
        assertEquals(meeting, s.meeting());
    }

    @Test
    void readsASessionSplitOverTwoLines() {
        String heading = "杭州市科学技术局关于市十四届人大\n三次会议萧山45号建议的答复";
        SessionParser.WrittenSession s = parser.find(heading, 0, heading.length()).orElseThrow();
        assertEquals("市", s.place());
        assertEquals(14, s.term());
        assertEquals(3, s.meeting());
    }

    @Test
    void ignoresTextsWithoutAKindOrCount() {
        String garbled = "关于县政协次会议6.11提案的复函";
        assertTrue(parser.find(garbled, 0, garbled.length()).isEmpty());
        String interim = "关于市十七届人大常委会闭会期间第5号建议的答复";
        assertTrue(parser.find(interim, 0, interim.length()).isEmpty(), "a suggestion between sessions has no plenary meeting");
        String noKind = "第十二届第四次会议";
        assertTrue(parser.find(noKind, 0, noKind.length()).isEmpty(), "a session must say 政协 or 人大");
        String otherCommittee = "经省人大财政经济委员会十二届三次会议审议";
        assertTrue(parser.find(otherCommittee, 0, otherCommittee.length()).isEmpty(), "a committee not of 政协 names no session");
    }
}
