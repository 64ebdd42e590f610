package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.StatisticsTable;

class TableParserTest {
    /** A table as seed 003 lays it out, one cell per line, headers split over lines. */
    private static final String CELLS = String.join("\n\n", "（详见下表）", "杭州各区、县(市)企业研发机构统计表",
            "区、县(市)", "市研发中心", "省研发", "中心", "省企业", "研究院", "省重点企业", "研究院",
            "上城区", "181", "100", "27", "6", "拱墅区", "150", "85", "26", "5", "淳安县", "13", "14", "1", "0",
            "合计", "344", "199", "54", "11", "二、主要做法");

    @Test
    void readsACellPerLineTableWithSplitHeaders() {
        TableResult r = new CellTableParser().parse(CELLS);
        StatisticsTable t = r.tables().get(0);
        assertEquals("杭州各区、县(市)企业研发机构统计表", t.caption());
        assertEquals("区、县(市)", t.dimension());
        assertEquals(List.of("市研发中心", "省研发中心", "省企业研究院", "省重点企业研究院"), t.measures());
        assertEquals(List.of("上城区", "拱墅区", "淳安县"), t.rows().stream().map(StatisticsTable.Row::label).toList());
        assertEquals(List.of(150L, 85L, 26L, 5L), t.rows().get(1).values());
        assertEquals(List.of(344L, 199L, 54L, 11L), t.total());
        assertEquals(List.of(), r.diagnostics());
        assertEquals("上城区\n\n181\n\n100\n\n27\n\n6", t.rows().get(0).span().of(CELLS));
        assertEquals(true, t.span().of(CELLS).startsWith("杭州各区") && t.span().of(CELLS).endsWith("11"));
    }

    @Test
    void aStatedTotalThatDiffersFromTheSumIsReportedByColumn() {
        TableResult r = new CellTableParser().parse(CELLS.replace("344", "345"));
        assertEquals(1, r.diagnostics().size());
        assertEquals("table-total-mismatch", r.diagnostics().get(0).code());
        assertEquals("table 杭州各区、县(市)企业研发机构统计表: column 市研发中心 states total 345 but its rows sum to 344",
                r.diagnostics().get(0).message());
    }

    @Test
    void readsAPipeTableUnderItsCaption() {
        String text = "各县研发机构统计表\n| 县 | 省研发中心 | 市研发中心 |\n|---|---|---|\n| 桐庐县 | 49 | 77 |\n| 建德市 | 37 | 81 |\n| 合计 | 86 | 157 |\n";
        TableResult r = new PipeTableParser().parse(text);
        StatisticsTable t = r.tables().get(0);
        assertEquals("各县研发机构统计表", t.caption());
        assertEquals("县", t.dimension());
        assertEquals(List.of("省研发中心", "市研发中心"), t.measures());
        assertEquals(List.of(86L, 157L), t.total());
        assertEquals(1, r.diagnostics().size());
        assertEquals("table 各县研发机构统计表: column 市研发中心 states total 157 but its rows sum to 158",
                r.diagnostics().get(0).message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            '| 索 引 号 | 757009218/2025-42454 | 发文日期 | 2025-07-21 |\\n|---|---|---|---|\\n| 发布机构 | 湖北省经济和信息化厅 | | |'
            '附件:代表建议、批评和意见办理情况反馈表\\n云南省工业和信息化委\\n2017年5月11日'
            """)
    void pageMetadataAndFormsAreNoStatistics(String text) {
        String t = text.replace("\\n", "\n");
        assertEquals(List.of(), new PipeTableParser().parse(t).tables());
        assertEquals(List.of(), new CellTableParser().parse(t).tables());
    }

    @Test
    void headerCellsJoinOnlyWhenTheyFinishTheCellAbove() {
        assertEquals(List.of("省研发中心", "省企业研究院"), CellTableParser.joinHeader(List.of("省研发", "中心", "省企业", "研究院"), 2));
        assertNull(CellTableParser.joinHeader(List.of("甲", "乙", "丙"), 2));
    }
}
