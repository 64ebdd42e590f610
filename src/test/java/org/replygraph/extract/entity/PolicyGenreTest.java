package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyGenreTest {
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            关于进一步加强国家增材制造创新中心建设工作的通知 # true
            湖北省制造业创新中心建设管理办法(2023年修订) # true
            河南省科技助企惠企政策新十条(试行) # true
            大巴山生物多样性保护与利用系统工程规划(2021-2035年 # true
            关于推进湖北省产业技术创新联合体建设的指导意见(试行) # true
            省人大代表建议、批评和意见办理情况反馈意见表 # false
            关于培育与发展高新技术产业的建议 # false
            增材制造 # false
            中国制造2025 # false
            """)
    void genreComesFromTheLastWordsBeforeQualifiers(String title, boolean policy) {
        assertEquals(policy, PolicyGenre.isPolicyGenre(title));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            方案 # true
            管理办法 # true
            指引 # true
            实施意见 # true
            湖北省科技领军企业培育实施方案 # false
            中国制造2025 # false
            """)
    void bareGenreIsABackReference(String title, boolean bare) {
        assertEquals(bare, PolicyGenre.isBareGenre(title));
    }

    /** Technical standards are not policies (real letters r066, r079; issue 9 §3); management rules and plans stay policies. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            博物馆建筑设计规范 # true
            高标准农田建设通则 # true
            公路工程技术标准(JTG B01-2014) # true
            城镇污水处理厂运行维护规程 # true
            科技企业孵化器管理规范 # false
            湖北省科研诚信规范 # false
            关于加强农村公路建设的实施意见 # false
            重庆市制造业产业基础再造和产业链供应链现代化水平提升工程实施方案 # false
            """)
    void technicalStandardsAreTypedApart(String title, boolean standard) {
        assertEquals(standard, PolicyGenre.isTechnicalStandard(title));
    }

    /**
     * Work ledgers are not policies (issue 9 §3, gap G5 of docs/issue9-patterns.md); a rule about ledgers, a notice on them
     * and a standard stay what they are.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            示例区重点目标任务台账 # true
            示例县重点项目推进台帐 # true
            示例市突出问题整改台账(2024年) # true
            示例镇信访问题台账清单 # true
            村级财务台账管理办法 # false
            关于规范安全生产台账管理的通知 # false
            台账 # false
            博物馆建筑设计规范 # false
            """)
    void workLedgersAreTypedApart(String title, boolean ledger) {
        assertEquals(ledger, PolicyGenre.isWorkLedger(title));
    }
}
