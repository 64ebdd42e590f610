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
            湖南中医药大学第一附属医院牵头，湖南中医药大学参与 # 湖南中医药大学
            华中科技大学同济医学院附属同济医院咸宁医院建成 # ''
            重点支持广州市建设中国(广州)智能装备研究院、佛山市建设华南智能机器人创新研究院 # 中国(广州)智能装备研究院;华南智能机器人创新研究院
            关于联合香港金融机构和投资集团为项目融资赋能的建议 # ''
            接洽香港金融机构及投资集团，为项目匹配投资资金 # ''
            为中医药产业链的植物药业公司提供检测服务 # ''
            鼓励有基础的大企业大集团、新型研发机构等积极探索 # ''
            我们先后聘请了国内一流的旅游规划公司对重点旅游区进行策划 # ''
            经交运局、公交公司以及社区的书记一起去实地查看 # ''
            市公交公司已调整线路 # 市公交公司
            建设“中国张仲景中医药博物馆”“中国张仲景国医大学”等 # ''
            依托北京中医药大学、北京大学和浙江大学开展研究 # 北京中医药大学;北京大学;浙江大学
            目前,哈尔滨工业大学(深圳)正与鹏城实验室联合推进 # 哈尔滨工业大学(深圳)
            与哈尔滨工业大学(筹)合作 # 哈尔滨工业大学
            并委托辽宁省公路勘测设计公司对路由进行了初步设计 # 辽宁省公路勘测设计公司
            增添信号灯一事,已向华南理工大学研究交通规划的团队咨询 # 华南理工大学
            县林业局已与西南大学合作 # 西南大学
            由同济大学牵头编制 # 同济大学
            县林业局与同济大学合作 # 同济大学
            我局就你镇林源苗木有限公司的种苗问题进行了研究 # 林源苗木有限公司
            碑林环大学创新产业带等一批创新高地脱颖而出 # ''
            一、近年来市科技局支持碑林环大学产业带建设发展情况 # ''
            与西北工业大学共建研究院 # 西北工业大学
            西南大学联合西北工业大学开展研究 # 西南大学;西北工业大学
            请相关单位做好配合工作 # ''
            """)
    void findsNamedOrganisationsNotCategories(String text, String expected) {
        List<OrganisationMention> found = organisations.find(text, List.of());
        assertEquals(expected, found.stream().map(OrganisationMention::name).collect(Collectors.joining(";")));
        for (OrganisationMention o : found) assertEquals(o.name(), o.span().of(text));
    }
}
