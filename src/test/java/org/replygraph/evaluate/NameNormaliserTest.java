package org.replygraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormaliserTest {
    private final NameNormaliser n = new NameNormaliser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // traditional to simplified (seed 003's proposal title and agency)
            "關於在杭州綜合性國家科學中心下設立工業智能研究院的建議 | 关于在杭州综合性国家科学中心下设立工业智能研究院的建议",
            "杭州市科學技術局 | 杭州市科学技术局",
            "杭州各區、縣(市)企業研發機構統計表 | 杭州各区、县(市)企业研发机构统计表",
            // quotation marks dropped (seed 000's title quotes the centre)
            "关于把西安“增材制造国家创新中心”打造为我省重要科创平台的建议 | 关于把西安增材制造国家创新中心打造为我省重要科创平台的建议",
            "「十四五」规划 | 十四五规划",
            // spaces dropped, full-width folded (NFKC)
            "加快中试基地建设 推进产业链创新链深度融合实施方案 | 加快中试基地建设推进产业链创新链深度融合实施方案",
            "秦创原创新驱动平台建设三年行动计划（２０２４-２０２６年） | 秦创原创新驱动平台建设三年行动计划(2024-2026年)",
            "0871- 63512057 | 0871-63512057",
            "已阅\u30000 | 已阅0",
            "陕西省\u200b科学技术厅\ufeff | 陕西省科学技术厅",
            // already simplified text is left as it is
            "陕工信函〔2021〕154号 | 陕工信函〔2021〕154号",
    })
    void normalises(String in, String expected) {
        assertEquals(expected, n.normalise(in));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "關於在杭州綜合性國家科學中心下設立工業智能研究院的建議 | 关于在杭州综合性国家科学中心下设立工业智能研究院的建议",
            "杭州市經信局 | 杭州市经信局",
            "湖北省医药工业高质量发展实施方案(2024-2025年) | 湖北省医药工业高质量发展实施方案（2024-2025年）",
    })
    void sameAfterNormalising(String a, String b) {
        assertEquals(true, n.same(a, b));
    }
}
