package org.replygraph.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.lexicon.WordList;

/**
 * Page lines known by their shape, not by a blocklist of their words:
 * <ul>
 * <li>a path of short segments joined by {@code >} and nothing else, with or without a where-am-I label and a trailing
 * {@code >}: {@code 主页 > 政务公开 > 建议提案 >}, {@code 政府信息公开>建议答复}, {@code 您的当前位置: 首页 > 新闻通报 > 行政公文};
 * {@code PM2.5>75微克} in a sentence has digits and stays;</li>
 * <li>a label alone on its line ({@code 信息名称:}) when the next line opens with another label: an empty field of a
 * search form or record (a label whose value is on the next line, {@code 索引号:} above its number, stays);</li>
 * <li>a notice of a document-sharing site, two of its words or more on one line (page-download-notices.tsv):
 * {@code 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑…};</li>
 * <li>a law database's attribute in brackets, label and value (page-attribute-labels.tsv): {@code •【效力等级】部门规范性文件};
 * the document's own fields ({@code •【文号】}, {@code •【公布日期】}) stay;</li>
 * <li>a news page's update time, {@code 最后更新: 2023-01-18 07:41:11}, and the article's headline on the line above it at
 * the page's top (a heading of the letter itself, …的答复 or …的函, stays).</li>
 * </ul>
 */
record PageLineShapeRule(String example, String exampleRest) implements ChromeRule {
    /** A where-am-I label ending in 位置, then a path of two segments or more joined by {@code >}. */
    private static final Pattern CRUMBS = Pattern.compile(
            "(?:[\\p{IsHan}]{0,8}位置 ?:? ?)?[\\p{IsHan}A-Za-z]{1,16}(?: ?(?:>{1,2}|»|›) ?[\\p{IsHan}A-Za-z]{1,20}){1,12}(?: ?(?:>{1,2}|»|›))?");
    /** A label and its colon, nothing else: 信息名称:, 发 文 号:. */
    private static final Pattern LABEL_ONLY = Pattern.compile("(?:[\\p{IsHan}] ?){2,6}:");
    /** A label opening a line: 信息类别:, 发布日期: 至. */
    private static final Pattern LABEL_OPENING = Pattern.compile("(?:[\\p{IsHan}] ?){2,8}:");
    /** Words of a label ending a sentence or a salutation, never an empty field: 答复如下:, 张三代表:. */
    private static final Pattern PROSE_LABEL = Pattern.compile(".*(?:如下|代表|委员|同志|先生|女士|领导|单位|部门|意见|情况|问题):");
    private static final List<String> NOTICE_WORDS = WordList.words("page-download-notices");
    private static final List<String> ATTRIBUTES = WordList.words("page-attribute-labels");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?:[-•·*] ?)?【(?:" + String.join("|", ATTRIBUTES) + ")】[^\\n]{0,30}");
    private static final Pattern UPDATE_TIME = Pattern.compile(
            "最后更新 ?: ?\\d{4}-\\d{1,2}-\\d{1,2}(?: \\d{1,2}:\\d{2}(?::\\d{2})?)?");
    /** A heading of the letter itself: the line above the update time stays when it ends so. */
    private static final Pattern LETTER_HEADING = Pattern.compile(".*(?:的答复|的函|复函|的回复|答复意见)");
    /** How far from the page's top a news headline stands (lines). */
    private static final int HEADLINE_LINES = 4;

    @Override
    public String name() {
        return "page-line-shape";
    }

    @Override
    public void find(String text, Spans spans) {
        Matcher crumbs = CRUMBS.matcher(text);
        Matcher label = LABEL_ONLY.matcher(text);
        Matcher attribute = ATTRIBUTE.matcher(text);
        Matcher update = UPDATE_TIME.matcher(text);
        int start = 0;
        int lineNo = 0;
        int previous = -1;
        while (start < text.length()) {
            int end = ChromeRule.lineEnd(text, start);
            if (end > start) {
                if (text.indexOf('>', start) < end || text.indexOf('»', start) < end || text.indexOf('›', start) < end) {
                    if (crumbs.region(start, end).matches()) spans.add(start, end);
                }
                if (text.charAt(end - 1) == ':' && label.region(start, end).matches() && !PROSE_LABEL.matcher(text).region(start, end).matches()
                        && nextLineOpensWithField(text, end))
                    spans.add(start, end);
                if (noticeWords(text, start, end) >= 2) spans.add(start, end);
                if (attribute.region(start, end).matches()) spans.add(start, end);
                if (text.startsWith("最后更新", start) && update.region(start, end).lookingAt()) {
                    spans.add(start, update.end());
                    if (previous >= 0 && lineNo <= HEADLINE_LINES && !LETTER_HEADING.matcher(text).region(previous, start - 1).matches())
                        spans.add(previous, start - 1);
                }
                previous = start;
                lineNo++;
            }
            start = end + 1;
        }
    }

    /** Whether the line after {@code end} opens with a field's label, not a salutation (建议答复: above 李四代表: stays). */
    private static boolean nextLineOpensWithField(String text, int end) {
        if (end + 1 >= text.length()) return false;
        Matcher next = LABEL_OPENING.matcher(text).region(end + 1, ChromeRule.lineEnd(text, end + 1));
        return next.lookingAt() && !PROSE_LABEL.matcher(text).region(end + 1, next.end()).matches();
    }

    private static int noticeWords(String text, int start, int end) {
        int n = 0;
        String line = null;
        for (String w : NOTICE_WORDS) {
            if (line == null) line = text.substring(start, end);
            if (line.contains(w)) n++;
        }
        return n;
    }
}
