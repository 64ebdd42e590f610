package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.Diagnostic;
import org.replygraph.extract.fact.Span;
import org.replygraph.extract.fact.StatisticsTable;

/**
 * Cells and totals of statistics tables: 1,941 reads 1941; a 合计 row is the stated total; a stated
 * total that differs from its column's sum is a {@code table-total-mismatch} diagnostic naming the column.
 */
final class TableNumbers {
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d{1,15}");
    private static final Pattern TOTAL = Pattern.compile("(?:合\\s?计|总\\s?计|总\\s?数|全市|全省|全区|全县)");

    private TableNumbers() {
    }

    static boolean isCount(String cell) {
        return COUNT.matcher(cell.strip()).matches();
    }

    static long count(String cell) {
        return Long.parseLong(cell.strip().replace(",", ""));
    }

    static boolean isTotalLabel(String label) {
        return TOTAL.matcher(label.strip()).matches();
    }

    /** One diagnostic per column whose stated total differs from the sum of its rows. */
    static List<Diagnostic> checkTotal(StatisticsTable t, Span totalSpan) {
        List<Diagnostic> out = new ArrayList<>();
        if (t.total() == null) return out;
        for (int c = 0; c < t.measures().size(); c++) {
            long sum = 0;
            for (StatisticsTable.Row r : t.rows()) sum += r.values().get(c);
            long stated = t.total().get(c);
            if (sum != stated)
                out.add(new Diagnostic("table-total-mismatch", "table " + t.caption() + ": column " + t.measures().get(c)
                        + " states total " + stated + " but its rows sum to " + sum, totalSpan));
        }
        return out;
    }
}
