package org.replygraph.extract.letter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.Located;
import org.replygraph.text.OpeningChars;

/**
 * Reads a page's metadata block: "索 引 号 011043145/2024-37154", "[ 发文字号 ] 渝科局函〔2022〕242号",
 * "发布机构 | 区科技局 |", "来源:科技和工业信息化局 时间:2023-07-06".
 */
public final class MetadataParser {
    private static final Pattern SPACE = Pattern.compile("\\h");
    /** Labels whose values are read; the others only end a value. Synonyms map to the first name. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("索引号", "索引号"), Map.entry("发布机构", "发布机构"), Map.entry("发布日期", "发布日期"),
            Map.entry("生成日期", "生成日期"), Map.entry("成文日期", "成文日期"), Map.entry("发文日期", "发文日期"),
            Map.entry("文号", "文号"), Map.entry("发文字号", "文号"), Map.entry("文件编号", "文号"),
            Map.entry("编号", "编号"), Map.entry("提案号", "编号"), Map.entry("建议号", "编号"),
            Map.entry("提案编号", "编号"), Map.entry("案号", "编号"), Map.entry("建议编号", "编号"), Map.entry("主办单位", "主办单位"), Map.entry("协办单位", "协办单位"), Map.entry("会办单位", "协办单位"),
            Map.entry("信息来源", "来源"), Map.entry("来源", "来源"), Map.entry("时间", "时间"),
            Map.entry("日期", "日期"), Map.entry("发布时间", "发布日期"), Map.entry("成文时间", "成文日期"),
            Map.entry("发文时间", "发文日期"));
    private static final List<String> STOPS = List.of("有效性", "主题分类", "体裁分类", "分类", "访问次数", "分享",
            "作者", "来自", "字体", "生效日期", "废止日期", "建议类型", "提交日期", "内容分类", "建议办理类型",
            "建议公开范围", "浏览次数", "点击数", "字号", "提交时间", "办结时间", "办理时间", "截止时间",
            "受理时间", "办结日期", "截止日期", "受理日期", "更新时间", "更新日期", "提案人", "建议人", "提案者",
            "承办单位", "领衔人", "公开方式", "公开属性", "公开范围", "是否公开", "案由");
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

    /** Reads the labels found in [from, to) of the text; the first value of each label wins. */
    public Metadata parse(String text, int from, int to) {
        Map<String, Located<String>> values = new HashMap<>();
        OpeningChars.Scan labels = LABEL.scan(text, from, to);
        List<int[]> hits = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (labels.find()) {
            Matcher m = labels.matcher();
            hits.add(new int[] {m.start(), m.end()});
            names.add(SPACE.matcher(m.group(1)).replaceAll(""));
        }
        for (int i = 0; i < hits.size(); i++) {
            String canonical = LABELS.get(names.get(i));
            if (canonical == null || values.containsKey(canonical)) continue;
            int end = i + 1 < hits.size() ? hits.get(i + 1)[0] : to;
            int start = hits.get(i)[1];
            int lineEnd = text.indexOf('\n', start);
            if (lineEnd >= 0 && lineEnd < end) end = lineEnd;
            Located<String> v = value(text, start, end);
            // The label alone on its line ("索引号\n zkx_nyncj/2025-00019", "- 索引号\n- 0152…"): the value is the next
            // line, when that line holds no label of its own and reads as a value, not a sentence.
            if (v == null && lineEnd >= 0 && lineEnd < to) {
                int next = lineEnd + 1;
                int nextEnd = text.indexOf('\n', next);
                if (nextEnd < 0 || nextEnd > to) nextEnd = to;
                boolean labelOnNext = i + 1 < hits.size() && hits.get(i + 1)[0] < nextEnd;
                while (next < nextEnd && BULLET.indexOf(text.charAt(next)) >= 0) next++;
                Located<String> below = labelOnNext ? null : value(text, next, nextEnd);
                if (below != null && below.value().length() <= MAX_VALUE_BELOW && below.value().indexOf('。') < 0) v = below;
            }
            if (v != null) values.put(canonical, v);
        }
        return new Metadata(values);
    }

    /** The value between a label and the next: cut at a cell border, trimmed of spaces and brackets. */
    private static Located<String> value(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (isTrim(text.charAt(s)) || text.charAt(s) == '[')) s++;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '[' || c == '【') {
                e = i;
                break;
            }
        }
        while (e > s && isTrim(text.charAt(e - 1))) e--;
        return s < e ? Located.at(text.substring(s, e), s, e) : null;
    }

    private static boolean isTrim(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '|' || c == ':' || c == ':' || c == ']';
    }
}
