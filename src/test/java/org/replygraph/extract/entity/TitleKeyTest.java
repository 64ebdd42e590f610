package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleKeyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            大巴山生物多样性保护与利用系统工程规划(2021-2035年 # 大巴山生物多样性保护与利用系统工程规划(2021-2035年)
            郑州市高新技术企业培育三年倍增计划实施方案 (2024—2026年)  # 郑州市高新技术企业培育三年倍增计划实施方案(2024-2026年)
            湖北省制造业创新中心建设管理办法（2023年修订） # 湖北省制造业创新中心建设管理办法(2023年修订)
            “中国制造2025” # 中国制造2025
            """)
    void keyFoldsWidthSpacesQuotesAndBalancesParentheses(String title, String key) {
        assertEquals(key, TitleKey.of(title));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            ' “关于做好水泥行业常态化错峰生产的通知” ' # 关于做好水泥行业常态化错峰生产的通知
            大巴山生物多样性保护与利用系统工程规划(2021-2035年 # 大巴山生物多样性保护与利用系统工程规划(2021-2035年
            “十四五”国家科技创新规划 # “十四五”国家科技创新规划
            宁波市科技创新“十四五”规划” # 宁波市科技创新“十四五”规划”
            “关于印发加快中试基地建设实施方案的通知 # 关于印发加快中试基地建设实施方案的通知
            """)
    void cleanTrimsEndsAndKeepsTheRestAsWritten(String raw, String clean) {
        assertEquals(clean, TitleKey.clean(raw));
    }
}
