package org.replygraph.extract.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JurisdictionFinderTest {
    private final JurisdictionFinder finder = new JurisdictionFinder(Places.standard());

    @ParameterizedTest(name = "{1} -> {3}")
    @CsvSource(nullValues = "null", delimiter = '#', value = {
            "…#陕西省工业和信息化厅#null#陕西省",
            "…#城口县发展和改革委员会#null#城口县",
            "经杭州市萧山区人民政府同意#萧山区科技局#null#杭州市萧山区",
            "…#省工信厅#陕工信函〔2022〕266号#陕西省",
            "…#市科技局#渝科局函〔2022〕242号#重庆市",
            "…#市财政局#枣财办函〔202126号#枣庄市",
            "根据《通知》(川科计〔2017〕7号),支持宜宾市#科技厅#null#四川省",
            "印发了《湘潭市政府政务服务中心建议提案办理工作方案》#市政府政务服务中心#null#湘潭市",
            // An autonomous region's body: provincial, its region from the 文号, never a place called 自治区.
            "…#自治区林业和草原局#宁林函〔2020〕234号#宁夏回族自治区",
            "…#自治区工业和信息化厅#内工信函〔2021〕123号#内蒙古自治区",
    })
    void findsTheIssuersPlace(String text, String issuer, String docNumber, String place) {
        assertEquals(place, finder.ofIssuer(text, List.of(issuer), docNumber, (char) 0).orElseThrow());
    }

    /** The level a letter calls itself most, at least twice and more than any other (real letter r197's 我市). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
            "面对重大历史机遇,我市立足特殊区位优势。一是加强组织机构建设,我市专门研究出台了行动计划。#市",
            "我市立足优势,我省支持,我市推进#市",
            "我区高度重视,我区将继续推进#区",
            // once is no evidence; a tie names no level; 我局 and 我部 name none
            "我局高度重视,我市推进#0",
            "我市立足优势,我省支持,我市推进,我省部署#0",
            "我局高度重视,我局将继续推进,我部支持#0",
    })
    void theLevelALetterCallsItself(String text, String level) {
        assertEquals(level.equals("0") ? (char) 0 : level.charAt(0), JurisdictionFinder.selfLevel(text));
    }

    /**
     * A letter's jurisdiction from all it says of its writer (issue 9 §6: one finder): names, 文号, the session's level, the level
     * it calls itself. Columns: text, the writer's names (、, or -), 文号 (or null), the session's place as written (or null).
     */
    @ParameterizedTest(name = "[{index}] {1} {3} -> {4}")
    @CsvSource(nullValues = "null", delimiter = '#', value = {
            // the writer's own name decides, whatever the session or the text says
            "我省高度重视,我省将继续推进#陕西省工业和信息化厅#null#中国#陕西省",
            // unnamed, calling itself a city twice while answering a provincial deputy: the city's letter (r197)
            "保定市战略性新兴产业发展三年行动计划。我市立足特殊区位优势,我市专门研究出台了行动计划。#-#保承办字〔2019〕第27号#河北省#保定市",
            // unnamed, answering a national deputy, calling itself nothing local: a ministry's summary (r207's shape)
            "关于加强种业振兴的建议收悉。四川省种业发展较快,将继续支持。#-#null#中国#中国",
            // unnamed, answering a national deputy, but 我厅: a province's body, not national
            "关于加强种业振兴的建议收悉。我厅将继续支持四川省种业发展,四川省高度重视。#-#null#中国#四川省",
            // named by its level only: the session's bare level is not needed, the 文号 places it
            "…#市科技局#渝科局函〔2022〕242号#市#重庆市",
            // named by nothing, calling itself nothing, a county session: no place is invented
            "感谢您的关心。#-#null#县#null",
    })
    void decidesALettersJurisdiction(String text, String names, String docNumber, String sessionPlace, String place) {
        List<String> issuer = names.equals("-") ? List.of() : List.of(names.split("、"));
        assertEquals(place, finder.ofLetter(text, issuer, docNumber, sessionPlace).orElse(null));
    }

    @Test
    void theSessionsLevelStandsInForAMissingIssuer() {
        assertEquals("枣庄市", finder.ofIssuer("市财政", List.of(), "枣财办函〔202126号", '市').orElseThrow());
        assertEquals("山西省", finder.ofIssuer("到2020年,山西省制造业创新体系", List.of(), null, (char) 0).orElseThrow());
    }

    @Test
    void aPartyDepartmentIsInThePlaceAfter中共() {
        assertEquals("长兴县", finder.ofIssuer("我县", List.of("中共长兴县委组织部"), null, (char) 0).orElseThrow());
        // a town government's letter is the town's, placed in the county a second name gives (real letter, batch 13)
        assertEquals("姚安县官屯镇", finder.ofIssuer("感谢你们对镇人民政府工作的关心",
                List.of("官屯镇人民政府", "姚安县官屯镇人民政府"), null, (char) 0).orElseThrow());
        assertEquals("官屯镇", finder.ofIssuer("感谢你们对镇人民政府工作的关心", List.of("官屯镇人民政府"), null, (char) 0).orElseThrow());
        // not a town's body: a county bureau whose name holds 乡, a county government naming a town in its text
        assertEquals("城口县", finder.ofIssuer("…", List.of("城口县住房和城乡建设委员会"), null, (char) 0).orElseThrow());
        assertEquals("姚安县", finder.ofIssuer("官屯镇人民政府", List.of("姚安县人民政府"), null, (char) 0).orElseThrow());
        assertTrue(finder.ofIssuer("", List.of("中共中央组织部"), null, (char) 0).isEmpty(), "中央 is no place");
    }

    @Test
    void aLaterNameOfTheIssuerMaySayWhereItBelongs() {
        assertEquals("杭州市萧山区", finder.ofIssuer("我区", List.of("区科技局", "杭州市萧山区科学技术局"), null, (char) 0).orElseThrow());
    }

    @Test
    void guessesNothingWhenTheTextDoesNotSay() {
        assertTrue(finder.ofIssuer("我区围绕科技创新", List.of("区科技局"), null, (char) 0).isEmpty());
        assertTrue(finder.ofIssuer("陕西省与四川省合作", List.of(), null, (char) 0).isEmpty(), "a tie names no province");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '#', textBlock = """
            '感谢您的关心。\\n专此复函。\\n陕西省工业和信息化厅\\n2021年5月7日' # 陕西省
            '感谢贵单位的支持。\\n\\n湖北省科技厅    \\n\\n2024年7月23日   \\n\\n附件:' # 湖北省
            '此复函已经审签。\\n城口县发展和改革委员会\\n                            2022711' # 城口县
            '发布机构: 杭州市科学技术局 生成日期: 2023-08-04\\n感谢您对科技工作的关心与支持！' # 杭州市
            '谢谢您们对我们提案办理工作的支持理解！\\n市政府政务服务中心\\n2017年5月2日' # ''
            '特此答复。\\n自治区林业和草原局\\n2020年6月1日' # ''
            """)
    void readsThePlaceOfTheSignOffFromTheTextAlone(String text, String place) {
        String found = finder.fromText(text.replace("\\n", "\n"), List::of);
        assertEquals(place, found == null ? "" : found);
    }

    /** bodies: the surfaces of the bodies the text names, ';' between them. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '#', textBlock = """
            '[ 发布机构 ] 市科技局\\n重庆市科学技术局 关于市五届人大第五次会议第0197号建议办理情况的答复函' # 市科技局;重庆市科学技术局 # 重庆市
            '您提出的建议收悉。\\n宜宾市的工作\\n宜宾市申报\\n省发改委' # 省发改委 # 宜宾市
            '请省财政厅、四川省科技厅研究' # 省财政厅;四川省科技厅 # 四川省
            """)
    void otherwiseTakesTheFirstBodyWithItsPlaceThenTheMostWrittenPlace(String text, String bodies, String place) {
        assertEquals(place, finder.fromText(text.replace("\\n", "\n"), () -> List.of(bodies.split(";"))));
    }

    @Test
    void noPlaceWrittenGivesNone() {
        assertNull(finder.fromText("感谢您的关心，市场监管局和区科技局将继续支持", () -> List.of("市场监管局", "区科技局")),
                "bodies without a place and no place written");
        assertNull(finder.fromText("感谢您的关心", List::of), "no place at all");
        // Unlike ofIssuer, the text-only fallback breaks a tie by table order (provinces.tsv): 四川省 before 陕西省.
        assertEquals("四川省", finder.fromText("我局支持陕西省与四川省合作", () -> List.of("我局")));
    }

    @Test
    void asksForTheBodiesOnlyWhenTheSignOffSaysNothing() {
        assertEquals("陕西省", finder.fromText("专此复函。\n陕西省工业和信息化厅\n2021年5月7日", () -> {
            throw new AssertionError("bodies asked for although the sign-off names the place");
        }));
    }
}
