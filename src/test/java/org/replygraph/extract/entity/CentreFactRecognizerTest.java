package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.CentreFact;
import org.replygraph.extract.fact.Span;

class CentreFactRecognizerTest {
    private final CentreRecognizer centres = new CentreRecognizer();
    private final CentreFactRecognizer facts = new CentreFactRecognizer();

    /** centre|property|value|unit|approximate|counted|stated per fact, ';' between; '' when none. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            国家增材制造创新中心是工信部落实《中国制造2025》第二家布局的国家级创新中心,于2016年12月获批筹建落户陕西,2019年9月正式揭牌。 # 国家增材制造创新中心|approvalDate|2016-12|null|false|null|2016年12月获批筹建;国家增材制造创新中心|openingDate|2019-09|null|false|null|2019年9月正式揭牌
            其中，中信科公司牵头建设的信息光电子、华中科技大学牵头建设的数字化设计与制造创新中心分别于2017、2018年升级为国家级。 # 信息光电子创新中心|upgradeDate|2017|null|false|null|2017、2018年升级为国家级;数字化设计与制造创新中心|upgradeDate|2018|null|false|null|2017、2018年升级为国家级
            国家增材制造创新中心依托西安增材制造研究院有限公司以“公司 联盟”形式组建。中心吸引了13家核心企业、5所重点高校、5家研究机构、8家用户企业参与建设。 # 国家增材制造创新中心|participantCount|13|家|false|核心企业|吸引了13家核心企业;国家增材制造创新中心|participantCount|5|所|false|重点高校|5所重点高校;国家增材制造创新中心|participantCount|5|家|false|研究机构|5家研究机构;国家增材制造创新中心|participantCount|8|家|false|用户企业|8家用户企业
            国家增材制造创新中心现有员工230余人，申请专利221项。 # 国家增材制造创新中心|staffCount|230|人|true|员工|现有员工230余人;国家增材制造创新中心|patentCount|221|项|false|专利|申请专利221项
            国家增材制造创新中心依托西安增材制造研究院有限公司组建。该中心联盟成员已发展224家，其中产业上下游企业144家。 # 国家增材制造创新中心|memberCount|224|家|false|联盟成员|联盟成员已发展224家
            国家增材制造创新中心于2016年12月获批筹建。截至目前,我省已备案21家产业技术创新联合体,共吸引539位专家参与,涉及成员单位136家。 # 国家增材制造创新中心|approvalDate|2016-12|null|false|null|2016年12月获批筹建
            国家增材制造创新中心依托西安增材制造研究院有限公司组建。截至目前，西安增材制造国家研究院有限公司资产总额达到35764万元。现有员工230余人，其中院士2名。 # ''
            推动之江实验室、西湖实验室建设。中心吸引了13家核心企业参与建设。 # ''
            已建成8个省级制造业创新中心，吸引了13家核心企业参与建设。 # ''
            2019年9月，国家增材制造创新中心正式揭牌。 # 国家增材制造创新中心|openingDate|2019-09|null|false|null|2019年9月，国家增材制造创新中心正式揭牌
            2019年9月，我省获批建设3个中试基地，推动国家增材制造创新中心发展。 # ''
            国家增材制造创新中心依托西安增材制造研究院有限公司组建，2020年获批为陕西省国际科技合作基地。 # ''
            支持长三角国家技术创新中心发展，推动国家增材制造创新中心建设。中心吸引了13家核心企业参与建设。 # ''
            其中，中信科公司牵头建设的信息光电子、华中科技大学牵头建设的数字化设计与制造创新中心分别于2017、2018、2019年升级为国家级。 # ''
            """)
    void findsDatesAndFiguresOfTheCentreTheSentenceIsAbout(String text, String expected) {
        List<CentreFact> found = facts.find(text, centres.find(text, List.of()));
        String actual = found.stream().map(f -> String.join("|", f.centre(), f.property(), f.value(), String.valueOf(f.unit()),
                String.valueOf(f.approximate()), String.valueOf(f.counted()), f.span().of(text))).collect(Collectors.joining(";"));
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @CsvSource({"2016年12月, 2016-12", "2017、2018年, 2017;2018", "2020年3月5日, 2020-03-05", "2019年9月和2021年, 2019-09;2021"})
    void readsEachDateOfAList(String list, String expected) {
        assertEquals(expected, String.join(";", CentreFactRecognizer.dates(list)));
    }

    /** Seed 000 and 004 whole: the centre's own dates and figures, none of the province's or the host company's. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            000_5dc32466c623b959.txt # approvalDate 2016-12;openingDate 2019-09;participantCount 13;participantCount 5;participantCount 5;participantCount 8
            004_d7130a2498b5e7f4.txt # upgradeDate 2017;upgradeDate 2018
            """)
    void wholeSeedLetters(String file, String expected) throws IOException {
        String text = Files.readString(Path.of("seeds", file));
        List<CentreFact> found = facts.find(text, centres.find(text, List.of()));
        assertEquals(expected, found.stream().map(f -> f.property() + " " + f.value()).collect(Collectors.joining(";")));
    }

    @Test
    void rejectsAnUnknownPropertyOrABadDate() {
        Span s = new Span(0, 4);
        assertEquals("Illegal centre fact property=size : must be one of [approvalDate, openingDate, upgradeDate] or "
                        + "[memberCount, participantCount, patentCount, staffCount]",
                assertThrows(IllegalArgumentException.class, () -> new CentreFact("某中心", "size", "3", "个", false, null, s)).getMessage());
        assertEquals("Illegal approvalDate=2016年 : must be yyyy, yyyy-MM or yyyy-MM-dd",
                assertThrows(IllegalArgumentException.class, () -> new CentreFact("某中心", "approvalDate", "2016年", null, false, null, s)).getMessage());
    }
}
