package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.CentreMention;

/**
 * The platform patterns written against batches 18-20's misses and false positives (issue 9 §3, SCORES.md "After batches
 * 18-20: platforms and policies"), each with real-style phrases of r001-r215 and negatives: fields quoted before 等 and a
 * national kind, a count of one, openers and bracketed places inside a name, academies being set up, platforms approved as
 * projects, weak heads without an innovation word, classes gathered by 一批, and words that lead into a name (后续, 含, 主要:
 * the name keeps its exact edges).
 */
class CentrePatternsTest {
    private final CentreRecognizer centres = new CentreRecognizer();

    private String found(String sentence) {
        List<CentreMention> found = centres.find(sentence, List.of());
        for (CentreMention c : found) assertEquals(c.surface(), c.span().of(sentence), "surface of " + c.name());
        return found.stream().map(c -> c.name() + "|" + c.kind() + "|" + c.level()).collect(Collectors.joining(";"));
    }

    /** name|kind|level per centre, ';' between centres; '' when none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            在北京大学、浙江大学等高校布局建设“天然药物及仿生药物”“传染病重症诊治”等大健康领域全国重点实验室15个。 # 天然药物及仿生药物全国重点实验室|重点实验室|national;传染病重症诊治全国重点实验室|重点实验室|national
            支持“先进能源材料”、“智能制造”等国家重点实验室建设。 # 先进能源材料国家重点实验室|重点实验室|national;智能制造国家重点实验室|重点实验室|national
            培育“专精特新”等省级重点实验室。 # ''
            建设“智能网联汽车”、“新能源”等领域重点实验室。 # ''
            在“十四五”期间新建国家重点实验室。 # ''
            获科技部批复建设省部共建环境友好能源材料国家重点实验室1个、国家农高区重点培育园区2个。 # 省部共建环境友好能源材料国家重点实验室|重点实验室|national
            我市已布局建设生物医药中试平台11个，提供中试服务。 # ''
            2023年新建省级重点实验室1个。 # ''
            重点支持广州市建设中国(广州)智能装备研究院、佛山市建设华南智能机器人创新研究院。 # 中国(广州)智能装备研究院|研究院|null;华南智能机器人创新研究院|创新研究院|null
            二是按照新型研发机构模式，建设智能装备(智能机器人)研究院。 # ''
            支持高校建设人工智能研究院。 # ''
            支持高校组建人工智能研究院。 # 人工智能研究院|研究院|null
            鼓励组建的河南省第六产业科学院开展对外科技合作。 # 河南省第六产业科学院|科学院|provincial
            宁夏农林科学院枸杞专用装备研发团队历时10年攻关。 # ''
            支持中国科学院赣江创新研究院加快发展。 # 中国科学院赣江创新研究院|创新研究院|null
            是浙江大学在西南地区建设的唯一一个研究院。 # ''
            2021年，我委批复立项了智能网联汽车检验检测公共服务平台项目，明确项目建设资金来源。 # 智能网联汽车检验检测公共服务平台|服务平台|null
            推进电子政务服务平台项目建设。 # ''
            翔安创新实验室国内首支九价宫颈癌疫苗正式上市，获批国家疫苗攻关产教融合创新平台。 # 翔安创新实验室|创新实验室|null;国家疫苗攻关产教融合创新平台|产教融合创新平台|national
            建设一批产教融合创新平台。 # ''
            持续推动生产性服务业发展，着力打造中原城市群的“生产性服务中心”。 # ''
            引导金融机构加大对实体经济支持力度，加快国家区域性金融中心建设。 # ''
            “中国张仲景中医药博物馆”“中国张仲景中医药国际会议交流中心”“张仲景国医大学” # ''
            打造“国际消费中心”城市。 # ''
            在中医药重点领域建设国家重点实验室，建立一批国家临床医学研究中心、国家工程研究中心和技术创新中心。 # ''
            持续加强“全国农业技术转移服务中心”建设。 # 全国农业技术转移服务中心|服务中心|national
            对促进怀化市中医药事业发展具有一定参考价值。在后续中医药传承创新中心项目申报中予以支持。 # 中医药传承创新中心|创新中心|null
            主要建设氢燃料动力电池实验室(含智能汽车整车带载电辐射性能实验室)。 # 氢燃料动力电池实验室|实验室|null;智能汽车整车带载电辐射性能实验室|实验室|null
            """)
    void readsTheBatch18To20Patterns(String sentence, String expected) {
        assertEquals(expected, found(sentence));
    }

    /** 主要 leads into what is built; it is never the host that builds it (r205). */
    @org.junit.jupiter.api.Test
    void aLeadingWordIsNoHost() {
        List<CentreMention> found = centres.find("主要建设智能网联汽车整车安全及关键零部件实验室。", List.of());
        assertEquals(1, found.size());
        assertEquals(null, found.get(0).host());
    }

    /** The stop lists are data (ontology/reference/words): service, trading and conference hubs; words that make classes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"国家区域性金融中心, true", "中国张仲景中医药国际会议交流中心, true", "市政府政务服务中心, true",
            "全国农业技术转移服务中心, false", "国家乳业技术创新中心, false"})
    void serviceAndTradingHubsAreNoPlatforms(String name, boolean notPlatform) {
        assertEquals(notPlatform, CentreName.isNotPlatform(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"生产性服务中心, false", "国家区域性金融中心, false", "智能网联汽车检验检测公共服务平台, true", "全国农业技术转移服务中心, true"})
    void aWeakHeadNeedsAnInnovationWord(String name, boolean innovation) {
        assertEquals(innovation, CentreName.namesInnovation(name));
    }

    @org.junit.jupiter.api.Test
    void aQuantifierBeforeANameMakesAClass() {
        String text = "建立一批国家临床医学研究中心";
        assertEquals("一批", CentreName.classBefore(text, text.indexOf("国家")));
        assertEquals(null, CentreName.classBefore("支持建设国家临床医学研究中心", 4));
        assertTrue(CentreName.CONDITIONAL_KINDS.contains("科学院"));
        assertFalse(CentreName.CONDITIONAL_KINDS.contains("重点实验室"));
    }
}
