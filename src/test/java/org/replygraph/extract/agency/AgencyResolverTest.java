package org.replygraph.extract.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyResolverTest {
    private static final AgencyResolver R = AgencyResolver.standard();

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "省工信厅, 陕西省, 陕西省工业和信息化厅",
            "工信部, null, 工业和信息化部",
            "工信部, 陕西省, 工业和信息化部",
            "外交部, 湖南省, 外交部",
            "中华人民共和国农业农村部, 湖南省, 农业农村部",
            "发展改革委, 中国, 国家发展和改革委员会",
            "市政府, 广元市, 广元市人民政府",
            "省政府, 广东省, 广东省人民政府",
            "市经信局, 杭州市, 杭州市经济和信息化局",
            "市经信局, 杭州市萧山区, 杭州市经济和信息化局",
            "区人社局, 杭州市萧山区, 杭州市萧山区人力资源和社会保障局",
            "省发改委, 四川省, 四川省发展和改革委员会",
            "省发展改革委, 四川省, 四川省发展和改革委员会",
            "科技厅, 四川省, 四川省科学技术厅",
            "湖北省科技厅, 湖北省, 湖北省科学技术厅",
            "市规划和自然资源局, 重庆市, 重庆市规划和自然资源局",
            "省教育厅, 湖北省, 湖北省教育厅",
            "省委金融办, 湖北省, 湖北省委金融办",
            "省经信委, 山西省, 山西省经济和信息化委员会",
            "隆尧县科工局, 隆尧县, 隆尧县科学技术和工业信息化局",
            "市政府政务服务中心, 湘潭市, 湘潭市人民政府政务服务中心",
            "国家金融监督管理总局湖北监管局, 湖北省, 国家金融监督管理总局湖北监管局",
            "萧山区科技局, 杭州市萧山区, 杭州市萧山区科学技术局",
            "城口县发展和改革委员会, 城口县, 城口县发展和改革委员会",
            "自治区发展改革委, 广西壮族自治区, 广西壮族自治区发展和改革委员会",
            "文旅部, null, 文化和旅游部",
            // a town's body in the town's letter (real letter, batch 13)
            "官屯镇人民政府, 姚安县官屯镇, 姚安县官屯镇人民政府",
            "姚安县官屯镇人民政府, 姚安县官屯镇, 姚安县官屯镇人民政府",
            "县文化和旅游局, 姚安县官屯镇, 姚安县文化和旅游局",
    })
    void resolvesShortNamesWithTheJurisdiction(String surface, String jurisdiction, String full) {
        assertEquals(full, R.resolve(surface, jurisdiction));
    }

    @ParameterizedTest(name = "{0} in {1} stays {0}")
    @CsvSource(nullValues = "null", value = {
            "区科技局, null",        // the district is not known: nothing is invented
            "市科技局, 陕西省",      // a province names no city
            "科技厅, null",
            "市场监管局, null",
    })
    void keepsTheSurfaceWhenThePlaceIsUnknown(String surface, String jurisdiction) {
        assertEquals(surface, R.resolve(surface, jurisdiction));
    }

    @Test
    void rejectsReferenceDataThatContradictsItself() {
        List<String[]> rows = List.of(new String[] {"科技局", "科学技术局"}, new String[] {"科技局", "科技和信息化局"});
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new AgencyResolver(Places.standard(), rows, List.of()));
        assertEquals("Illegal abbreviation 科技局=科技和信息化局 : already stands for 科学技术局", e.getMessage());
    }

    @ParameterizedTest(name = "{0} has short form {1}")
    @CsvSource({
            "陕西省工业和信息化厅, 省工信厅",
            "陕西省工业和信息化厅, 陕西省工信厅",
            "杭州市萧山区科学技术局, 区科技局",
            "杭州市萧山区科学技术局, 萧山区科技局",
            "工业和信息化部, 工信部",
    })
    void listsShortForms(String full, String shortForm) {
        assertTrue(R.shortForms(full).contains(shortForm), () -> full + " -> " + R.shortForms(full));
    }

    @Test
    void aZoneWritingItsCityShortStillLiesInTheCity() {
        assertEquals("青岛西海岸新区", R.placeAtLevel('区', "青岛西海岸新区"));
        assertEquals("青岛市", R.placeAtLevel('市', "青岛西海岸新区"));
        assertEquals("杭州市", R.placeAtLevel('市', "杭州市萧山区"));
        org.junit.jupiter.api.Assertions.assertNull(R.placeAtLevel('市', "城口县"), "a county's city is not guessed");
    }

    @ParameterizedTest(name = "{0} in a letter of {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            // A national letter's bare body is the national one.
            "发展改革委, 中国, 国家发展和改革委员会",
            "发改委, 中国, 国家发展和改革委员会",
            "财政部, 中国, 财政部",
            "科技部, 中国, 科学技术部",
            "国资委, 中国, 国务院国有资产监督管理委员会",
            "国家发展改革委, 中国, 国家发展和改革委员会",
            // A national body is national in any letter.
            "财政部, 四川省, 财政部",
            "国家发展改革委, 四川省, 国家发展和改革委员会",
            // Negatives: a provincial letter's bare body is its province's; a place written stays that place's;
            // a level with no place known, a local branch of a national body and an unknown body stay as written.
            "发展改革委, 四川省, 四川省发展和改革委员会",
            "省发展改革委, 四川省, 四川省发展和改革委员会",
            "四川省发展改革委, 中国, 四川省发展和改革委员会",
            "省发展改革委, 中国, 省发展改革委",
            "市财政局, 中国, 市财政局",
            "国家金融监督管理总局湖北监管局, 中国, 国家金融监督管理总局湖北监管局",
            "科技厅, 中国, 科技厅",
            "数据资源中心, 中国, 数据资源中心",
    })
    void resolvesABodyNamedShortByTheLettersLevel(String surface, String jurisdiction, String full) {
        assertEquals(full, R.resolve(surface, jurisdiction));
    }

    @ParameterizedTest(name = "{0} national: {1}")
    @CsvSource({
            "工业和信息化部, true", "国家发展和改革委员会, true", "财政部, true", "中国人民银行, true",
            "四川省发展和改革委员会, false", "中国人民银行宁波市分行, false", "国家金融监督管理总局湖北监管局, false",
            "发展改革委, false", "杭州市财政局, false"})
    void knowsANationalBodyByItsFullName(String name, boolean national) {
        assertEquals(national, R.isNational(name));
    }
}
