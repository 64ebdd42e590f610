package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.Located;

class CoHandlerParserTest {
    private final CoHandlerParser parser = new CoHandlerParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "收悉。经我局主办,市人力资源管理局和市经信局会办,现答复如下#市人力资源管理局,市经信局",
            "收到建议后,市科技局高度重视,协同市发改委、市工信局、市财政局认真研究,推动转化#市发改委,市工信局,市财政局",
            "收悉。经我局主办,区经信局、区人社局协办,现答复如下#区经信局,区人社局",
            "收悉,经我局与市规划和自然资源局、市生态环境局共同研究办理,现答复如下#市规划和自然资源局,市生态环境局",
            "收悉,经我厅与会办单位(省教育厅、省委金融办、省发展和改革委员会、省经济和信息化厅)认真研究#省教育厅,省委金融办,省发展和改革委员会,省经济和信息化厅",
            "我厅高度重视,会同省药监局、省发改委、国家金融监督管理总局湖北监管局认真研究#省药监局,省发改委,国家金融监督管理总局湖北监管局",
            "收悉,市财政局和市科技局会办,现答复如下#市财政局,市科技局",
            "收悉。经我局会同市发改委、市财政局等相关部门认真研究#市发改委,市财政局",
            "收悉。经我局主办,市科技局及有关单位会办,现答复如下#市科技局",
            "收悉。经与县发改局、县自然资源和规划局共同研究,现答复如下#县发改局,县自然资源和规划局",
            "收悉。经和市教育局认真研究,现答复如下#市教育局",
            "收悉。本建议由我局主办,县人社局、县财政局会办。现将办理情况答复如下#县人社局,县财政局",
            "收悉。经县文化旅游体育局、县交通运输局共同研究,现答复如下#县文化旅游体育局,县交通运输局",
            "收悉。我局高度重视,会同市科技局、市发展改革委进行了认真研究,现答复如下#市科技局,市发展改革委",
            "收悉。经商国家发展改革委、科技部,现答复如下#国家发展改革委,科技部",
            "收悉。经与会办单位县财政局、县自然资源局共同研究,现答复如下#县财政局,县自然资源局",
            "收悉。经与配合单位市水务局共同研究,现答复如下#市水务局",
            "收悉。经与市财政局、台州海关共同研究,现答复如下#市财政局,台州海关",
            "收悉。在市财政局、市人力资源和社会保障局的积极配合下,现答复如下#市财政局,市人力资源和社会保障局",
            "感谢您的关心。\\n(主办单位:市科技局 协办单位:市财政局、市工信局)\\n#市财政局,市工信局",
            // real letters (batch 10): a list tail naming the role, and combined opinions
            "收悉。经与市发展改革委、市经济信息委、两江新区管委会等协办单位共同研究办理,现将办理情况答复如下#市发展改革委,市经济信息委,两江新区管委会",
            "收悉。经与市发展改革委、市政府口岸物流办等会办单位共同研究,现答复如下#市发展改革委,市政府口岸物流办",
            "的建议收悉,经综合省发展改革委、省科学技术厅意见,现答复如下#省发展改革委,省科学技术厅",
            "收悉。综合市财政局、市人社局的会办意见,现答复如下#市财政局,市人社局",
            // real letters (batch 11): bare 商 / 并商 / 会商 before a joint opinion or study
            "已转至我局办理。我局高度重视,并商市发展改革委、市经济合作局形成了回复意见,并于8月5日与您面商#市发展改革委,市经济合作局",
            "收悉。经会商市财政局、市农业农村局研究,现答复如下#市财政局,市农业农村局",
            "收悉。我局高度重视,商县自然资源局、县林业局提出了办理意见,现答复如下#县自然资源局,县林业局",
            // real letters (batch 14): 经商 with no comma before 现答复 (r129)
            "您提出的关于粮食产业高质量发展的建议收悉。经商财政部、教育部、科技部现答复如下:#财政部,教育部,科技部",
            "收悉。经商省财政厅、省教育厅同意,现将办理情况答复如下#省财政厅,省教育厅",
            "收悉。经商国家发展改革委等部门,现答复如下#国家发展改革委",
            // real letter r146: consultation verbs before the answer, a list closed by 和
            "收悉。经与自治区发改委、财政厅、科技厅、教育厅、卫健委和文旅厅充分沟通,现将办理意见答复如下:#自治区发改委,财政厅,科技厅,教育厅,卫健委,文旅厅",
            "收悉。经与县财政局、县自然资源局反复协商,现答复如下#县财政局,县自然资源局",
            // batches 18-20: a party office with its government name in brackets, a central regulator's provincial
            // office, a list tail (r180); towns and subdistricts handling their part (r194); the object between
            // 会同's list and the verb (r157)
            "经认真研究,并商省委组织部、省委金融办(省地方金融局)、省发展改革委、国家金融监督管理总局浙江监管局等会办单位,现就有关问题答复如下:"
                    + "#省委组织部,省委金融办,省发展改革委,国家金融监督管理总局浙江监管局",
            "收悉,经与区城乡一体发展中心、区农业农村委、惠民街道、二圣镇等协办单位共同研究办理,现进行答复#区城乡一体发展中心,区农业农村委,惠民街道,二圣镇",
            "收悉。会同省委编办、省教育厅、武汉市政府等单位,对提案进行了认真研究和办理,现答复如下#省委编办,省教育厅,武汉市政府",
            "收悉。会同市发改委、市财政局等6个单位认真研究,现答复如下#市发改委,市财政局",
            // studied with them, named as co-handlers before the verb (batch 31)
            "感谢您的重视和对环卫工作的关心,我局高度重视,与区城管局等协办单位对您所提的建议进行了认真研究。#区城管局",
            "收悉。我局会同县交通局、县财政局等会办单位进行了现场调研#县交通局,县财政局",
    })
    void readsCoHandlers(String text, String names) {
        text = text.replace("\\n", "\n");
        List<String> found = parser.find(text, 0, text.length()).stream().map(Located::value).toList();
        assertEquals(List.of(names.split(",")), found);
    }

    @Test
    void splitsAMetadataCell() {
        assertEquals(List.of("省发展改革委"), parser.split(Located.at("省发展改革委", 5, 11)).stream().map(Located::value).toList());
        assertEquals(5, parser.split(Located.at("省发展改革委", 5, 11)).get(0).span().start());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "收悉。经与企业、高校共同研究,形成了工作方案",
            "收悉。推动产业集群和产业生态协同发展,组织开展研究",
            "下一步,我厅将会同省科技厅、省财政厅,进一步加大政策支持力度",
            "收悉。经商务局、发改局研究,现答复如下",
            "收悉。经与会办单位共同研究,现答复如下",
            "收悉。经与海关工作人员共同研究,现答复如下",
            "收悉。在您的大力支持下,我市产业取得长足发展",
            // split handling: each body answers its own part
            "收悉。本建议由我局主办,分办单位为市财政局,现答复如下",
            "收悉。该件已分办市交通运输局单独答复,现就我局职责答复如下",
            // opinions that are not bodies'
            "收悉。经综合各方意见,现答复如下",
            "收悉。我局综合考虑群众意见,现答复如下",
            // 商 that is not consulting a co-handler: negotiation, commerce, joint lobbying, a visit to the proposer
            "收悉。我局将积极协商市发改委形成意见",
            "收悉。经商务局研究,现答复如下",
            "收悉。并商省发改委共同向国家争取资金支持",
            "收悉。由分管领导深入村委与您面商,形成初步意见",
            "收悉。该件已分办,并商市交通运输局单独答复",
            // joint issuing of a policy is no co-handling of the proposal (r036)
            "20176月,经商国家发展改革委、财政部等部门同意,印发《农业部办公厅关于开展第一批国家农业可持续发展试验示范区评估确定工作的通知》",
            "收悉。经商省财政厅同意,联合印发了《实施办法》",
            "收悉。经商务局、发改局现答复如下",
            // consulting in the future, or people rather than bodies
            "收悉。下一步,我局将积极与市发改委沟通,争取项目资金",
            "收悉。经与提案人充分沟通,现答复如下",
            "收悉。经与村民代表反复协商,形成初步方案",
            // collective towns are no bodies; an aside in brackets that is no body's other name
            "收悉。经与各镇、街道共同研究,现答复如下",
            // a verb before a town (r044)
            "在市委、市政府正确领导下,我局不断加大农村公路建设力度。经结合白塔镇共同研究,现该路段已列入系统",
            "收悉。会同有关企业(含3家国企),对提案进行了认真研究",
            "收悉。我局与张三等协办人员对接,现答复如下",
    })
    void partnersThatAreNoBodiesOrOnlyFutureAreNoCoHandlers(String text) {
        assertTrue(parser.find(text, 0, text.length()).isEmpty(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "本提案在办理过程中,得到了市发改委、市财政局的大力支持。感谢贵委#市发改委,市财政局",
            "办理过程中得到市交通运输局的积极配合#市交通运输局",
    })
    void readsCoHandlersThankedAtTheEnd(String text, String names) {
        List<String> found = parser.acknowledged(text, 0, text.length()).stream().map(Located::value).toList();
        assertEquals(List.of(names.split(",")), found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a closing paragraph or a note under the sign-off, long after the answering sentence
            "特此答复。\\n本提案由市科技局主办,市发改委、市财政局、市委组织部会办。\\n#市发改委,市财政局,市委组织部",
            "市科学技术局\\n2024年5月6日\\n(协办单位:市财政局、市工信局)\\n#市财政局,市工信局",
            "感谢您的关心。会办单位:县交通运输局、二圣镇#县交通运输局,二圣镇",
    })
    void readsCoHandlersListedByTheirRoleOutsideTheAnswer(String text, String names) {
        text = text.replace("\\n", "\n");
        List<String> found = parser.labelled(text, 0, text.length()).stream().map(Located::value).toList();
        assertEquals(List.of(names.split(",")), found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // the body's own cooperation and consultation are no role words
            "下一步,我局将会同市发改委、市财政局认真研究",
            "在市财政局、市人社局的积极配合下,项目顺利完成",
            "我委为协办单位,现将办理情况答复如下",
    })
    void cooperationWithoutARoleWordIsNoListedCoHandling(String text) {
        assertTrue(parser.labelled(text, 0, text.length()).isEmpty(), text);
    }

    @Test
    void thanksToTheProposerNameNoCoHandler() {
        String text = "在办理过程中,得到了您的大力支持和理解";
        assertTrue(parser.acknowledged(text, 0, text.length()).isEmpty());
    }

    @Test
    void cooperationInTheBodyIsNoCoHandling() {
        String text = "我厅与省发改委密切配合,着力推进我省创新型城市建设";
        assertTrue(parser.find(text, 0, text.length()).isEmpty());
    }
}
