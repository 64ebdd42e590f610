package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.agency.AgencyResolver;

/**
 * Policy titles in wordings beyond the seeds (sentences of the entity challenge letters): nested 〈〉 (a notice issuing a
 * plan names both, and 《行动计划》 after it is the plan),
 * “” inside a title, a 文号 or a 令 after it, back-references, periodicals, books, forms, a programme,
 * a title cited with “” instead of 《》, and the proposal's own title cited again mid-letter.
 */
class PolicyRecognizerChallengeTest {
    private static final AgencyRecognizer AGENCIES = new AgencyRecognizer(AgencyResolver.standard());
    private final PolicyRecognizer policies = new PolicyRecognizer();

    /** title|docNumber per policy mention, ';' between them; '' when none. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            省政府印发《关于印发〈广东省培育发展战略性支柱产业集群行动计划〉的通知》(粤府〔2023〕45号)。按照《行动计划》要求推进。 # 关于印发〈广东省培育发展战略性支柱产业集群行动计划〉的通知|粤府〔2023〕45号;广东省培育发展战略性支柱产业集群行动计划|null;广东省培育发展战略性支柱产业集群行动计划|null
            我厅认真贯彻《江苏省“十四五”科技创新规划》，《科技日报》曾以《江苏:技术创新中心激活产业链》为题进行了报道。 # 江苏省“十四五”科技创新规划|null
            按照国家发展改革委《国家工程研究中心管理办法》(国家发展改革委令第47号)要求。 # 国家工程研究中心管理办法|null
            编印《浙江省实验室建设发展报告》一书，请您在《提案办理情况征询意见表》中填写意见。 # ''
            我委在《江西日报》开设专栏，在江西卫视《赣鄱创新说》节目中宣传典型案例。 # ''
            省政府办公厅印发《甘肃省“十四五”能源发展规划》和“关于支持新能源产业高质量发展的若干措施”，明确奖励。 # 甘肃省“十四五”能源发展规划|null;关于支持新能源产业高质量发展的若干措施|null
            我省印发《黑龙江省实施〈中华人民共和国促进科技成果转化法〉办法》，推动平台成果就地转化。 # 黑龙江省实施〈中华人民共和国促进科技成果转化法〉办法|null
            我委印发《江西省战略性新兴产业倍增计划(2023—2026年)》。国家发展改革委《产业结构调整指导目录(2024年本)》施行。 # 江西省战略性新兴产业倍增计划(2023—2026年)|null;产业结构调整指导目录(2024年本)|null
            """)
    void findsPolicyTitlesWrittenInNewWays(String text, String expected) {
        String actual = policies.find(text, null, AGENCIES.find(text, "广东省")).policies().stream()
                .map(p -> p.title() + "|" + p.docNumber()).collect(Collectors.joining(";"));
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            关于您在《关于加快培育新质生产力的提案》中提到的创新平台问题，我委高度重视。 # 关于加快培育新质生产力的提案
            """)
    void theProposalsOwnTitleCitedAgainIsNoPolicy(String text, String proposalTitle) {
        assertEquals(0, policies.find(text, proposalTitle, AGENCIES.find(text, "江西省")).policies().size(), text);
    }
}
