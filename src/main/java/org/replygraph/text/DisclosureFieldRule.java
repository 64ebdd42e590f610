package org.replygraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.replygraph.lexicon.WordList;

/**
 * The fields of a page's disclosure record that describe its publication, label and value, e.g. {@code 公开时限 长期公开}
 * and {@code 效力状态 有效} in {@code 发布日期 2020-10-29 公开时限 长期公开}, {@code 有效性: 有效} after {@code 公开方式: 主动公开}.
 * The labels are data (page-disclosure-fields.tsv); a value is one token (at most 12 chars) after a colon, a pipe or a
 * space, or a known value glued on ({@code 时效性有效}; page-disclosure-values.tsv), and the label goes alone when the
 * line ends or another label follows it. A line holding only a known value goes too ({@code • 有效}, {@code 依申请公开}). A label inside a word stays
 * ({@code 建议公开范围: | 仅公开标题 |}), and so do the record's other fields (发布日期 2020-10-29).
 */
record DisclosureFieldRule(String example, String exampleRest) implements ChromeRule {
    private static final int MAX_VALUE_LINE = 8;
    static final List<String> LABELS = WordList.words("page-disclosure-fields");
    static final Set<String> VALUES = WordList.set("page-disclosure-values");
    /**
     * Each label, its chars optionally spaced (有 效 性), then no value, one value token that is no label itself, or a
     * known value glued on (时效性有效).
     */
    private static final Pattern FIELD = Pattern.compile("(?:" + String.join("|", spaced(LABELS)) + ")"
            + "(?:(?: ?[:|] ?| )(?<value>[^ |\\n:]{1,12}(?=[ |]|\\z))?|\\z|(?:"
            + VALUES.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|"))
            + ")(?=[ |]|\\z))");
    /** A line holding only a value, bulleted or not: • 有效, 依申请公开. */
    private static final Pattern BULLET = Pattern.compile("[-•·*] ?");
    /** The first two chars of each label, as written or spaced (有效, 有 效): the pattern is tried only where one is found. */
    private static final List<String> ANCHORS = LABELS.stream()
            .flatMap(l -> Stream.of(l.substring(0, 2), l.charAt(0) + " " + l.charAt(1))).distinct().toList();

    @Override
    public String name() {
        return "disclosure-field";
    }

    @Override
    public void find(String text, Spans spans) {
        valueLines(text, spans);
        Matcher m = null;
        for (String anchor : ANCHORS) {
            for (int p = text.indexOf(anchor); p >= 0; p = text.indexOf(anchor, p + 1)) {
                if (p > 0 && Chars.isHan(text.charAt(p - 1))) continue;
                if (m == null) m = FIELD.matcher(text);
                m.region(p, ChromeRule.lineEnd(text, p));
                if (!m.lookingAt()) continue;
                // A label with no value before the next label: 公开方式 in 公开方式 公开日期 2025-09-09 goes alone.
                int v = m.start("value");
                if (v >= 0 && isLabel(text, v, m.end())) spans.add(p, labelEnd(text, p, v));
                else spans.add(p, cellEnd(text, p, m.end()));
            }
        }
    }

    /** Lines that hold only a disclosure value, e.g. • 有效 in an unlabelled bullet list, 依申请公开 in a record row. */
    private static void valueLines(String text, Spans spans) {
        Matcher bullet = null;
        int start = 0;
        while (start < text.length()) {
            int end = ChromeRule.lineEnd(text, start);
            if (end > start && end - start <= MAX_VALUE_LINE) {
                if (bullet == null) bullet = BULLET.matcher(text);
                bullet.region(start, end);
                int from = bullet.lookingAt() ? bullet.end() : start;
                if (VALUES.contains(text.substring(from, end))) spans.add(start, end);
            }
            start = end + 1;
        }
    }

    /** [from, to) is a metadata label (公开日期, 发布机构) or a disclosure label, not a value. */
    private static boolean isLabel(String text, int from, int to) {
        return BodyFinder.META.matcher(text).region(from, to).lookingAt() || LABELS.contains(text.substring(from, to));
    }

    /** The end of the label before its separator: the space or colon before {@code value} stays with the next label. */
    private static int labelEnd(String text, int start, int value) {
        int e = value;
        while (e > start && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == ':' || text.charAt(e - 1) == '|')) e--;
        return e;
    }

    /** In a table row (| 公开方式 | 主动公开 |) the field takes its closing pipe, so no empty cell is left. */
    private static int cellEnd(String text, int start, int end) {
        int b = start;
        while (b > 0 && text.charAt(b - 1) == ' ') b--;
        if (b == 0 || text.charAt(b - 1) != '|') return end;
        int e = end;
        while (e < text.length() && text.charAt(e) == ' ') e++;
        return e < text.length() && text.charAt(e) == '|' ? e + 1 : end;
    }

    private static List<String> spaced(List<String> labels) {
        List<String> out = new ArrayList<>();
        // Longest first, so 效力状态 is tried before 效力.
        labels.stream().sorted((a, b) -> b.length() - a.length()).forEach(l -> {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < l.length(); i++) {
                if (i > 0) s.append(" ?");
                s.append(Pattern.quote(String.valueOf(l.charAt(i))));
            }
            out.add(s.toString());
        });
        return out;
    }
}
