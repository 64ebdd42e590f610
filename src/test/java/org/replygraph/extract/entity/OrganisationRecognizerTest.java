package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.OrganisationMention;

class OrganisationRecognizerTest {
    private final OrganisationRecognizer organisations = new OrganisationRecognizer();

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            国家增材制造创新中心依托西安增材制造研究院有限公司以“公司+联盟”形式组建，实行公司化运作 # 西安增材制造研究院有限公司
            依托中国重型机械研究院、中电科三十九所、陕煤化工研究院等单位布局建设了10家省级中试基地 # 中国重型机械研究院;中电科三十九所;陕煤化工研究院
            均由行业内的科技领军企业如长飞光纤、烽火通信、东风汽车等牵头成立 # 长飞光纤;烽火通信;东风汽车
            华工科技、华中数控、锐科激光3家链主企业牵头产业链上下游100多家企业联合攻关 # 华工科技;华中数控;锐科激光
            县林业局与西南大学合作，西北工业大学打造了一支队伍 # 西南大学;西北工业大学
            支持宁波东方电缆股份有限公司牵头组建创新中心，推动中国科学院宁波材料技术与工程研究所建设 # 宁波东方电缆股份有限公司;中国科学院宁波材料技术与工程研究所
            积极构建市研发中心、省研发中心、省企业研究院、省重点企业研究院的创新链，成立专业研究所7个，支持高校院所 # ''
            整合工业园区后，共同建立开发区资产经营公司，主要通过开发公司市场化运作来逐步解决资金问题 # ''
            拟成立旅游规划公司，由西安增材制造研究院有限公司牵头 # 西安增材制造研究院有限公司
            支持宁波东方电缆公司组建合资公司 # 宁波东方电缆公司
            """)
    void findsNamedOrganisationsNotCategories(String text, String expected) {
        List<OrganisationMention> found = organisations.find(text, List.of());
        assertEquals(expected, found.stream().map(OrganisationMention::name).collect(Collectors.joining(";")));
        for (OrganisationMention o : found) assertEquals(o.name(), o.span().of(text));
    }
}
