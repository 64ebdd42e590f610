package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.CentreMention;

/** Platforms whose head is outside the kinds table, found by context (issue 9 §3), with the negatives that keep precision. */
class PlatformContextTest {
    private final CentreRecognizer centres = new CentreRecognizer();

    /** name|kind per platform found, ';' between them; '' when none. Real-style phrases from r001-r177, dev and seeds. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            同时，我厅也将探讨研究建设张家界学院非人灵长类动物养研中心的有关工作。 # 张家界学院非人灵长类动物养研中心|中心
            目前，湾谷科技园已集聚上海技术交易所、国家技术转移东部中心、上海杨浦科技创业中心等一批高能级平台和专业机构。 # 国家技术转移东部中心|中心;上海杨浦科技创业中心|中心
            。InnoMatch全球技术供需对接平台持续深化供需撮合。 # InnoMatch全球技术供需对接平台|平台
            同时，全球跨境技术贸易数字化平台启动建设，着力打造跨境科技成果交易与知识产权运营的重要支撑平台。 # 全球跨境技术贸易数字化平台|平台
            重点支持两江新区打造大地生物医药孵化园等10万平方米以上的大型科技企业孵化园，围绕照母山建设。 # 大地生物医药孵化园|孵化园
            布局建设嘉庚、翔安、鹭江3家省创新实验室以及智慧储能大型科研基础设施等高能级创新平台。 # 嘉庚创新实验室|创新实验室;翔安创新实验室|创新实验室;鹭江创新实验室|创新实验室;智慧储能大型科研基础设施|科研基础设施
            全区白云博鄂稀土资源研究与综合利用和特种车辆设计制造集成技术2家实验室顺利通过全国重点实验室重组。 # 白云博鄂稀土资源研究与综合利用实验室|实验室;特种车辆设计制造集成技术实验室|实验室
            我县企业牵头建设的精密制造和生物材料2个省级重点实验室通过验收。 # 精密制造重点实验室|重点实验室;生物材料重点实验室|重点实验室
            红河创新技术研究院是浙江大学科研成果在云南省的转化平台和产业聚集地。 # 红河创新技术研究院|研究院
            加快建设市政务服务中心、县新时代文明实践中心和县疾控中心。 # ''
            今年建设上海市杨浦区政务服务中心和杨浦区党群服务中心。 # ''
            目前已进入科技部火炬中心获批国家科技企业孵化器公示名单。 # ''
            科技部答复政协国家重点实验室及生命科学两提案 # ''
            以“实验室+技术创新平台+科研基础条件平台”为核心的创新平台体系。 # ''
            推动建设工业互联网平台，打造一批大型科技企业孵化园。 # ''
            加快建设县电子商务服务中心和乡镇物流中心。 # ''
            推进党建和业务2个实验室建设。 # ''
            群众可通过APP平台反映问题，推动建设智慧城市平台。 # ''
            该研究院是一家民营企业，主要从事咨询。 # ''
            二是以机械科学研究总院南方中心为主的产业技术研究院，主要围绕我县企业提出的技术需求。 # 机械科学研究总院南方中心|中心
            以重点试验室和专业技术创新中心为代表的科技创新平台是区域科技创新体系的重要基础。 # ''
            以科技企业孵化器和众创空间、双创示范基地等为代表的孵化载体。 # ''
            以县电商服务中心为主的创业平台。 # ''
            """)
    void findsPlatformsByContext(String sentence, String expected) {
        assertFinds(sentence, expected);
    }

    /**
     * Heads that only ever name a platform (centre-own-heads: 众创空间, 星创天地, 科创港 …) need no verb, only a named body
     * before them (a place, an institution, a brand); after a level or class word alone they are a class or a building.
     * Real-style phrases from r227 and r239.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            通过扶持腾讯众创空间建设，组织创新设计活动。 # 腾讯众创空间|众创空间
            象山半岛农业星创天地主要开展农业科创项目的孵化。 # 象山半岛农业星创天地|星创天地
            依托蓬莱路科创港引进高端人才项目。 # 蓬莱路科创港|科创港
            建设众创空间孵化器和小型孵化器。 # ''
            全县已建成各类众创空间12家、星创天地3家。 # ''
            入驻县科创中心的企业可享受租金减免。 # ''
            对省级星创天地和市级众创空间给予奖励。 # ''
            """)
    void findsPlatformsByAHeadThatOnlyNamesPlatforms(String sentence, String expected) {
        assertFinds(sentence, expected);
    }

    /**
     * A list (、, and 和 or 及 before its last member: gap G4 of docs/issue9-patterns.md) with a platform named whole makes
     * its other named members with a platform head platforms too (lists yield every member); a member across 和 with no
     * platform head (配套道路, 武汉大学) or no platform (政务服务中心) stays out; classes, bodies that are no platform, heads without an innovation word and lists of bodies with
     * no platform named whole (依托A研究院、B研究院等单位) stay out.
     * Real-style phrases from the entity challenge set (26) and r001-r268.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            江苏省纳米技术重点实验室、江苏省第三代半导体研究院、苏州市生物医药概念验证中心已成为园区创新主力。 # 江苏省纳米技术重点实验室|重点实验室;江苏省第三代半导体研究院|研究院;苏州市生物医药概念验证中心|概念验证中心
            建成江城实验室、武汉产业创新发展研究院。 # 江城实验室|实验室;武汉产业创新发展研究院|研究院
            建成江城实验室及武汉光谷实验室。 # 江城实验室|实验室;武汉光谷实验室|实验室
            建成江城实验室和武汉产业创新发展研究院。 # 江城实验室|实验室;武汉产业创新发展研究院|研究院
            建成江城实验室及武汉产业创新发展研究院。 # 江城实验室|实验室;武汉产业创新发展研究院|研究院
            建成江城实验室和配套道路。 # 江城实验室|实验室
            建成江城实验室和市政务服务中心。 # 江城实验室|实验室
            支持江城实验室和武汉大学开展合作。 # 江城实验室|实验室
            建成示例实验室和配套道路。 # 示例实验室|实验室
            建成江城实验室、省级工程技术研究中心和一批孵化器。 # 江城实验室|实验室
            推动之江实验室、杭州市政务服务中心、县物流中心建设。 # 之江实验室|实验室
            依托中国重型机械研究院、陕煤化工研究院等单位建设中试基地。 # ''
            """)
    void findsEveryNamedMemberOfAListOfPlatforms(String sentence, String expected) {
        assertFinds(sentence, expected);
    }

    private void assertFinds(String sentence, String expected) {
        List<CentreMention> found = centres.find(sentence, List.of());
        assertEquals(expected, found.stream().map(c -> c.name() + "|" + c.kind()).collect(Collectors.joining(";")));
        for (CentreMention c : found) assertEquals(c.surface(), c.span().of(sentence));
    }
}
