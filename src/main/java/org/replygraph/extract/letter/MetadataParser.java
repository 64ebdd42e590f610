package org.replygraph.extract.letter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.Located;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.WordList;
import org.replygraph.text.OpeningChars;

/**
 * Reads a page's metadata block: "索 引 号 011043145/2024-37154", "[ 发文字号 ] 渝科局函〔2022〕242号",
 * "发布机构 | 区科技局 |", "来源:科技和工业信息化局 时间:2023-07-06".
 */
public final class MetadataParser {
    private static final Pattern SPACE = Pattern.compile("\\h");
    /**
     * A label the tables do not know, after a space and before a colon (索引号:… 公文目录:人大建议办理): it ends the value
     * before it as a known label would.
     */
    private static final Pattern UNKNOWN_LABEL = Pattern.compile("\\h+\\p{IsHan}{2,8}[::]");
    /** Chars glued before a known label that began the next value (… 15:28:25    文章来源:): part of that label, not of this value. */
    private static final Pattern LABEL_HEAD = Pattern.compile("(?<=[^\\p{IsHan}\\h])\\h+\\p{IsHan}{1,6}$");
    /** Labels whose values are read; the others only end a value. Synonyms map to the name their value is filed under (metadata-labels.tsv). */
    private static final Map<String, String> LABELS = WordList.pairs("metadata-labels");
    private static final List<String> STOPS = WordList.words("metadata-stop-labels");
    /** A page's own controls of two or more chars (打印, 关闭窗口, 分享到): the text stage's list (page-controls.tsv). */
    private static final Set<String> CONTROLS = WordList.words("page-controls").stream().filter(w -> w.length() >= 2)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Bullets and spaces that open a value line under its label. */
    private static final String BULLET = "-•·*\u2022 \t\u3000";
    /** A value on the line below its label is short: an index number, a date, a body's name. */
    private static final int MAX_VALUE_BELOW = 40;
    /** Every label, its chars perhaps spaced; tried only where a label's first char stands. */
    private static final OpeningChars LABEL;

    static {
        List<String> all = new ArrayList<>(LABELS.keySet());
        all.addAll(STOPS);
        // Longest first so 发布日期 wins over 日期; spaces may sit between a label's characters (索 引 号).
        all.sort((a, b) -> b.length() - a.length());
        StringBuilder alt = new StringBuilder();
        for (String l : all) {
            if (alt.length() > 0) alt.append('|');
            alt.append(String.join("\\h{0,4}", l.split("")));
        }
        StringBuilder firsts = new StringBuilder();
        for (String l : all) if (firsts.indexOf(l.substring(0, 1)) < 0) firsts.append(l.charAt(0));
        LABEL = new OpeningChars(Pattern.compile("(" + alt + ")(?:[((][^))\\n]{1,8}[))])?\\h{0,4}[\\]】]?\\h{0,4}[::|]?"),
                firsts.toString());
    }

    /** Reads the labels found in [from, to) of the text; {@link Metadata#get} gives the first value of each label. */
    public Metadata parse(String text, int from, int to) {
        Map<String, List<Located<String>>> values = new HashMap<>();
        OpeningChars.Scan labels = LABEL.scan(text, from, to);
        List<int[]> hits = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (labels.find()) {
            Matcher m = labels.matcher();
            if (inSentence(text, m)) continue;
            hits.add(new int[] {m.start(), m.end()});
            names.add(SPACE.matcher(m.group(1)).replaceAll(""));
        }
        for (int i = 0; i < hits.size(); i++) {
            String canonical = LABELS.get(names.get(i));
            if (canonical == null) continue;
            int end = i + 1 < hits.size() ? hits.get(i + 1)[0] : to;
            int start = hits.get(i)[1];
            int lineEnd = text.indexOf('\n', start);
            if (lineEnd >= 0 && lineEnd < end) end = lineEnd;
            boolean labelNext = i + 1 < hits.size() && end == hits.get(i + 1)[0];
            Located<String> v = value(text, start, end, labelNext);
            // The label alone on its line ("索引号\n zkx_nyncj/2025-00019", "- 索引号\n- 0152…"): the value is the next
            // line, when that line holds no label of its own and reads as a value, not a sentence.
            if (v == null && lineEnd >= 0 && lineEnd < to) {
                int next = lineEnd + 1;
                int nextEnd = text.indexOf('\n', next);
                if (nextEnd < 0 || nextEnd > to) nextEnd = to;
                boolean labelOnNext = i + 1 < hits.size() && hits.get(i + 1)[0] < nextEnd;
                while (next < nextEnd && BULLET.indexOf(text.charAt(next)) >= 0) next++;
                Located<String> below = labelOnNext ? null : value(text, next, nextEnd, false);
                if (below != null && below.value().length() <= MAX_VALUE_BELOW && below.value().indexOf('。') < 0) v = below;
            }
            if (v != null) values.computeIfAbsent(canonical, k -> new ArrayList<>()).add(v);
        }
        unlabelled(text, from, to, values);
        return new Metadata(values);
    }

