package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.agency.AgencyResolver;
import org.replygraph.extract.fact.AgencyRef;

/** Party committees and their units through the recognizer (issue 9 §3), phrases of real letters r001-r268. */
class PartyCommitteesTest {
    private static final AgencyRecognizer AGENCIES = new AgencyRecognizer(AgencyResolver.standard());

    /** surface=name of each party committee or unit found, ';' between them; '' when none. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            省委、省政府高度重视种业发展 # 广东省 # 省委=中共广东省委
            年以来,按照陕西省委、省政府关于秦创原建设 # 陕西省西咸新区 # 陕西省委=中共陕西省委
            近年来,区委、区政府一直将引进高校 # 重庆市梁平区 # 区委=中共重庆市梁平区委
            同期,市委公布实施《湖南九郎山职教城规划》 # 湖南省株洲市 # 市委=中共湖南省株洲市委
            定期召集市委办、宣传、统战、政府办研究 # 岳阳市 # 市委办=中共岳阳市委办
            依据中共甘肃省委农村工作领导小组办公室甘肃省农业农村厅 # 甘肃省甘南藏族自治州 # 中共甘肃省委农村工作领导小组办公室=中共甘肃省委农村工作领导小组办公室
            在市委、市委人才工作领导小组的领导下 # 岳阳市 # 市委=中共岳阳市委;市委人才工作领导小组=中共岳阳市委人才工作领导小组
            省委科技办(省科技厅)充分发挥统筹作用 # 浙江省 # 省委科技办=中共浙江省委科技办
            近年来,自治区党委和政府高度重视枸杞产业 # 宁夏回族自治区 # 自治区党委=中共宁夏回族自治区党委
            我们将在县委、县政府的正确领导下 # null # 县委=县委
            州委、州政府高度重视科技创新 # 云南省红河哈尼族彝族自治州 # 州委=中共云南省红河哈尼族彝族自治州委
            根据市委市政府工作安排,我们 # 新密市 # 市委=中共新密市委
            在永仁县委县政府的高度重视下 # 云南省 # 永仁县委=中共永仁县委
            近几年来,县委县政府加大对农村基础教育 # 甘肃省甘南藏族自治州舟曲县 # 县委=中共甘肃省甘南藏族自治州舟曲县委
            按照州委州政府的安排部署 # 甘肃省甘南藏族自治州 # 州委=中共甘肃省甘南藏族自治州委
            近年来,省委省政府制定出台了 # 福建省 # 省委=中共福建省委
            县委书记和县长任组长 # 舟曲县 # ''
            九三学社市委市政府 # 南京市 # ''
            县政协提案委员会 # 湘阴县 # ''
            民进綦江区委: # 重庆市綦江区 # ''
            九三学社南京市委: # 南京市 # ''
            九三学社市委在政协淮南市第十六届二次会议上 # 淮南市 # ''
            我市成立由市委书记和市委副书记任组长的领导小组 # 湘潭市 # ''
            市委常委、副市长带队调研 # 贺州市 # ''
            并委托辽宁省公路勘测设计公司 # 盘山县 # ''
            政协广东省委员会 # 广东省 # ''
            强化市科技局(市委科技办)统筹协调等职能职责 # 重庆市 # ''
            现结合市委市政府部署 # 深圳市 # 市委=中共深圳市委
            我们将在自治区党委、自治区人民政府的坚强领导下 # null # 自治区党委=自治区党委
            在自治州党委的统一部署下 # null # 自治州党委=自治州党委
            自治县委、县政府高度重视 # null # 自治县委=自治县委
            在区党委的领导下 # null # 区党委=区党委
            在区委统一部署下,自治工作 # null # 区委=区委
            """)
    void findsCommitteesAndTheirUnits(String text, String jurisdiction, String expected) {
        String j = jurisdiction.equals("null") ? null : jurisdiction;
        String actual = AGENCIES.find(text, j).stream().filter(a -> a.surface().contains("委"))
                .map(a -> a.surface() + "=" + a.name()).collect(Collectors.joining(";"));
        assertEquals(expected, actual);
        for (AgencyRef a : AGENCIES.find(text, j)) assertEquals(a.surface(), a.span().of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            市委办公室牵头 # 2 # 5
            省委农村工作领导小组办公室甘肃省农业农村厅 # 2 # 13
            市委人才工作领导小组的领导下 # 2 # 10
            市委领导小组办理 # 2 # 6
            市委办、宣传 # 2 # 3
            市委办理 # 2 # 2
            省委统战部 # 2 # 5
            市委市政府部署 # 2 # 2
            州委州政府的安排部署 # 2 # 2
            市委一贯高度重视 # 2 # 2
            """)
    void readsAUnitRightAfterTheCommittee(String text, int at, int end) {
        assertEquals(end, PartyCommittees.unitEnd(text, at));
    }
}
