package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.agency.AgencyResolver;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.PolicyMention;

class PolicyRecognizerTest {
    private static final AgencyRecognizer AGENCIES = new AgencyRecognizer(AgencyResolver.standard());
    private final PolicyRecognizer policies = new PolicyRecognizer();

    private List<PolicyMention> find(String text, String proposalTitle) {
        List<AgencyRef> agencies = AGENCIES.find(text, "陕西省");
        return policies.find(text, proposalTitle, agencies).policies();
    }

    /** title|docNumber|issuer surfaces|year per policy, ';' between policies; '' when none. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            一、2021年3月25日，省工信厅、省生态环境厅印发《关于做好水泥行业常态化错峰生产的通知》(陕工信发〔2021〕92号)，明确提出要求。 # 关于做好水泥行业常态化错峰生产的通知|陕工信发〔2021〕92号|省工信厅,省生态环境厅|2021
            专门印发了《湘潭市政府政务服务中心建议提案办理工作方案》(潭政务发[2017]7号)，明确了指导思想。 # 湘潭市政府政务服务中心建议提案办理工作方案|潭政务发[2017]7号||2017
            国家增材制造创新中心是工信部落实《中国制造2025》第二家布局的国家级创新中心。 # 中国制造2025|null||null
            三是加强跟踪服务。创办《增材制造》内刊，持续跟踪创新中心基础建设。 # ''
            请填写在《省人大代表建议、批评和意见办理情况反馈意见表》上及时反馈我们。 # ''
            您提出的《关于加强政策配套支持建设高水平中试共享平台的提案》收悉。现答复如下： # ''
            贵单位提出的关于《加强科技领军企业主导的产学研深入融合提升我省产业自主创新水平》的提案收悉，现报告如下。 # ''
            您提出的《关于积极支持宜宾市申报“国家创新型试点城市》(第94号建议)收悉，感谢您。 # ''
            您在市十四届人大三次会议上提出的《关于加快制定智能制造三年行动计划》建议，我们高度重视。 # ''
            您《关于支持电子商务平台智慧社区建设的实施方案》，现答复如下。 # ''
            结合您提出的建议，我们按照《浙江省科技创新条例》要求推进。 # 浙江省科技创新条例|null||null
            2023年以来，先后印发了《秦创原创新驱动平台建设三年行动计划(2024-2026年)》《陕西省概念验证中心和中试基地建设实施意见》，提供了保障。 # 秦创原创新驱动平台建设三年行动计划(2024-2026年)|null||2024;陕西省概念验证中心和中试基地建设实施意见|null||null
            包括《郑州市高新技术企业培育三年倍增计划实施方案 (2024—2026年) 》《河南省科技助企惠企政策新十条(试行)》，助力企业。 # 郑州市高新技术企业培育三年倍增计划实施方案 (2024—2026年)|null||2024;河南省科技助企惠企政策新十条(试行)|null||null
            出台《湖北省加快生物医药产业高质量发展的实施意见》《湖北省医疗装备产业高质量发展实施 # 湖北省加快生物医药产业高质量发展的实施意见|null||null
            县林业局与西南大学合作，编制了《大巴山生物多样性保护与利用系统工程规划(2021-2035年》，规划建设场馆。 # 大巴山生物多样性保护与利用系统工程规划(2021-2035年|null||2021
            """)
    void readsPoliciesAndWhatIsStatedAboutThem(String text, String expected) {
        String actual = find(text, null).stream()
                .map(p -> p.title() + "|" + p.docNumber() + "|"
                        + p.issuers().stream().map(AgencyRef::surface).collect(Collectors.joining(",")) + "|" + p.year())
                .collect(Collectors.joining(";"));
        assertEquals(expected, actual);
    }

    /**
     * Policies by cue whatever the last word (issue 9 §3): an issuing verb before the chain of titles, the title's
     * own 文号, 等文件 after the chain; not after a verb that only cites or publishes, not a slogan, not a form.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            2022年7月，市政府办公厅正式印发《关于成立生物城建设推进工作小组的体制》(渝府办〔2022〕16号)，成立工作小组。 # 关于成立生物城建设推进工作小组的体制|渝府办〔2022〕16号
            水利部制订《长江流域片河湖长协作机制(试行)》，推动建立合作机制。 # 长江流域片河湖长协作机制(试行)|null
            2023年7月，国家发改委、国家卫健委印发《第五批国家区域医疗中心项目名单》，某医院成功入选。 # 第五批国家区域医疗中心项目名单|null
            我部印发《关于完善制造业创新体系的指导意见》《省级制造业创新中心升级为国家制造业创新中心条件》等文件，确定了纲领。 # 关于完善制造业创新体系的指导意见|null;省级制造业创新中心升级为国家制造业创新中心条件|null
            我局现已编制完成《某县乡村旅游扶贫规划》《某县旅游发展总体规划修编2016-2030》，同时出台了计划。 # 某县乡村旅游扶贫规划|null;某县旅游发展总体规划修编2016-2030|null
            省里参照《公共文化服务体系》推进工作。 # ''
            创办《科技前沿》，刊发成果。 # ''
            要求做到重点建议“一建议一方案”，规范办理流程。 # ''
            印发《建议提案办理沟通联系表》，请及时反馈。 # ''
            编制完成《某河综合整治工程可行性研究报告》，报送审批。 # ''
            《国务院办公厅关于推进示范区建设发展的指导意见》(国办发〔2018〕4号)出台后，再次学习了国务院办公厅《关于推进示范区建设发展的指导意见》。 # 国务院办公厅关于推进示范区建设发展的指导意见|国办发〔2018〕4号;国务院办公厅关于推进示范区建设发展的指导意见|国办发〔2018〕4号
            省政府印发了省政府办公厅《关于加快示范区建设的实施意见》，后又转发《省政府办公厅关于加快示范区建设的实施意见》。 # 省政府办公厅关于加快示范区建设的实施意见|null;省政府办公厅关于加快示范区建设的实施意见|null
            科技厅印发《关于加快示范区建设的实施意见》，市政府印发《市政府关于加快示范区建设的实施意见》。 # 关于加快示范区建设的实施意见|null;市政府关于加快示范区建设的实施意见|null
            《宣城市人民政府突发公共事件总体应急预案》和《宣城市生产安全事故应急预案》已经政府印发。 # 宣城市人民政府突发公共事件总体应急预案|null;宣城市生产安全事故应急预案|null
            自然资源部、国家林业和草原局联合下发了《关于做好自然保护区范围及功能分区优化调整前期有关工作的函》(自然资函〔2020〕71号)，要求科学界定。 # 关于做好自然保护区范围及功能分区优化调整前期有关工作的函|自然资函〔2020〕71号
            我镇向区政府相关职能部门发出了《石楼镇人民政府关于增设社区居民委员会的请示(征求意见稿)意见的函》(石府函〔2022〕12号)。 # ''
            应急管理部发布《关于政协第十三届全国委员会第五次会议第03503号提案答复的函》，对提案进行答复。 # ''
            请参阅《关于做好自然保护区优化调整有关工作的函》。 # ''
            市里已下发《关于印发<某市2025年城市体检工作方案>的通知》(某城检办〔2025〕1号)，明确了任务。 # 关于印发<某市2025年城市体检工作方案>的通知|某城检办〔2025〕1号;某市2025年城市体检工作方案|null
            根据《某部 某某部关于印发〈某某补助资金管理暂行办法〉的通知》要求，无资金支持。 # 某部 某某部关于印发〈某某补助资金管理暂行办法〉的通知|null;某某补助资金管理暂行办法|null
            根据某部《关于在全国开展某区划定”工作的函》(某资函﹝2022﹞47号)要求，修改完善成果。 # 关于在全国开展某区划定”工作的函|某资函﹝2022﹞47号
            编制形成全省首个大数据标准《某省政务信息资源分类与编码标准》，列入地方标准计划。 # ''
            严格执行《某市排水管网运行规范》(DB99/T 12-2020)，定期巡查。 # ''
            省政府印发《某省行政执法公示规范》，要求各地执行。 # 某省行政执法公示规范|null
            """)
    void readsPoliciesByTheirCues(String text, String expected) {
        String actual = find(text, null).stream().map(p -> p.title() + "|" + p.docNumber()).collect(Collectors.joining(";"));
        assertEquals(expected, actual);
    }

    @Test
    void backReferenceResolvesToTheFullTitleWithItsOwnSpan() {
        String text = "2021年1月，市政府办公厅印发《重庆市市级高新技术产业开发区认定和管理办法(修订)》，新修订的《管理办法》提出要求。";
        List<PolicyMention> found = find(text, null);
        assertEquals(2, found.size());
        assertEquals(found.get(0).title(), found.get(1).title());
        assertEquals("管理办法", found.get(1).span().of(text));
        assertEquals(List.of("市政府办公厅"), found.get(1).issuers().stream().map(AgencyRef::surface).toList());
    }

    /** A short name given right after a title (以下简称《…》) is that document, there and wherever it recurs. */
    @Test
    void aShortNameGivenAfterATitleIsThatDocument() {
        String text = "我部联合16个部委共同印发《国家适应气候变化战略2035》(以下简称《适应战略2035》)，为开展工作提供指导。为实施《适应战略2035》，我部正在推进试点。";
        List<PolicyMention> found = find(text, null);
        assertEquals(List.of("国家适应气候变化战略2035", "国家适应气候变化战略2035", "国家适应气候变化战略2035"),
                found.stream().map(PolicyMention::title).toList());
        assertEquals("适应战略2035", found.get(2).span().of(text));
    }

    @Test
    void aTitleAfterAnotherIsNoShortName() {
        String text = "印发《国家适应气候变化战略2035》和《适应战略2035》。";
        assertEquals(List.of("国家适应气候变化战略2035", "适应战略2035"), find(text, null).stream().map(PolicyMention::title).toList());
    }

    @Test
    void unresolvedBackReferenceIsNoPolicy() {
        assertEquals(List.of(), find("结合《指引》部署要求，进一步修改完善试点建设方案。", null));
    }

    @Test
    void theLettersOwnProposalTitleIsSkipped() {
        String text = "现将《关于支持电子商务平台智慧社区(小区)建设的实施方案》答复如下：";
        assertEquals(List.of(), find(text, "关于支持电子商务平台智慧社区（小区）建设的实施方案"));
        assertEquals(1, find(text, null).size());
    }

    @Test
    void titleSpanCoversTheTitleAsWritten() {
        String text = "落实《 “中国制造2025” 》要求";
        PolicyMention p = find(text, null).get(0);
        assertEquals("中国制造2025", p.title());
        assertEquals("中国制造2025", p.span().of(text));
    }
}
