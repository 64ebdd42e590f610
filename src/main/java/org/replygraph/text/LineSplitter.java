package org.replygraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.lexicon.Fragments;
import org.replygraph.lexicon.WordList;

/**
 * Restores the line breaks of a letter a page flattened into one line (a law-database mirror writes
 * {@code …张三代表: 您在省人大会议上提出的…建议收悉。现答复如下: 一、… 二、… 联 系 人:李 四 联系电话:0591-… 某某省某某厅 2016年5月9日 (此件主动公开)}):
 * in a line of at least {@link #LONG_LINE} chars (or of {@link #PAGE_LINE} when the line is most of its page: a short
 * letter in one line), a single space becomes a line break where a letter's part begins after it: a list item (一、,
 * (二), 3、) or a closing (感谢…, 此复, 特此…) after a sentence's end, a label of the metadata or contact block and its
 * colon, in brackets ([ 索引号 ]) or before its value without colon (索 引 号 0115…), a label left empty (来源: ), a
 * bullet (•), a salutation with or without its colon (…代表:, 李小明 委员 您…), the opening of an answer (你们提出的…),
 * a reply heading even with the spaces of its broken lines (对省十二届人大七次会议 第1307号建议的答复) and its
 * document number, the answering sentence's end (…答复如下:), a date that signs the letter (2016年5月9日, 二〇二一年四月七日;
 * 20211026 under its agency), the agency over that date, a note in brackets ((此件主动公开)). The line-anchored rules after it read
 * such a page as they read a published one. Short lines, and text with its breaks, are left as they are; the new break
 * maps to the space it replaces, so offsets still point into the original. Runs on tidied text (single spaces).
 */
