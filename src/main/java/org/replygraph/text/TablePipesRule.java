package org.replygraph.text;

/**
 * Pipes left of a table whose cells a converter emptied, e.g. {@code || } and {@code | ||||||||} after
 * {@code 对《…》的答复}. A run of pipes at a line's end or start goes whole; inside a line, glued pipes ({@code 市科技局||2023})
 * keep one {@code |} so the cells stay apart; a line of nothing but pipes goes, even of one. A single pipe between cells ({@code 发布日期 | 2021-07-02 |}) and an
 * empty cell inside a row ({@code 发布机构 | | 文号}) stay: a metadata reader pairs labels and values by them.
 */
record TablePipesRule(String example, String exampleRest) implements ChromeRule {
    @Override
    public String name() {
        return "table-pipes";
    }

    @Override
    public void find(String text, Spans spans) {
        for (int p = text.indexOf("||"); p >= 0; p = text.indexOf("||", p)) {
            int lineStart = text.lastIndexOf('\n', p - 1) + 1;
            int lineEnd = ChromeRule.lineEnd(text, p);
            int from = p;
            while (from > lineStart && (text.charAt(from - 1) == '|' || text.charAt(from - 1) == ' ')) from--;
            int to = p;
            while (to < lineEnd && (text.charAt(to) == '|' || text.charAt(to) == ' ')) to++;
            if (from == lineStart || to == lineEnd) {
                spans.add(from, to);
            } else {
                int glued = p;
                while (glued < lineEnd && text.charAt(glued) == '|') glued++;
                spans.add(p + 1, glued);
            }
            p = Math.max(to, p + 2);
        }
        for (int p = text.indexOf('|'); p >= 0; p = text.indexOf('|', p + 1)) {
            if (p > 0 && text.charAt(p - 1) != '\n') continue;
            int end = ChromeRule.lineEnd(text, p);
            if (text.substring(p, end).chars().allMatch(c -> c == '|' || c == ' ')) spans.add(p, end);
            p = end;
        }
    }
}
