package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.AgencyRef;
import org.replygraph.extract.agency.AgencyResolver;

class AgencyRecognizerTest {
    private static final AgencyRecognizer AGENCIES = new AgencyRecognizer(AgencyResolver.standard());

    /** surface=name per body found, ';' between them; '' when none. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            筹建以来，省工信厅按照工信部具体要求推进 # 陕西省 # 省工信厅=陕西省工业和信息化厅;工信部=工业和信息化部
            经我局与市规划和自然资源局、市生态环境局共同研究办理 # 重庆市 # 市规划和自然资源局=重庆市规划和自然资源局;市生态环境局=重庆市生态环境局
            2023年4月，省政府办公厅印发《方案》 # 湖北省 # 省政府办公厅=湖北省人民政府办公厅
            再由宜宾科技局会同市发改革委函送至科技厅 # 四川省 # 宜宾科技局=宜宾市科学技术局;市发改革委=市发改革委;科技厅=四川省科学技术厅
            湖北省科技厅 # null # 湖北省科技厅=湖北省科学技术厅
            二是市科技局拟牵头起草 # 杭州市 # 市科技局=杭州市科学技术局
            市财政密切配合科技部门，我局、我厅和省委、省政府高度重视 # null # 市财政=市财政
            各区、县(市)科技局的统计 # 杭州市 # ''
            我厅会同自治区科技厅出台《实施方案》 # 新疆维吾尔自治区 # 自治区科技厅=新疆维吾尔自治区科学技术厅
            深圳市科技创新局 # null # 深圳市科技创新局=深圳市科技创新局
            全省高校现有教育部重点实验室45个，教育部批复建设 # 湖北省 # 教育部=教育部
            市经济信息化委、市科技局联合印发 # 重庆市 # 市经济信息化委=重庆市经济和信息化委员会;市科技局=重庆市科学技术局
            同时，强化市科技局(市委科技办)统筹协调等职能职责 # 重庆市 # 市科技局=重庆市科学技术局
            结合区发改局主要职能，我局将之前的谋划调整 # null # 区发改局=区发改局
            根据临沂市教育局安排，我县开展整治 # null # 临沂市教育局=临沂市教育局
            目前区财政局已安排资金 # null # 区财政局=区财政局
            积极组织区财政局等单位研究 # null # 区财政局=区财政局
            城口县发改委牵头，延长县交通局配合 # null # 城口县发改委=城口县发展和改革委员会;延长县交通局=延长县交通运输局
            """)
    void findsBodiesWithTheirPlaceAndResolvesThem(String text, String jurisdiction, String expected) {
        String j = jurisdiction.equals("null") ? null : jurisdiction;
        String actual = AGENCIES.find(text, j).stream().map(a -> a.surface() + "=" + a.name())
                .collect(Collectors.joining(";"));
        assertEquals(expected, actual);
        for (AgencyRef a : AGENCIES.find(text, j)) assertEquals(a.surface(), a.span().of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            '[ 发布机构 ] 市科技局\\n重庆市科学技术局 关于市五届人大第五次会议第0197号建议办理情况的答复函' # 重庆市
            '您提出的建议收悉。\\n宜宾市的工作\\n宜宾市申报\\n省发改委' # 宜宾市
            """)
    void placeFromTextPrefersANamedBodyThenTheMostWrittenPlace(String text, String place) {
        assertEquals(place, AGENCIES.placeFromText(text.replace("\\n", "\n")));
    }
}