final class LineSplitter {
    /** A line this long with spaces inside is a flattened page (a published paragraph rarely holds a space). */
    static final int LONG_LINE = 300;
    /** A shorter line is a flattened page when it is most of its page (a short letter in one line). */
    static final int PAGE_LINE = 120;
    private static final double PAGE_SHARE = 0.75;
    /** A flattened line needs this many breaks to be one: a long paragraph with one odd space is left alone. */
    private static final int MIN_BREAKS = 2;
    private static final String CN = "[" + Fragments.CN_NUMERALS + "]{1,3}";
    /** Chars that end a sentence or a clause: no heading or name runs across them. */
    private static final String STOP = "\\s。,,;;::!!??“”\"";
    /** After a sentence's end: a list item or a closing. */
    private static final Pattern AFTER_SENTENCE = Pattern.compile(
            "(?:" + CN + "、|[((]" + CN + "[))]|\\d{1,2}[、.](?!\\d)|感谢|此复|特此|专此)");
    /** After a sentence's end, any short label and its value: 领导署名:王五. */
    private static final Pattern SHORT_LABEL = Pattern.compile("[\\p{IsHan}]{2,6}:(?! )");
    /** A label left without its value, a space after its colon: 相关文章: 作者: 来源:; not an answering cue (现答复如下:). */
    private static final Pattern EMPTY_LABEL = Pattern.compile("[\\p{IsHan}]{2,6}(?<!如下):(?= )");
    /** A salutation: members or a group addressed, its colon right after, e.g. 张三、李四代表:. */
    private static final Pattern SALUTATION = Pattern.compile(
            "(?:尊敬的)?[\\p{IsHan}、·]{1,120}?(?:代表|委员|代表团|党派|委员会)们?:");
    /**
     * A salutation without its colon, known by what follows it: the opening addressing the members (张三代表 您提出的…,
     * 李四 委员 您在…, 张三、李四委员 《关于…》收悉).
     */
    private static final Pattern BARE_SALUTATION = Pattern.compile(
            "(?:尊敬的)?[\\p{IsHan}、·]{1,40}? ?(?:代表|委员)(?:们|组)?(?= (?:您|你|《))");
    /** The opening of an answer that has no salutation: 你们提出的《…》收悉, 您在…会议上提出的…. */
    private static final Pattern OPENING = Pattern.compile("(?:您|你们?|贵(?:单位|党派|组))(?:好!)?(?:在|提出|所提|领衔|联名)");
    /**
     * A reply heading, perhaps over the agency that writes it and with the spaces of its broken lines
     * (重庆市某某局 关于市六届人大一次会议第0226号 建议办理情况的答复函, 对省十二届人大七次会议 第1307号建议的答复,
     * 六届四次第109号代表建议的答复): a space only after an agency, 关于, 会议, 第, a number or the proposer's role, and not before
     * another heading's 关于/对 (a breadcrumb's last item 县十六届人大一次会议 before the heading); a tail such as 摘要, (B类).
     */
    private static final Pattern HEADING = Pattern.compile(
            "(?:[\\p{IsHan}()()]{2,30}(?:局|厅|委|委员会|办公室|政府|部|中心|院|署|办) )?"
            + "[^" + STOP + "]{0,80}?(?:(?<=会议|关于|号|代表|委员|第|届|次|第 ?\\d{1,12}) (?!关于|对)[^" + STOP + "]{0,60}?){0,2}"
            + "(?:建议|提案|议案|意见) ?[^" + STOP + "]{0,12}?(?:答复|复函|回复|会办意见|协办意见|主办意见|办理意见)"
            + "(?:的函|函|摘要|[((][^()() ]{1,8}[))])?(?= |$)");
    /** A document number standing alone under its heading: 某教建议〔2017〕第39号, 某建复〔2017〕5号(B类). */
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "[\\p{IsHan}]{1,12}[〔\\[((]\\d{4}[〕\\]))]第?\\d{1,5}号(?:[((][A-Z]\\d?类[))])?");
    /** A signing date in words: 2016年5月9日, 二〇二一年四月七日. */
    private static final String DATE_WORDS = "(?:(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日|[" + Fragments.CN_ZEROS + "0O一二]["
            + Fragments.CN_ZEROS + "0O" + Fragments.CN_DIGITS + "]{3}年[" + Fragments.CN_NUMERALS + "]{1,2}月["
            + Fragments.CN_NUMERALS + "]{1,3}日)";
    /** A signing date in digits only, as a sign-off may write it: 20211026, 2024.11.29, 2024-06-20. */
    private static final String DATE_DIGITS = "(?:(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?!\\d)"
            + "|(?:19|20)\\d{2}([.-])\\d{1,2}\\1\\d{1,2}(?![\\d:]))";
    /** A signing date with nothing but a note after it: 2016年5月9日. */
    private static final Pattern DATE = Pattern.compile(DATE_WORDS + "(?= |$)");
    /** A date of either form, standing alone after a sentence's end or under the agency. */
    private static final Pattern ANY_DATE = Pattern.compile("(?:" + DATE_WORDS + "|" + DATE_DIGITS + ")(?= |$)");
    /** The signing agency over its date: 某某省交通运输厅 2016年5月9日, 某某交警大队 20241018. */
    private static final Pattern SIGNER = Pattern.compile(
            "[\\p{IsHan}()]{2,40}(?:局|厅|委|委员会|办公室|办|政府|部|中心|院|处|署|会|队|所|站) (?:" + DATE_WORDS + "|" + DATE_DIGITS + ")(?= |$)");
    /** A note in brackets closing the page: (此件主动公开). */
    private static final Pattern NOTE = Pattern.compile("\\((?:此件|本件)[^)]{0,20}\\)");
    /** A list bullet opens a metadata line: • 索引号:…, • 某区住房和城乡建设局. */
    private static final String BULLETS = "•●◆■▪";
    private final Pattern label;
    /** A metadata label in brackets ([ 索引号 ], 【发布机构】), or without colon before its value (索 引 号 0115…, 发布机构 某局). */
    private final Pattern framedLabel;

    LineSplitter() {
        label = Pattern.compile("(?:" + alternatives(labels(true)) + ") ?:");
        List<String> metadata = labels(false).stream().filter(w -> w.length() >= 3).toList();
        framedLabel = Pattern.compile("[\\[【] ?(?:" + alternatives(labels(true)) + ") ?[\\]】]"
                + "|(?:" + alternatives(metadata) + ")(?: (?=[^ :\\]】])|(?=[0-9A-Za-z]))");
    }

    private static List<String> labels(boolean layoutToo) {
        Set<String> words = new LinkedHashSet<>(WordList.words("metadata-labels"));
        if (layoutToo) words.addAll(WordList.words("layout-labels"));
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return sorted;
    }

    /** Each label, a space allowed between its chars (联 系 人). */
    private static String alternatives(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < w.length(); i++) {
                if (i > 0) b.append(" ?");
                b.append(Pattern.quote(String.valueOf(w.charAt(i))));
            }
            out.add(b.toString());
        }
        return String.join("|", out);
    }

    MappedText apply(MappedText in) {
        String t = in.text();
        List<Integer> breaks = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < t.length()) {
            int nl = t.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? t.length() : nl;
            int length = lineEnd - lineStart;
            if (length >= LONG_LINE || length >= PAGE_LINE && length >= PAGE_SHARE * t.length()) {
                List<Integer> inLine = breaks(t, lineStart, lineEnd);
                if (inLine.size() >= MIN_BREAKS) breaks.addAll(inLine);
            }
            lineStart = lineEnd + 1;
        }
        if (breaks.isEmpty()) return in;
        MappedText.Builder out = new MappedText.Builder(t.length());
        int copied = 0;
        for (int b : breaks) {
            out.copy(in, copied, b);
            out.put('\n', in.start(b), in.end(b));
            copied = b + 1;
        }
        out.copy(in, copied, t.length());
        return out.build();
    }

    /** The spaces of line [from, to) that become breaks. */
    private List<Integer> breaks(String t, int from, int to) {
        List<Integer> out = new ArrayList<>();
        int segment = from;
        int skip = unitEnd(t, from, to);
        if (skip > from) {
            out.add(skip);
            segment = skip + 1;
        }
        for (int i = t.indexOf(' ', from); i >= 0 && i < to; i = t.indexOf(' ', i + 1)) {
            if (i == from || i + 1 >= to || i < segment) continue;
            if (breaksAt(t, segment, i, to)) {
                out.add(i);
                segment = i + 1;
                // a unit that stands alone (a heading with the spaces of its broken lines): a break after it, none inside
                int end = unitEnd(t, segment, to);
                if (end > segment) {
                    out.add(end);
                    segment = end + 1;
                    i = end;
                }
            }
        }
        return out;
    }

    /** Where a unit that is a line of its own ends when one starts at {@code at} and a space follows it, else -1. */
    private static int unitEnd(String t, int at, int to) {
        for (Pattern p : List.of(HEADING, BARE_SALUTATION, DOC_NUMBER)) {
            Matcher m = p.matcher(t).region(at, to).useTransparentBounds(true);
            if (m.lookingAt() && m.end() > at && m.end() < to && t.charAt(m.end()) == ' ') return m.end();
        }
        return -1;
    }

    private boolean breaksAt(String t, int segment, int space, int to) {
        int next = space + 1;
        // what stands alone before the space: a salutation or a signing date ends its line
        if (SALUTATION.matcher(t).region(segment, space).matches() || DATE.matcher(t).region(segment, space).matches())
            return true;
        char before = t.charAt(space - 1);
        // nothing starts inside brackets: [ 索引号 ]
        if (before == '[' || before == '【') return false;
        // the answering sentence ends its line: …现答复如下: 一是…
        if (space >= 3 && t.startsWith("如下", space - 3) && (before == ':' || before == '。')) return true;
        boolean sentenceEnd = before == '。' || before == ':' || before == '!' || before == '?' || before == ';';
        if (sentenceEnd && (AFTER_SENTENCE.matcher(t).region(next, to).lookingAt() || SHORT_LABEL.matcher(t).region(next, to).lookingAt()))
            return true;
        // a label's spaced chars (联 系 人:) stay one label: no break inside it
        if ((label.matcher(t).region(next, to).lookingAt() || framedLabel.matcher(t).region(next, to).lookingAt())
                && !insideSpacedLabel(t, space, to)) return true;
        if (BULLETS.indexOf(t.charAt(next)) >= 0) return true;
        if (EMPTY_LABEL.matcher(t).region(next, to).useTransparentBounds(true).lookingAt()) return true;
        if (SALUTATION.matcher(t).region(next, to).lookingAt()) return true;
        if (BARE_SALUTATION.matcher(t).region(next, to).useTransparentBounds(true).lookingAt()) return true;
        if (OPENING.matcher(t).region(next, to).lookingAt()) return true;
        if (HEADING.matcher(t).region(next, to).useTransparentBounds(true).lookingAt()) return true;
        if (SIGNER.matcher(t).region(next, to).useTransparentBounds(true).lookingAt()) return true;
        if (DATE.matcher(t).region(next, to).useTransparentBounds(true).lookingAt()) return true;
        // a date in digits only after a sentence's end (…支持! 20241018) or under the agency that signs
        if ((before == '。' || before == '!' || SIGNER.matcher(t).region(segment, to).useTransparentBounds(true).lookingAt())
                && ANY_DATE.matcher(t).region(next, to).useTransparentBounds(true).lookingAt()) return true;
        // a table's border left at the end of the page (…2018年6月28日 |) is no part of the line before it
        if (t.charAt(next) == '|' && t.substring(next, to).chars().allMatch(c -> c == '|' || c == ' ')) return true;
        return NOTE.matcher(t).region(next, to).lookingAt();
    }

    /** Whether a label written with spaces between its chars (联 系 电 话:) starts before this space and covers it. */
    private boolean insideSpacedLabel(String t, int space, int to) {
        for (int s = space - 1; s >= 0 && (s == space - 1 || t.charAt(s + 1) == ' '); s -= 2) {
            if (s < space - 1) {
                Matcher m = label.matcher(t).region(s, to);
                if (m.lookingAt() && m.end() > space) return true;
                Matcher f = framedLabel.matcher(t).region(s, to);
                if (f.lookingAt() && f.end() > space) return true;
            }
            if (s == 0 || t.charAt(s - 1) != ' ') break;
        }
        return false;
    }
}
