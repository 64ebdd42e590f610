package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableUnitsTest {
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "投资额(万元), 重点项目表, 万元",
            "面积（平方米）, 用地情况, 平方米",
            "市研发中心, 杭州各区企业研发机构统计表(单位:家), 家",
            "市研发中心, 杭州各区、县(市)企业研发机构统计表, null",
            "县(市), 统计表, null",
            "增长率(%), 指标, %"})
    void statedUnitsOnly(String measure, String caption, String unit) {
        assertEquals(unit, TableUnits.unitOf(measure, caption));
    }
}
