package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.Diagnostic;
import org.replygraph.extract.fact.Span;
import org.replygraph.extract.fact.StatisticsTable;

/**
 * Reads pipe and markdown tables of counts, e.g.
 * <pre>
 * 各县研发机构统计表
 * | 县 | 省研发中心 | 市研发中心 |
 * |---|---|---|
 * | 桐庐县 | 49 | 77 |
 * | 合计 | 49 | 77 |
 * </pre>
 * A table of other cells (索 引 号 | 757009218/2025-42454) is page metadata, not statistics.
 */
public final class PipeTableParser {
    private static final Pattern SEPARATOR = Pattern.compile(":?-{3,}:?");

    public TableResult parse(String text) {
        List<TextLine> lines = TextLine.of(text);
        List<StatisticsTable> tables = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).text().startsWith("|")) {
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && lines.get(end).text().startsWith("|")) end++;
            table(lines, i, end, tables, diagnostics);
            i = end;
        }
        return new TableResult(tables, diagnostics);
    }

    private static void table(List<TextLine> lines, int from, int to, List<StatisticsTable> tables, List<Diagnostic> diagnostics) {
        List<String> header = cells(lines.get(from).text());
        if (header.size() < 2) return;
        List<StatisticsTable.Row> rows = new ArrayList<>();
        List<Long> total = null;
        Span totalSpan = null;
        for (int j = from + 1; j < to; j++) {
            List<String> c = cells(lines.get(j).text());
            if (c.stream().allMatch(x -> SEPARATOR.matcher(x).matches())) continue;
            if (c.size() != header.size() || !c.subList(1, c.size()).stream().allMatch(TableNumbers::isCount)) return;
            List<Long> values = c.subList(1, c.size()).stream().map(TableNumbers::count).toList();
            Span span = new Span(lines.get(j).start(), lines.get(j).end());
            if (TableNumbers.isTotalLabel(c.get(0))) {
                total = values;
                totalSpan = span;
            } else {
                rows.add(new StatisticsTable.Row(c.get(0), values, span));
            }
        }
        if (rows.size() < 2) return;
        String caption = from > 0 && lines.get(from - 1).text().endsWith("表") ? lines.get(from - 1).text() : "";
        int start = caption.isEmpty() ? lines.get(from).start() : lines.get(from - 1).start();
        StatisticsTable t = new StatisticsTable(caption, header.get(0), header.subList(1, header.size()), rows, total,
                new Span(start, lines.get(to - 1).end()));
        tables.add(t);
        diagnostics.addAll(TableNumbers.checkTotal(t, totalSpan));
    }

    /** The cells of one | a | b | line, trimmed. */
    static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|")) s = s.substring(0, s.length() - 1);
        List<String> out = new ArrayList<>();
        for (String c : s.split("\\|", -1)) out.add(c.strip());
        return out;
    }
}
