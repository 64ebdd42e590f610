package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.CentreMention;

/**
 * Centre names in wordings beyond the seeds (sentences of the entity challenge letters): names the
 * segmenter splits (超高|清, 第|三|代, 5|G|中), verbs inside names (保护与利用, 产教融合), builder phrases
 * (甲牵头的X、乙牵头的Y全国重点实验室), bare-count lists, institutes heading a name, renamed labs.
 */
class CentreRecognizerChallengeTest {
    private final CentreRecognizer centres = new CentreRecognizer();

    /** name per centre found, ';' between centres; '' when none. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            您提出的关于支持超高清视频国家创新中心做大做强的建议收悉。 # 国家超高清视频创新中心
            支持该中心联合广州超高清视频概念验证中心开展技术熟化。 # 广州超高清视频概念验证中心
            国家第三代半导体技术创新中心(深圳)、国家5G中高频器件创新中心相继落地。 # 国家第三代半导体技术创新中心;国家5G中高频器件创新中心
            2023年，我省新增工业控制技术全国重点实验室、浙大城市学院牵头的智能感知全国重点实验室等6家全国重点实验室。 # 工业控制技术全国重点实验室;智能感知全国重点实验室
            中控技术牵头的流程工业智能控制、宁波材料所牵头的海洋关键材料重点实验室入选国家重组名单。 # 流程工业智能控制重点实验室;海洋关键材料重点实验室
            郑州大学牵头的作物逆境适应与改良、河南农业大学牵头的小麦玉米作物学全国重点实验室获批建设。 # 作物逆境适应与改良全国重点实验室;小麦玉米作物学全国重点实验室
            东北大学牵头的轧制技术及连轧自动化全国重点实验室在年度评估中表现突出。 # 轧制技术及连轧自动化全国重点实验室
            浙江省智能感知与系统重点实验室在2023年评估中获评优秀。 # 浙江省智能感知与系统重点实验室
            河南省食品安全与营养重点实验室等52家省重点实验室纳入重组。 # 河南省食品安全与营养重点实验室
            已认定运行，寒地作物种质资源与育种黑龙江省重点实验室建设成效明显。 # 寒地作物种质资源与育种黑龙江省重点实验室
            北大荒农垦集团牵头组建的黑龙江省寒地黑土保护利用技术创新中心已认定运行。 # 黑龙江省寒地黑土保护利用技术创新中心
            首批认定株洲轨道交通装备、湘潭先进储能材料、岳阳石化新材料3个省级中试基地。 # 株洲轨道交通装备中试基地;湘潭先进储能材料中试基地;岳阳石化新材料中试基地
            已认定合肥智能语音创新研究院、芜湖机器人产业研究院等156家省级新型研发机构。 # 合肥智能语音创新研究院;芜湖机器人产业研究院
            辽宁智能制造产教融合研究院、沈阳航空产业研究院由高校与企业共同组建。 # 辽宁智能制造产教融合研究院;沈阳航空产业研究院
            泉州、莆田等地政府与高校合作组建了泉州装备制造研究院、莆田鞋服智能制造产业研究院等一批产业研究院。 # 泉州装备制造研究院;莆田鞋服智能制造产业研究院
            哈尔滨工业大学概念验证中心、黑龙江省冰雪装备中试基地已面向全省企业开放。 # 哈尔滨工业大学概念验证中心;黑龙江省冰雪装备中试基地
            皖江新兴产业概念验证中心、中国科大先进技术研究院概念验证中心于2023年纳入首批省级概念验证中心。 # 皖江新兴产业概念验证中心;中国科大先进技术研究院概念验证中心
            黔云智算科技有限公司企业技术中心通过国家认定。 # 黔云智算科技有限公司企业技术中心
            嘉庚创新实验室、宁德时代新能源福建省实验室、东南海洋福建省实验室加快建设。 # 嘉庚创新实验室;宁德时代新能源福建省实验室;东南海洋福建省实验室
            省部共建亚热带农业生物资源保护与利用国家重点实验室于2023年完成重组，更名为亚热带农业生物资源保护与利用全国重点实验室。 # 亚热带农业生物资源保护与利用全国重点实验室;亚热带农业生物资源保护与利用全国重点实验室
            明确构建“国家实验室—全国重点实验室—省实验室—省重点实验室”四级实验室体系。 # ''
            目前全省高校拥有全国重点实验室9个、省级重点实验室347个。 # ''
            同时，全省新认定3家国家级企业技术中心，国家级企业技术中心总数达到97家。 # ''
            我厅支持南宁、柳州、崇左等市建设广西蔗糖产业中试基地。 # 广西蔗糖产业中试基地
            在新型研发机构中择优支持一批建设省技术创新中心，培育一批新型研发机构。 # ''
            国家玉米种业技术创新中心、长春国家农业科技园区建设稳步推进。 # 国家玉米种业技术创新中心
            吉林大学牵头的玉米精深加工、吉林农业大学牵头的黑土地保护与利用吉林省重点实验室通过绩效评估。 # 玉米精深加工吉林省重点实验室;黑土地保护与利用吉林省重点实验室
            支持各类创新平台与张江国家实验室协同，推进长三角国家技术创新中心建设。 # 张江国家实验室;长三角国家技术创新中心
            新疆天业(集团)有限公司国家企业技术中心在评价中获得良好。 # ''
            项目基本符合省级中试基地认定条件，省科技厅启动省级中试基地评审，有效构建市研发中心梯队。 # ''
            """)
    void findsNamesWrittenInNewWays(String sentence, String expected) {
        List<CentreMention> found = centres.find(sentence, List.of());
        assertEquals(expected, found.stream().map(CentreMention::name).collect(Collectors.joining(";")));
        for (CentreMention c : found) assertEquals(c.surface(), c.span().of(sentence));
    }
}
