package org.replygraph.text;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.replygraph.lexicon.WordList;

/**
 * A page's own controls and record labels, found line by line from two word lists:
 * <ul>
 * <li>a line made only of control words (page-controls.tsv) and separators goes whole, e.g. {@code 字体:[ | | ] 分享到:},
 * {@code 打印本页}, {@code 回首页>>}; a line with any other word stays ({@code 打印设备采购项目});</li>
 * <li>control words ending a line of page data after a space go, e.g. 打印 in {@code 发布时间:2023-07-21 来源:交通局 打印};</li>
 * <li>a header row of a record table, two column heads or more and nothing else (page-record-columns.tsv), goes whole, e.g.
 * {@code 主办 会办 分办 交办日期}; one head alone stays ({@code 答复日期}, its value may be below);</li>
 * <li>a record label (page-empty-labels.tsv), as written or with its chars spaced ({@code 主 题 词:}), with no value goes,
 * e.g. {@code 审核人:} ending
 * {@code 2024-07-31 15:27 市文化旅游局 审核人:}, and {@code 作者: 来源:} before {@code 发布时间:2021-10-28}; a label alone on
 * its line (its value may be below, unless the next line opens with another label) or inside a word ({@code 资金来源:})
 * stays; without a colon, a label goes only last on a record-table row ({@code 所属机构 自治区林业和草原局 责任部门}).</li>
 * </ul>
 * The lists are data under {@code ontology/reference/words/}, read by the shared {@link WordList} reader (which
 * rejects a blank or repeated word).
 */
record PageControlRule(String example, String exampleRest) implements ChromeRule {
    static final List<String> CONTROLS = words("page-controls");
    /** The same words for lookup of a whole word (a line's trailing controls). */
    private static final Set<String> CONTROL_SET = Set.copyOf(CONTROLS);
    static final List<String> LABELS = words("page-empty-labels");
    static final List<String> COLUMNS = words("page-record-columns");
    /** What a control line may hold besides control words. */
    private static final String SEPARATORS = " |:[]【】<>«»›‹/()-·•_";
    /** A label with a value only after this many chars is taken as having one. */
    private static final int MAX_LABEL = 8;

    @Override
    public String name() {
        return "page-controls";
    }

