package org.replygraph.extract.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesTest {
    private static final Places P = Places.standard();

    @Test
    void knowsAllProvincialLevelDivisions() {
        assertEquals(34, P.provinces().size());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"陕, 陕西省", "渝, 重庆市", "川, 四川省", "鄂, 湖北省", "浙, 浙江省", "云, 云南省", "滇, 云南省"})
    void readsDocNumberAbbreviations(char abbr, String province) {
        assertEquals(province, P.provinceByAbbreviation(abbr).orElseThrow());
    }

    @ParameterizedTest(name = "{0} starts with place ''{1}''")
    @CsvSource(value = {
            "陕西省工业和信息化厅|陕西省", "杭州市萧山区科学技术局|杭州市萧山区", "城口县发展和改革委员会|城口县",
            "新郑市住房和城乡建设局|新郑市", "湖北省委金融办|湖北省", "市科技局|", "科技和工业信息化局|",
            "国家金融监督管理总局湖北监管局|", "杭州市市场监督管理局|杭州市", "祁县农业农村局|祁县", "全县农业农村局|",
            "恩施州科学技术局|恩施州", "湘西州人民政府|湘西州", "黔东南州工业和信息化局|黔东南州", "杭州市科技局|杭州市",
            "天津市和平区人民政府|天津市和平区", "和田县农业农村局|和田县", "和县科学技术局|和县",
            "和信息化局|", "工业和信息化厅|", "长阳土家族自治县农业农村局|长阳土家族自治县", "鄂伦春自治旗人民政府|鄂伦春自治旗",
            "民族自治工作局|", "苏州市吴中区农业农村局|苏州市吴中区", "中牟县科学技术局|中牟县", "中心城区管理局|",
            "中共长兴县委组织部|", "青岛西海岸新区科技创新局|青岛西海岸新区", "苏州工业园区管理委员会|苏州工业园区",
            "成都高新技术产业开发区管理委员会|"}, delimiter = '|')
    void readsTheLeadingPlace(String name, String place) {
        assertEquals(place == null ? "" : place, P.leadingPlace(name));
    }

    @Test
    void aZoneWritesItsCityShort() {
        assertEquals("成都市", P.cityByShortPrefix("成都高新技术产业开发区管理委员会").orElseThrow());
        assertTrue(P.cityByShortPrefix("成都市科学技术局").isEmpty(), "a full name is read as a place instead");
        assertTrue(P.cityByShortPrefix("高新技术产业开发区管理委员会").isEmpty());
    }

    @ParameterizedTest(name = "{0} lies in {1}")
    @CsvSource({"杭州市萧山区, 浙江省", "宜宾市, 四川省", "重庆市, 重庆市", "陕西省, 陕西省"})
    void findsTheProvince(String place, String province) {
        assertEquals(province, P.provinceOf(place).orElseThrow());
    }

    @Test
    void findsTheCityOfADistrictInTheText() {
        assertEquals("杭州市萧山区", P.fullPlaceIn("萧山区", "……杭州市萧山区人民政府……"));
        assertEquals("萧山区", P.fullPlaceIn("萧山区", "萧山区人民政府"));
        // An autonomous prefecture is written short with 州 in its own letters.
        assertEquals("恩施土家族苗族自治州", P.fullPlaceIn("恩施州", "恩施州科学技术局"));
        assertEquals("凉山彝族自治州", P.fullPlaceIn("凉山州", "凉山州人民政府"));
        assertTrue(P.provinceOf("城口县").isEmpty(), "a county outside the tables has no known province");
        assertEquals(List.of("枣庄市"), P.citiesStartingWith('枣'));
    }
}
