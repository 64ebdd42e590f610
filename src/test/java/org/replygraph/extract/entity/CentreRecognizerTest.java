package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.CentreMention;

class CentreRecognizerTest {
    private final CentreRecognizer centres = new CentreRecognizer();

    /** name|kind|level|host per centre found, ';' between centres; '' when none. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            首先感谢您对国家增材制造创新中心建设发展及全省制造业创新中心建设工作的关心和支持。 # 国家增材制造创新中心|创新中心|national|null
            关于把西安“增材制造国家创新中心”打造为我省重要科创平台 # 国家增材制造创新中心|创新中心|national|null
            国家增材制造创新中心依托西安增材制造研究院有限公司以“公司+联盟”形式组建 # 国家增材制造创新中心|创新中心|national|西安增材制造研究院有限公司
            积极推动兴发化工牵头组建湖北三峡实验室，力争产出更多成果。 # 湖北三峡实验室|实验室|provincial|兴发化工
            由相关单位牵头组建江汉云梦实验室。 # 江汉云梦实验室|实验室|null|null
            西北有色金属研究院建设的陕西稀有金属新材料中试基地，为我国提供了大量关键材料。 # 陕西稀有金属新材料中试基地|中试基地|provincial|西北有色金属研究院
            在杭州综合性国家科学中心下设立工业智能研究院的建议 # 杭州综合性国家科学中心|科学中心|national|null;工业智能研究院|研究院|null|null
            其中，中信科公司牵头建设的信息光电子、华中科技大学牵头建设的数字化设计与制造创新中心分别于2017、2018年升级为国家级。 # 信息光电子创新中心|创新中心|national|中信科公司;数字化设计与制造创新中心|创新中心|national|华中科技大学
            省科技厅已批复成立了陕西省乳制品包装材料及装备关键技术、陕西省金属先进成形技术与装备、陕西省镁基新材料等十个中试基地。 # 陕西省乳制品包装材料及装备关键技术中试基地|中试基地|provincial|null;陕西省金属先进成形技术与装备中试基地|中试基地|provincial|null;陕西省镁基新材料中试基地|中试基地|provincial|null
            已建成8个省级制造业创新中心，共建联合实验室，已建成中试线7条、实验室5个。 # ''
            推动企业承建的全国重点实验室朝着规模优势显著的方向发展，支持建设国家技术创新中心、制造业创新中心等平台基地。 # ''
            持续跟踪创新中心基础建设，对申报市级研发中心的企业、申报省研发中心的企业组织专家指导。 # ''
            省企业研究院、重点企业研究院及省技术创新中心这一创新载体链 # ''
            依托中国重型机械研究院、陕煤化工研究院等单位布局建设了10家省级中试基地 # ''
            大力推动中试熟化平台和概念验证中心建设，贯通实验室、概念验证、中试放大全链条。 # ''
            推动之江实验室、西湖实验室建设，支持长三角国家技术创新中心发展，布局湖北实验室和陕西省中试基地。 # 之江实验室|实验室|null|null;西湖实验室|实验室|null|null;长三角国家技术创新中心|技术创新中心|national|null
            支持企业建设省级企业技术中心、工程研究中心、重点实验室等创新平台，建设具有全国影响力的国际科技创新中心。 # ''
            我县企业牵头建设的精密制造、生物材料等2个省级重点实验室通过验收。 # 精密制造重点实验室|重点实验室|provincial|null;生物材料重点实验室|重点实验室|provincial|null
            建设了智能装备中心、新材料中心等2个创新中心，依托长飞、高德红外等国家级制造业创新中心开展合作。 # ''
            支持高校重点实验室、龙头企业研发中心、国家地方联合工程研究中心和省级以上企业技术中心建设，组建产业技术研究院。 # ''
            我厅支持化学与精细化工广东省实验室在汕头建设成果转化基地。 # 化学与精细化工广东省实验室|实验室|null|null
            支持建设国家工程机械动力传动及智能控制技术创新中心，推动产业链上下游协同创新。 # 国家工程机械动力传动及智能控制技术创新中心|技术创新中心|national|null
            国家集成电路特色工艺及封装测试创新中心相继建成运行。 # 国家集成电路特色工艺及封装测试创新中心|创新中心|national|null
            我市已布局建设嘉庚创新实验室、厦门市第三代半导体技术创新中心等平台。 # 嘉庚创新实验室|创新实验室|null|null;厦门市第三代半导体技术创新中心|技术创新中心|municipal|null
            全市拥有烟台市海洋生物资源开发利用重点实验室等省市级平台21家。 # 烟台市海洋生物资源开发利用重点实验室|重点实验室|municipal|null
            我市支持建设安徽省量子计算工程研究中心，推动企业加快发展。 # 安徽省量子计算工程研究中心|工程研究中心|provincial|null
            园区新增重点实验室3家，全市新增省级重点实验室5家。 # ''
            江西省科学技术厅关于2024年度江西省重点实验室拟认定名单的公示 # ''
            季华实验室作为广东省首批省实验室之一，已集聚科研人员1800余人。 # 季华实验室|实验室|null|null
            支持建设江苏省新能源汽车动力系统技术创新中心、常州市储能技术中试基地。 # 江苏省新能源汽车动力系统技术创新中心|技术创新中心|provincial|null;常州市储能技术中试基地|中试基地|municipal|null
            常州市申报中试基地2家，西安市推动中试基地建设。 # ''
            支持建设国家富硒农产品加工技术研发专业中心，推动成果转化。 # 国家富硒农产品加工技术研发专业中心|研发专业中心|national|null
            1. 江西省稀土功能材料重点实验室　依托单位：南昌大学 # 江西省稀土功能材料重点实验室|重点实验室|provincial|null
            公司获得国家技术创新中心认定，园区开放共享重点实验室。 # ''
            我市着力建设金凤实验室，推动明月湖实验室建设。 # 金凤实验室|实验室|null|null;明月湖实验室|实验室|null|null
            目前，我省已在珠海市建设省能源互联网创新中心。 # 省能源互联网创新中心|创新中心|provincial|null
            我部建成水环境模拟与污染控制、地表水环境有机污染物监测分析和湖泊污染控制等一批部级重点实验室。 # 水环境模拟与污染控制重点实验室|重点实验室|national|null;地表水环境有机污染物监测分析重点实验室|重点实验室|national|null;湖泊污染控制重点实验室|重点实验室|national|null
            建成精密制造和生物材料等一批省级重点实验室。 # 精密制造重点实验室|重点实验室|provincial|null;生物材料重点实验室|重点实验室|provincial|null
            国家乳业技术创新中心获批建设，草业、稀土国家技术创新中心加快推进创建。 # 国家乳业技术创新中心|技术创新中心|national|null;国家草业技术创新中心|技术创新中心|national|null;国家稀土技术创新中心|技术创新中心|national|null
            我部建成了一批部级重点实验室和工程技术中心。 # ''
            推进水生态保护和修复等一批部级重点实验室建设。 # ''
            积极支持科研机构、高校院所和企业组建重点试验室、专业技术创新中心。 # ''
            以重点试验室和专业技术创新中心为代表的科技创新平台是区域科技创新体系的重要基础。 # ''
            我市省级专业技术创新中心已达到22家，市级工程技术研究中心146家。 # ''
            企业国家重点实验室，作为科学与工程研究类国家科技创新基地中国家重点实验室的重要组成部分。 # ''
            """)
    void findsNamedCentresOnly(String sentence, String expected) {
        List<CentreMention> found = centres.find(sentence, List.of());
        String actual = found.stream().map(c -> c.name() + "|" + c.kind() + "|" + c.level() + "|" + c.host())
                .collect(Collectors.joining(";"));
        assertEquals(expected, actual);
        for (CentreMention c : found) assertEquals(c.surface(), c.span().of(sentence));
    }

    /**
     * Platforms by context (issue 9 §3): head nouns too common to be kinds (平台, 服务中心) make a platform when the
     * name is quoted whole or opens with 国家/全国 and names a field; a named institute said to become a platform
     * class is the platform, the class its kind; ranks (国家级…), classes listed 等各类… and series (…序列) are no names.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            市健康资源院建成国内首个全国产化“细胞智能制造技术平台”，北京 # 细胞智能制造技术平台|技术平台|null
            持续加强“全国农业技术转移服务中心”建设，并指导建设分中心。 # 全国农业技术转移服务中心|服务中心|national
            完善全国农业技术转移交易服务平台交易功能 # 全国农业技术转移交易服务平台|服务平台|national
            支持建设国家海洋装备检测服务平台。 # 国家海洋装备检测服务平台|服务平台|national
            2021年，支持重庆国际免疫研究院创建市级高端新型研发机构。 # 重庆国际免疫研究院|新型研发机构|municipal
            推动武汉光电工业技术研究院获批省级重点实验室。 # 武汉光电工业技术研究院|重点实验室|null
            青岛海洋科学研究院认定为新型研发机构。 # 青岛海洋科学研究院|新型研发机构|null
            加快工业互联网平台建设，打造观景平台和政务服务中心。 # ''
            争取获批国家重点实验室和粤港澳联合实验室等各类创新平台加快辐射带动。 # ''
            您提出的关于建设国家级复合材料制造业创新中心的建议收悉。 # ''
            成都超算中心纳入国家超算中心序列。 # ''
            布局建设嘉庚、翔安、鹭江3家省创新实验室以及储能设施。 # 嘉庚创新实验室|创新实验室|provincial;翔安创新实验室|创新实验室|provincial;鹭江创新实验室|创新实验室|provincial
            已在长沙、株洲建设2个市级中试基地。 # ''
            明确中试基地要围绕五大产业生态圈布局建设。 # ''
            支持企业建设“专精特新”平台。 # ''
            青岛海洋科学研究院创建了一批高水平团队。 # ''
            促进自治区新型研发机构快速健康发展。 # ''
            对不同类别新型研发机构进行分类指导管理。 # ''
            支持贺州高新区内贺州天润科技企业孵化器创建国家科技企业孵化器。 # 贺州天润科技企业孵化器|孵化器|null
            向科技部推荐了“贺州天润科技企业孵化器”申报认定国家级科技企业孵化器。 # 贺州天润科技企业孵化器|孵化器|null
            建设众创空间孵化器和小型孵化器。 # ''
            已报送湖北省光电子中试平台申报材料。 # 湖北省光电子中试平台|中试平台|provincial
            已报送湖北省生物医药研究平台申报材料。 # 湖北省生物医药研究平台|研究平台|provincial
            建设中试平台和研究平台。 # ''
            我市已布局建设生物医药中试平台11个，提供中试服务。 # ''
            """)
    void findsPlatformsByContext(String sentence, String expected) {
        List<CentreMention> found = centres.find(sentence, List.of());
        String actual = found.stream().map(c -> c.name() + "|" + c.kind() + "|" + c.level()).collect(Collectors.joining(";"));
        assertEquals(expected, actual);
        for (CentreMention c : found) assertEquals(c.surface(), c.span().of(sentence));
    }

    /**
     * A predicate the segmenter hides inside a mis-read name (著|力建设, real letter r083) still ends the name's reach,
     * and the adverb's single chars (著|力) are no host.
     */
    @org.junit.jupiter.api.Test
    void aPredicateInsideAMisreadWordEndsTheName() {
        List<CentreMention> found = centres.find("著力建设金凤实验室、明月湖实验室等“重庆实验室”。", List.of());
        assertEquals(List.of("金凤实验室", "明月湖实验室"), found.stream().map(CentreMention::name).toList());
        assertEquals(java.util.Arrays.asList(null, null), found.stream().map(CentreMention::host).toList());
    }
}