    @Override
    public void find(String text, Spans spans) {
        int start = 0;
        while (start < text.length()) {
            int end = ChromeRule.lineEnd(text, start);
            if (end > start && (isControlLine(text, start, end) || isHeaderRow(text, start, end))) spans.add(start, end);
            else if (end > start) trailingControls(text, start, end, spans);
            start = end + 1;
        }
        // One pass over the text per label (never a search per line: that is quadratic on long pages).
        for (String label : LABELS) {
            for (int p = text.indexOf(label); p >= 0; p = text.indexOf(label, p + 1)) {
                int lineStart = text.lastIndexOf('\n', p - 1) + 1;
                emptyLabel(text, p, p + label.length(), lineStart, ChromeRule.lineEnd(text, p), spans);
            }
        }
        // The same labels with spaces between their chars, as record tables align them: 主 题 词:, 审 核 人:.
        Matcher m = SPACED_LABEL.matcher(text);
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            emptyLabel(text, m.start(), m.end(), lineStart, ChromeRule.lineEnd(text, m.start()), spans);
        }
    }

    /** A label of page-empty-labels.tsv written with one space or more between each two of its chars: 主 题 词. */
    private static final Pattern SPACED_LABEL = Pattern.compile(LABELS.stream()
            .map(l -> l.chars().mapToObj(c -> Pattern.quote(String.valueOf((char) c))).collect(Collectors.joining(" +")))
            .filter(l -> l.contains(" +")).collect(Collectors.joining("|")));

    /** Whether the line is only control words (at least one of two chars or more) and separators. */
    static boolean isControlLine(String line) {
        return isControlLine(line, 0, line.length());
    }

    private static boolean isControlLine(String line, int from, int to) {
        boolean control = false;
        int p = from;
        outer:
        while (p < to) {
            char c = line.charAt(p);
            if (SEPARATORS.indexOf(c) >= 0) {
                p++;
                continue;
            }
            for (String w : CONTROLS) {
                if (p + w.length() <= to && line.startsWith(w, p)) {
                    control |= w.length() > 1;
                    p += w.length();
                    continue outer;
                }
            }
            return false;
        }
        return control;
    }

    /**
     * Control words ending a line of page data after a space, e.g. 打印 in {@code 发布时间:2023-07-21 来源:交通局 打印}: the
     * words back to the last space before them go when each is a control word of two chars or more. A sentence ending
     * in one ({@code 请自行下载打印}) has no space before it and stays.
     */
    private static void trailingControls(String text, int start, int end, Spans spans) {
        int from = end;
        while (true) {
            int space = lastSpace(text, start, from);
            if (space < start || space + 1 >= from) break;
            if (!isWholeControlWord(text, space + 1, from)) break;
            from = space;
        }
        if (from < end && from > start) spans.add(from, end);
    }

    /** The last space in [start, before), or -1: never searched past the line's start (String.lastIndexOf would scan
     * back to the text's start on every line without a space, which is quadratic on long pages). */
    private static int lastSpace(String text, int start, int before) {
        for (int i = before - 1; i >= start; i--) if (text.charAt(i) == ' ') return i;
        return -1;
    }

    private static boolean isWholeControlWord(String text, int from, int to) {
        String w = text.substring(from, to);
        return w.length() > 1 && CONTROL_SET.contains(w);
    }

    /** Whether the line is only record-table column heads, two or more, and separators. */
    static boolean isHeaderRow(String line, int from, int to) {
        int heads = 0;
        int p = from;
        outer:
        while (p < to) {
            if (SEPARATORS.indexOf(line.charAt(p)) >= 0) {
                p++;
                continue;
            }
            for (String w : COLUMNS) {
                if (p + w.length() <= to && line.startsWith(w, p)) {
                    heads++;
                    p += w.length();
                    continue outer;
                }
            }
            return false;
        }
        return heads >= 2;
    }

    /** The record label at [p, labelEnd) in the line [start, end), when it has no value. */
    private static void emptyLabel(String text, int p, int labelEnd, int start, int end, Spans spans) {
        // After a space, or glued after another label's colon (发布时间:实施时间:, both empty); 资金来源: stays.
        if (p > start && text.charAt(p - 1) != ' ' && !(text.charAt(p - 1) == ':' && isLabelEnd(text, start, p - 1))) return;
        int colon = labelEnd;
        if (colon < end && text.charAt(colon) == ' ') colon++;
        if (colon >= end || text.charAt(colon) != ':') {
            // No colon: last on a record-table row that opens with a metadata label (所属机构 自治区林业和草原局 责任部门).
            if (labelEnd == end && p > start && BodyFinder.META.matcher(text).region(start, end).lookingAt())
                spans.add(p, end);
            return;
        }
        int after = colon + 1;
        while (after < end && text.charAt(after) == ' ') after++;
        // At the line's end only after other text, or when the next line opens with another label (责任部门: above
        // 公开方式: 主动公开): a label alone on its line may have its value below.
        // Before another label only across a space: 来源:本网字体: has its value 本网 glued to the next label.
        if ((after == end && (p > start || nextLineOpensWithLabel(text, end)))
                || (after > colon + 1 && isLabelAt(text, after, end))) spans.add(p, colon + 1);
    }

    /** Whether the colon at {@code colon} closes a label of a few Han chars opening the line or following a space. */
    private static boolean isLabelEnd(String text, int start, int colon) {
        int i = colon;
        while (i > start && colon - i < MAX_LABEL && Chars.isHan(text.charAt(i - 1))) i--;
        return colon - i >= 2 && (i == start || text.charAt(i - 1) == ' ');
    }

    private static boolean nextLineOpensWithLabel(String text, int end) {
        if (end + 1 >= text.length()) return false;
        int next = end + 1;
        return isLabelAt(text, next, ChromeRule.lineEnd(text, next));
    }

    /** A label and its colon start at {@code p}: a few Han chars, then ':'. */
    private static boolean isLabelAt(String text, int p, int end) {
        int i = p;
        while (i < end && i - p <= MAX_LABEL && Chars.isHan(text.charAt(i))) i++;
        if (i < end && text.charAt(i) == ' ') i++;
        return i > p + 1 && i < end && text.charAt(i) == ':';
    }

    /** A word list, longest word first: a control word that starts another is tried after it. */
    private static List<String> words(String name) {
        return WordList.words(name).stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
