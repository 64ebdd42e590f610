package org.replygraph.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * SELECT results as a console table for people: literals by their text (no quotes, language tags or
 * datatypes), IRIs as prefixed names, and columns aligned for CJK text, where a character takes two
 * columns of a terminal. Jena's own text formatter shows {@code "国家增材制造创新中心"@zh-Hans} and
 * misaligns Chinese.
 * <pre>
 * | agency               | letters |
 * |----------------------|---------|
 * | 陕西省工业和信息化厅 | 1       |
 * </pre>
 */
final class TextTable {
    private TextTable() { }

    static String format(ResultSet rs, PrefixMapping prefixes) {
        List<String> vars = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.nextBinding();
            List<String> row = new ArrayList<>();
            for (String v : vars) row.add(cell(b.get(v), prefixes));
            rows.add(row);
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(vars.get(i));
            for (List<String> r : rows) widths[i] = Math.max(widths[i], width(r.get(i)));
        }
        StringBuilder sb = new StringBuilder();
        line(sb, vars, widths);
        sb.append('|');
        for (int w : widths) sb.append("-".repeat(w + 2)).append('|');
        sb.append('\n');
        for (List<String> r : rows) line(sb, r, widths);
        sb.append(rows.size()).append(rows.size() == 1 ? " row\n" : " rows\n");
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        sb.append('|');
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            sb.append(' ').append(c).append(" ".repeat(widths[i] - width(c) + 1)).append('|');
        }
        sb.append('\n');
    }

    private static String cell(Node n, PrefixMapping prefixes) {
        if (n == null) return "";
        if (n.isLiteral()) return n.getLiteralLexicalForm().replace('\n', ' ');
        if (n.isURI()) return prefixes.shortForm(n.getURI());
        return n.toString();
    }

    /** Terminal columns: East Asian wide characters (CJK, full-width forms) take two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
