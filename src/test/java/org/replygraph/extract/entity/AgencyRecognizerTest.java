package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.agency.AgencyResolver;
import org.replygraph.extract.fact.AgencyRef;

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
            市财政密切配合科技部门，我局、我厅和省委、省政府高度重视 # null # 市财政=市财政;省政府=省政府
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
            县人民政府已交我局办理 # 龙陵县 # 县人民政府=龙陵县人民政府
            此后，省科技厅多次与梅州市政府主要领导座谈 # 广东省 # 省科技厅=广东省科学技术厅;梅州市政府=梅州市人民政府
            积极落实我部与湖南省政府签署的共同打造种业创新高地 # 中国 # 湖南省政府=湖南省人民政府
            按照党中央、国务院决策部署，我部会同外交部等部门 # 中国 # 国务院=国务院;外交部=外交部
            由中央宣传部等国家九部委联发，云南省委宣传部等九部门联发 # 云南省楚雄彝族自治州 # 中央宣传部=中央宣传部;云南省委宣传部=云南省委宣传部
            商请市委组织部、市委编办研究 # 重庆市 # 市委组织部=重庆市委组织部;市委编办=重庆市委编办
            由省科技厅农村处领导及省内外专家 # 山东省济宁市邹城市 # 省科技厅农村处=山东省科学技术厅农村处
            科技部农村司到我省调研 # 贵州省 # 科技部农村司=科学技术部农村司
            抄送：市政府督查室 # 银川市 # 市政府督查室=银川市人民政府督查室
            会同县公安局交警大队、县消防大队 # 蓝田县 # 县公安局交警大队=蓝田县公安局交警大队;县消防大队=蓝田县消防大队
            报送省科技厅有关处室 # 山东省 # 省科技厅=山东省科学技术厅
            省科技厅处理后函复 # 山东省 # 省科技厅=山东省科学技术厅
            组织有关市、县政府和县科技局召开专题会 # 贵州省 # ''
            目前已征求盟市政府、有关厅局意见 # 内蒙古自治区 # ''
            辖区交警大队已与村委会沟通 # 黄山市 # ''
            根据2017年8月4日县人民政府教育专题会议精神 # 镇康县 # 县人民政府=镇康县人民政府
            主办单位:惠济区人民政府办公室 地址:郑州市开元路8号 # null # ''
            信息来源:潘集区人民政府 # null # ''
            息烽县人民政府版权所有 黔ICP备 # null # ''
            我局积极配合主办单位交通运输局完成相关工作 # 柳州市柳江区 # 交通运输局=柳州市柳江区交通运输局
            按照区政府要求 # 盘锦市双台子区 # 区政府=盘锦市双台子区人民政府
            """)
    void findsBodiesWithTheirPlaceAndResolvesThem(String text, String jurisdiction, String expected) {
        String j = jurisdiction.equals("null") ? null : jurisdiction;
        String actual = AGENCIES.find(text, j).stream().map(a -> a.surface() + "=" + a.name())
                .collect(Collectors.joining(";"));
        assertEquals(expected, actual);
        for (AgencyRef a : AGENCIES.find(text, j)) assertEquals(a.surface(), a.span().of(text));
    }
}
