package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.PolicyMention;

/**
 * Policy patterns of batches 18-20 (issue 9 §3): a document quoted inside its issuer's name (《厅〈关于印发…的通知〉》), a
 * funding programme run under a quoted name (组织实施“…计划”) and records that are no policies (答复清单, 会议纪要, 台账).
 */
class PolicyCuesTest {
    private final PolicyRecognizer policies = new PolicyRecognizer();

    /** titles found, ';' between them; '' when none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            按照《内蒙古自治区工业和信息化厅〈关于印发内蒙古自治区工业园区优化调整实施方案的通知〉》(内工信发〔202054号)精神，将两个管委会合并。 # 内蒙古自治区工业和信息化厅关于印发内蒙古自治区工业园区优化调整实施方案的通知
            根据《关于〈中国制造2025〉的解读》开展宣传。 # ''
            2012年起，教育部、财政部共同组织实施“高等学校创新能力提升计划”(以下简称计划)，并启动认定工作。 # ''
            自2015年以来连续实施三轮“光网建设三年行动计划”，推动全省城乡光纤宽带发展。 # 光网建设三年行动计划
            省政府印发《高等学校创新能力提升计划》，明确目标。 # 高等学校创新能力提升计划
            根据区政协提案办理相关要求，具体答复内容详见附件《巴南区政协提案办理答复清单》。 # ''
            我镇于6月初收到正式印发的《区政府常务会议纪要》(番府十八届31次〔2022〕7号)。 # ''
            并细化形成《加快建设工业强区重点目标任务台账》，努力建成创新能力强的工业强区。 # ''
            市场监管总局印发《市场准入负面清单》，全面实施。 # 市场准入负面清单
            """)
    void readsTheBatch18To20Cues(String sentence, String expected) {
        List<PolicyMention> found = policies.find(sentence, null, List.of()).policies();
        assertEquals(expected, found.stream().map(PolicyMention::title).collect(Collectors.joining(";")));
    }

    /**
     * A work ledger is typed apart and is no policy even with a policy's cues (印发, a 文号): gap G5 of docs/issue9-patterns.md;
     * a rule about ledgers stays a policy.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            区政府办公室印发《示例区重点项目推进台帐》(示政办〔2024〕3号)，明确责任。 # ''
            我局制定《示例县突出问题整改台账(2024年)》，逐项销号。 # ''
            市财政局印发《村级财务台账管理办法》，规范管理。 # 村级财务台账管理办法
            """)
    void aWorkLedgerIsNoPolicy(String sentence, String expected) {
        List<PolicyMention> found = policies.find(sentence, null, List.of()).policies();
        assertEquals(expected, found.stream().map(PolicyMention::title).collect(Collectors.joining(";")));
    }
}
