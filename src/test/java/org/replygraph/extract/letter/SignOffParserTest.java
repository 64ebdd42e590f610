package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignOffParserTest {
    private final SignOffParser parser = new SignOffParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "专此复函。\\n陕西省工业和信息化厅\\n2021年5月7日#陕西省工业和信息化厅#2021-05-07",
            "感谢!\\n\\n杭州市科学技术局\\n\\n二〇二三年五月十二日\\n#杭州市科学技术局#2023-05-12",
            "谢谢!\\n云南省工业和信息化委\\n2017年5月11日\\n(联系人及电话:魏冬 0871- 63512057)#云南省工业和信息化委#2017-05-11",
            "下一步工作。\\n      新郑市住房和城乡建设局   \\n     2020年9月30日  \\n主办单位:新郑市人民政府办公室 地址:新郑市人民路186号#新郑市住房和城乡建设局#2020-09-30",
            "谢谢。\\n陕西省科学技术厅    2024年8月14日#陕西省科学技术厅#2024-08-14",
            "感谢您的关心。\\n赣州市工业和信息化局\\n(盖章)\\n2024 年 6 月 5 日#赣州市工业和信息化局#2024-06-05",
            "感谢您的关心。\\n德化县人民政府办公室(代章)\\n2024年6月25日#德化县人民政府办公室#2024-06-25",
            "感谢您的关心。\\n答复单位:嘉兴市经济和信息化局\\n答复日期:2024年6月15日#嘉兴市经济和信息化局#2024-06-15",
            "感谢您的关心。\\n杭州海关\\n2024年6月15日#杭州海关#2024-06-15",
            "感谢您的关心。\\n丽水市建设局　　二〇二四年七月三日#丽水市建设局#2024-07-03",
            "感谢您的关心。\\n淮南市发展和改革\\n委员会\\n2024年6月19日#淮南市发展和改革委员会#2024-06-19",
            "感谢您对金融工作的关心和支持。\\n中国人民银行宁波市分行\\n2024年6月14日#中国人民银行宁波市分行#2024-06-14",
            // mirror debris before the sign-off (real letter r017's layout)
            "感谢您的关心。\\n??????????????????宁夏回族自治区交通运输厅\\n????????????????????2023年4月27日#宁夏回族自治区交通运输厅#2023-04-27",
            // the agency under its date, a contact after it on the line (real letter r167's layout)
            "感谢您的关心。\\n2022年7月26日\\n舞钢市教育体育局  联系电话:3303606 联系人:刘熠\\n抄送:市政协提案委(2份)#舞钢市教育体育局#2022-07-26",
    })
    void readsTheAgencyAndDateAtTheEnd(String text, String agency, LocalDate date) {
        text = text.replace("\\n", "\n");   // CSV rows write line breaks as \\n
        SignOff s = parser.find(text, 0, text.length());
        assertEquals(agency, s.agency().value());
        assertEquals(date, s.date().date());
    }

    @Test
    void keepsADateThatLostItsUnitsForTheCaller() {
        String text = "联系电话:13628400037\n\n城口县发展和改革委员会\n\n                            2022711\n\n扫一扫在手机打开当前页";
        SignOff s = parser.find(text, 0, text.length());
        assertEquals("城口县发展和改革委员会", s.agency().value());
        assertNull(s.date());
        assertEquals("2022711", s.compactDate().value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "联系电话:023-57681234\\n\\n巫山县商务委员会\\n\\n                            202387\\n\\n扫一扫在手机打开当前页#202387",
            "感谢您的关心。\\n某县科学技术局\\n2024519#2024519",
    })
    void keepsSixAndSevenDigitDatesUnderAnAgencyLine(String text, String raw) {
        text = text.replace("\\n", "\n");
        SignOff s = parser.find(text, 0, text.length());
        assertNull(s.date());
        assertEquals(raw, s.compactDate().value());
    }

    @Test
    void aSixDigitLineWithoutAnAgencyAboveIsNoDate() {
        // A postcode on its own line after the address: 200031 must not become 2000年3月1日.
        String text = "感谢您的关心。\n地址:上海市徐汇区某路1号\n200031";
        SignOff s = parser.find(text, 0, text.length());
        assertNull(s.compactDate());
        assertNull(s.date());
    }

    @Test
    void aTruncatedLetterHasNoSignOff() {
        String text = "一是加大财政支持。我们充分利用科技资金政策,强化政策支持。\n五是加强";
        SignOff s = parser.find(text, 0, text.length());
        assertNull(s.agency());
        assertNull(s.date());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // side by side on one line, and stacked: the first issues, the others co-handle
            "感谢关心。\\n上海市徐汇区科学技术委员会　　上海市徐汇区财政局\\n2024/5/10#上海市徐汇区科学技术委员会#上海市徐汇区财政局#2024-05-10",
            "感谢关心。\\n某市科学技术局\\n某市财政局\\n2024年5月10日#某市科学技术局#某市财政局#2024-05-10",
            "感谢关心。\\n某省教育厅  某省人力资源和社会保障厅  某省财政厅\\n2024年5月10日#某省教育厅#某省人力资源和社会保障厅,某省财政厅#2024-05-10",
    })
    void readsAJointSignOff(String text, String issuer, String joint, LocalDate date) {
        text = text.replace("\\n", "\n");
        SignOff s = parser.find(text, 0, text.length());
        assertEquals(issuer, s.agency().value());
        assertEquals(java.util.List.of(joint.split(",")), s.jointAgencies().stream().map(l -> l.value()).toList());
        assertEquals(date, s.date().date());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // one body; a line that is partly no agency's name signs nothing beside it
            "感谢关心。\\n某市科学技术局\\n2024年5月10日#某市科学技术局",
            "特此答复\\n某市科学技术局\\n2024年5月10日#某市科学技术局",
    })
    void aSingleSignerHasNoJointAgencies(String text, String issuer) {
        text = text.replace("\\n", "\n");
        SignOff s = parser.find(text, 0, text.length());
        assertEquals(issuer, s.agency().value());
        assertEquals(java.util.List.of(), s.jointAgencies());
    }

    @Test
    void aLineWithAnAgencyAndOtherWordsIsNoJointSignOff() {
        String text = "感谢关心。\n某市科学技术局　　联系人王某\n2024年5月10日";
        SignOff s = parser.find(text, 0, text.length());
        assertNull(s.agency(), "an agency beside a contact is no sign-off line");
    }

    @Test
    void aCoHandlersAppendedOpinionDoesNotCloseTheLetter() {
        String text = "感谢您的关心。\n永宁县农业农村局\n2024年6月12日\n附件：会办意见\n县财政局会办意见：我局将积极统筹资金。\n县财政局\n2024年6月5日";
        SignOff s = parser.find(text, 0, text.length());
        assertEquals("永宁县农业农村局", s.agency().value());
        assertEquals(LocalDate.of(2024, 6, 12), s.date().date());
    }

    @Test
    void anOpinionWithNoLetterClosingAboveIsStillRead() {
        // A co-handling opinion sent alone: its own closing is the only one.
        String text = "现将会办意见函告如下。\n一、支持。\n某市财政局\n2024年6月5日";
        SignOff s = parser.find(text, 0, text.length());
        assertEquals("某市财政局", s.agency().value());
    }

    @Test
    void aJointReplyJoinsItsBodiesWithADunhao() {
        String text = "关于第0102号建议的联合答复\n感谢关心。\n嘉兴市科学技术局、嘉兴市财政局\n2024年6月20日";
        SignOff s = parser.find(text, 0, text.length());
        assertEquals("嘉兴市科学技术局", s.agency().value());
        assertEquals(java.util.List.of("嘉兴市财政局"), s.jointAgencies().stream().map(l -> l.value()).toList());
    }

    @Test
    void oneBodyUnderTwoNamesIsNoJointSignOff() {
        String text = "感谢关心。\n北京市科学技术委员会、中关村科技园区管理委员会\n2024年5月28日";
        SignOff s = parser.find(text, 0, text.length());
        assertEquals("北京市科学技术委员会", s.agency().value());
        assertEquals(java.util.List.of(), s.jointAgencies());
        String prose = "感谢关心。\n北京市科学技术委员会、感谢您的支持\n2024年5月28日";
        assertNull(parser.find(prose, 0, prose.length()).agency(), "a name joined to prose is no sign-off");
    }

    @Test
    void aBracketThatIsNoSealLeavesTheLineUnsigned() {
        String text = "感谢关心。\n德化县人民政府办公室(联系人)\n2024年6月25日";
        assertNull(parser.find(text, 0, text.length()).agency(), "only a seal note may follow the agency's name");
    }

    @Test
    void aLabelOtherThanTheClosingsLeavesTheLineAsItIs() {
        // 联系单位 names who to call, not who signs.
        String text = "感谢关心。\n联系单位:嘉兴市经济和信息化局\n2024年6月15日";
        assertNull(parser.find(text, 0, text.length()).agency());
    }

    @Test
    void anAgencyAloneClosesALetterDatedElsewhere() {
        String text = "感谢您的关心和支持。\n\n舟山市海洋与渔业局\n";
        SignOff s = parser.find(text, 0, text.length());
        assertEquals("舟山市海洋与渔业局", s.agency().value());
        assertNull(s.date());
        String prose = "感谢您的关心和支持。\n下一步我们将继续努力";
        assertNull(parser.find(prose, 0, prose.length()).agency(), "a last line of prose is no agency");
    }

    @Test
    void aSentenceAboveIsNoFirstHalfOfAWrappedName() {
        String text = "感谢您对全市发展改革工作的关心和支持。\n委员会\n2024年6月19日";
        assertNull(parser.find(text, 0, text.length()).agency(), "a sentence with its full stop joins no name");
    }

    @Test
    void onlyABranchEndingIn行IsABank() {
        String text = "感谢关心。\n持续抓好政策落实执行\n2024年6月14日";
        assertNull(parser.find(text, 0, text.length()).agency(), "执行 names no bank");
    }
}
