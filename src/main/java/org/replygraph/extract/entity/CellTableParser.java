package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.Diagnostic;
import org.replygraph.extract.fact.Span;
import org.replygraph.extract.fact.StatisticsTable;

/**
 * Reads a table laid out one cell per line, as web pages flatten them:
 * <pre>
 * 杭州各区、县(市)企业研发机构统计表      caption, ends with 表
 * 区、县(市)                           dimension
 * 市研发中心 / 省研发 / 中心 / …         measures, a header split over lines joined (省研发中心)
 * 上城区 / 181 / 100 / 27 / 6          rows: a label, then one number per measure
 * 合计 / 3050 / 1941 / 599 / 132        the stated total
 * </pre>
 */
public final class CellTableParser {
    private static final Pattern CAPTION = Pattern.compile("[^。，；！？,;]{2,40}表");
    /** Header lines that finish the one above: 省研发 + 中心, 省企业 + 研究院, 数量 + (家). */
    private static final Pattern HEADER_TAIL = Pattern.compile("(?:中心|研究院|基地|机构|平台|企业|数|数量|人数|个数|家数|金额|[(（].{0,8})");
    private static final int MAX_HEADER_LINES = 24;

    public TableResult parse(String text) {
        List<TextLine> lines = TextLine.of(text);
        List<StatisticsTable> tables = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).text().endsWith("表") || !CAPTION.matcher(lines.get(i).text()).matches()) continue;
            int next = table(lines, i, tables, diagnostics);
            if (next > i) i = next - 1;
        }
        return new TableResult(tables, diagnostics);
    }

    /** Parses a table captioned at line {@code cap}; returns the index after it, or cap when none. */
    private static int table(List<TextLine> lines, int cap, List<StatisticsTable> tables, List<Diagnostic> diagnostics) {
        int firstNumber = -1;
        for (int j = cap + 1; j < Math.min(lines.size(), cap + MAX_HEADER_LINES); j++)
            if (TableNumbers.isCount(lines.get(j).text())) {
                firstNumber = j;
                break;
            }
        if (firstNumber < cap + 4) return cap;
        int width = 0;
        while (firstNumber + width < lines.size() && TableNumbers.isCount(lines.get(firstNumber + width).text())) width++;
        List<String> header = new ArrayList<>();
        for (int j = cap + 2; j < firstNumber - 1; j++) header.add(lines.get(j).text());
        List<String> measures = joinHeader(header, width);
        if (measures == null) return cap;
        List<StatisticsTable.Row> rows = new ArrayList<>();
        List<Long> total = null;
        Span totalSpan = null;
        int j = firstNumber - 1;
        while (j + width < lines.size() && !TableNumbers.isCount(lines.get(j).text()) && allCounts(lines, j + 1, width)) {
            List<Long> values = new ArrayList<>();
            for (int k = 1; k <= width; k++) values.add(TableNumbers.count(lines.get(j + k).text()));
            Span span = new Span(lines.get(j).start(), lines.get(j + width).end());
            String label = lines.get(j).text();
            j += width + 1;
            if (TableNumbers.isTotalLabel(label)) {
                total = values;
                totalSpan = span;
                break;
            }
            rows.add(new StatisticsTable.Row(label, values, span));
        }
        if (rows.size() < 2) return cap;
        Span span = new Span(lines.get(cap).start(), lines.get(j - 1).end());
        StatisticsTable t = new StatisticsTable(lines.get(cap).text(), lines.get(cap + 1).text(), measures, rows, total, span);
        tables.add(t);
        diagnostics.addAll(TableNumbers.checkTotal(t, totalSpan));
        return j;
    }

    private static boolean allCounts(List<TextLine> lines, int from, int n) {
        for (int k = from; k < from + n; k++)
            if (k >= lines.size() || !TableNumbers.isCount(lines.get(k).text())) return false;
        return true;
    }

    /** Header cells joined back to {@code width} measures, or null when they cannot be. */
    static List<String> joinHeader(List<String> cells, int width) {
        List<String> out = new ArrayList<>(cells);
        for (int k = out.size() - 1; k > 0 && out.size() > width; k--)
            if (HEADER_TAIL.matcher(out.get(k)).matches()) {
                out.set(k - 1, out.get(k - 1) + out.get(k));
                out.remove(k);
            }
        return out.size() == width ? out : null;
    }
}
