package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The issuer of a text that is no letter (a news item, a notice). */
class IssuerFinderTest {
    private final IssuerFinder finder = new IssuerFinder();
    private final MetadataParser metadata = new MetadataParser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
            "市政协召开重点提案督办推进会\\n发布时间:2024-05-16 09:30 来源:绍兴市政协办公室 【字体:大 中 小】\\n5月15日,市政协召开会议。#绍兴市政协办公室",
            "发布机构:嘉兴市经济和信息化局 发布日期:2023-03-02\\n近日,市经信局印发《实施方案》。#嘉兴市经济和信息化局",
            "来源:浙江日报\\n近日,省经信委出台了《关于开展省级制造业创新中心创建工作的实施方案》。#省经信委",
            "近日,省经信委出台了《关于开展省级制造业创新中心创建工作的实施方案》。#省经信委",
            "江西省科学技术厅关于2024年度江西省重点实验室拟认定名单的公示\\n根据《管理办法》,拟认定以下实验室。#江西省科学技术厅",
    })
    void readsTheIssuerOfAReport(String text, String issuer) {
        text = text.replace("\\n", "\n");   // CSV rows write line breaks as \\n
        Metadata meta = metadata.parse(text, 0, text.length());
        assertEquals(issuer, finder.ofReport(text, text.length(), meta).orElseThrow().value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {"来源:新华社\\n5月15日,全国政协召开双周协商座谈会。", "本网讯 近日召开座谈会。"})
    void aReportWithoutAnAgencyHasNoIssuer(String text) {
        text = text.replace("\\n", "\n");
        Metadata meta = metadata.parse(text, 0, text.length());
        assertTrue(finder.ofReport(text, text.length(), meta).isEmpty(), text);
    }
}
