package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.agency.Places;

class JurisdictionFinderTest {
    private final JurisdictionFinder finder = new JurisdictionFinder(Places.standard());

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            '感谢您的关心。\\n专此复函。\\n陕西省工业和信息化厅\\n2021年5月7日' # 陕西省
            '感谢贵单位的支持。\\n\\n湖北省科技厅    \\n\\n2024年7月23日   \\n\\n附件:' # 湖北省
            '此复函已经审签。\\n城口县发展和改革委员会\\n                            2022711' # 城口县
            '发布机构: 杭州市科学技术局 生成日期: 2023-08-04\\n感谢您对科技工作的关心与支持！' # 杭州市
            '谢谢您们对我们提案办理工作的支持理解！\\n市政府政务服务中心\\n2017年5月2日' # ''
            """)
    void readsThePlaceOfTheSignOff(String text, String place) {
        String found = finder.find(text.replace("\\n", "\n"));
        assertEquals(place, found == null ? "" : found);
    }
}