    /**
     * Whether a label's words are part of a sentence, not a field: glued after a Han char with no colon, bracket or bar after
     * them ("本办法自发布时间起施行", "请在公开日期前提交"); "…市科技局发布时间:2023-07-21" and "发布时间 2023-07-21" are fields.
     */
    private static boolean inSentence(String text, Matcher label) {
        if (label.start() == 0 || !Character.isIdeographic(text.charAt(label.start() - 1))) return false;
        String l = label.group().strip();
        return "::|]】".indexOf(l.charAt(l.length() - 1)) < 0;
    }

    /**
     * Values listed under bullets without their labels ("• MB0Q15011/2024-00027\n • 惠济区住房和城乡建设局\n • 2024-06-14"):
     * a value shaped like an index number is the 索引号, a body's name the 发布机构, each only when no label gave one.
     */
    private static void unlabelled(String text, int from, int to, Map<String, List<Located<String>>> values) {
        Matcher m = BULLET_VALUE.matcher(text).region(from, to);
        while (m.find()) {
            String v = m.group(1);
            String label = INDEX_SHAPE.matcher(v).matches() ? "索引号" : AGENCY_SHAPE.matcher(v).matches() ? "发布机构" : null;
            if (label != null && !values.containsKey(label)) values.put(label, new ArrayList<>(List.of(Located.at(v, m.start(1), m.end(1)))));
        }
    }

    /** A line that is a bullet and one value: "  • 惠济区住房和城乡建设局". */
    @Example(text = "  • MB0Q15011/2024-00027\n", read = "MB0Q15011/2024-00027")
    @Example(text = "• 发布机构:区科技局\n", read = "发布机构:区科技局")
    @Example(text = "关于区四届人大四次会议第41号建议的回复\n", read = Example.NOTHING)
    private static final Pattern BULLET_VALUE = Pattern.compile("(?m)^\\h{0,8}[•·]\\h{0,4}([^\\s•·][^\\n]{0,60}?)\\h*$");
    /** An index number's shape: an organisation code, a slash, a year and a serial (640104-107/2019-00169). */
    @Example(text = "00528361X/2024-00036", read = "00528361X/2024-00036")
    @Example(text = "640104-107/2019-00169", read = "640104-107/2019-00169")
    @Example(text = "2024-06-14", read = Example.NOTHING)
    private static final Pattern INDEX_SHAPE = Pattern.compile("[0-9A-Za-z][-0-9A-Za-z]{4,24}/(?:19|20)\\d{2}-\\d{3,8}");
    /** A body's name alone: 上街区公安局, 兴庆区住房和城乡建设局; not 人大代表建议办理. */
    @Example(text = "上街区公安局", read = "上街区公安局")
    @Example(text = "人大代表建议办理", read = Example.NOTHING)
    private static final Pattern AGENCY_SHAPE = Pattern.compile("\\p{IsHan}{2,30}(?:局|厅|委|委员会|办公室|人民政府)");

    /** The value between a label and the next: cut at a cell border, trimmed of spaces and brackets. */
    private static Located<String> value(String text, int start, int end, boolean labelNext) {
        int s = start;
        int e = end;
        while (s < e && (isTrim(text.charAt(s)) || text.charAt(s) == '[')) s++;
        Matcher unknown = UNKNOWN_LABEL.matcher(text).region(s, e);
        if (unknown.find()) e = unknown.start();
        else if (labelNext) {
            Matcher head = LABEL_HEAD.matcher(text).region(s, e);
            if (head.find()) e = head.start();
        }
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '[' || c == '【') {
                e = i;
                break;
            }
        }
        while (e > s && isTrim(text.charAt(e - 1))) e--;
        // A page's own control left after the value ("来源:交通局 打印", "来源:本局 打印 关闭") is no part of it.
        for (int gap = lastGap(text, s, e); gap > s && CONTROLS.contains(text.substring(gap + 1, e)); gap = lastGap(text, s, e)) {
            e = gap;
            while (e > s && isTrim(text.charAt(e - 1))) e--;
        }
        return s < e ? Located.at(text.substring(s, e), s, e) : null;
    }

    /** Where the last run of horizontal space in [s, e) begins its last char, or -1: "交通局 打印" gives the space's index. */
    private static int lastGap(String text, int s, int e) {
        for (int i = e - 1; i > s; i--)
            if (text.charAt(i) == ' ' || text.charAt(i) == '\u3000' || text.charAt(i) == '\t') return i;
        return -1;
    }

    private static boolean isTrim(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '|' || c == ':' || c == ':' || c == ']';
    }
}
