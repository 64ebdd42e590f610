package org.replygraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.lexicon.WordList;

/**
 * Restores the line breaks of a letter a page flattened into one line (a law-database mirror writes
 * {@code …张三代表: 您在省人大会议上提出的…建议收悉。现答复如下: 一、… 二、… 联 系 人:李 四 联系电话:0591-… 某某省某某厅 2016年5月9日 (此件主动公开)}):
 * in a line of at least {@link #LONG_LINE} chars, a single space becomes a line break where a letter's part begins after
 * it: a list item (一、, (二), 3、) or a closing (感谢…, 此复, 特此…) after a sentence's end, a label of the metadata or
 * contact block and its colon, a salutation (…代表:, …委员:), a reply heading (关于…的答复), a date that signs
 * the letter, the agency over that date, a note in brackets ((此件主动公开)). The line-anchored rules after it read
 * such a page as they read a published one. Short lines, and text with its breaks, are left as they are; the new break
 * maps to the space it replaces, so offsets still point into the original. Runs on tidied text (single spaces).
 */
final class LineSplitter {
    /** A line this long with spaces inside is a flattened page (a published paragraph rarely holds a space). */
    static final int LONG_LINE = 300;
    /** A flattened line needs this many breaks to be one: a long paragraph with one odd space is left alone. */
    private static final int MIN_BREAKS = 2;
    private static final String CN = "[一二三四五六七八九十]{1,3}";
    /** After a sentence's end: a list item or a closing. */
    private static final Pattern AFTER_SENTENCE = Pattern.compile(
            "(?:" + CN + "、|[((]" + CN + "[))]|\\d{1,2}[、.](?!\\d)|感谢|此复|特此|专此)");
    /** After a sentence's end, any short label and its value: 领导署名:王五. */
    private static final Pattern SHORT_LABEL = Pattern.compile("[\\p{IsHan}]{2,6}:(?! )");
    /** A salutation: members or a group addressed, its colon right after, e.g. 张三、李四代表:. */
    private static final Pattern SALUTATION = Pattern.compile(
            "(?:尊敬的)?[\\p{IsHan}、·]{1,120}?(?:代表|委员|代表团|党派|委员会)们?:");
    /** A reply heading, e.g. 关于省十二届人大四次会议第1172号建议的答复. */
    private static final Pattern HEADING = Pattern.compile(
            "(?:[\\p{IsHan}]{2,30})?(?:关于|对)[^。 ]{2,80}?(?:建议|提案|议案)[^。 ]{0,10}?(?:答复|复函|回复|会办意见|协办意见)[^。 ]{0,6}(?= )");
    /** A signing date with nothing but a note after it: 2016年5月9日. */
    private static final Pattern DATE = Pattern.compile(
            "(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日(?= |$)");
    /** The signing agency over its date: 福建省交通运输厅 2016年5月9日. */
    private static final Pattern SIGNER = Pattern.compile(
            "[\\p{IsHan}()]{2,40}(?:局|厅|委|委员会|办公室|办|政府|部|中心|院|处|署|会) (?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日");
    /** A note in brackets closing the page: (此件主动公开). */
    private static final Pattern NOTE = Pattern.compile("\\((?:此件|本件)[^)]{0,20}\\)");
    private final Pattern label;

    LineSplitter() {
        Set<String> words = new LinkedHashSet<>(WordList.words("layout-labels"));
        words.addAll(WordList.words("metadata-labels"));
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> alternatives = new ArrayList<>();
        for (String w : sorted) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < w.length(); i++) {
                if (i > 0) b.append(" ?");
                b.append(Pattern.quote(String.valueOf(w.charAt(i))));
            }
            alternatives.add(b.toString());
        }
        label = Pattern.compile("(?:" + String.join("|", alternatives) + ") ?:");
    }

    MappedText apply(MappedText in) {
        String t = in.text();
        List<Integer> breaks = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < t.length()) {
            int nl = t.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? t.length() : nl;
            if (lineEnd - lineStart >= LONG_LINE) {
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
        for (int i = t.indexOf(' ', from); i >= 0 && i < to; i = t.indexOf(' ', i + 1)) {
            if (i == from || i + 1 >= to) continue;
            if (breaksAt(t, segment, i, to)) {
                out.add(i);
                segment = i + 1;
            }
        }
        return out;
    }

    private boolean breaksAt(String t, int segment, int space, int to) {
        int next = space + 1;
        // what stands alone before the space: a salutation, a heading or a signing date ends its line
        if (SALUTATION.matcher(t).region(segment, space).matches() || DATE.matcher(t).region(segment, space).matches()
                || HEADING.matcher(t).region(segment, to).lookingAt() && t.indexOf(' ', segment) == space)
            return true;
        char before = t.charAt(space - 1);
        boolean sentenceEnd = before == '。' || before == ':' || before == '!' || before == '?' || before == ';';
        if (sentenceEnd && (AFTER_SENTENCE.matcher(t).region(next, to).lookingAt() || SHORT_LABEL.matcher(t).region(next, to).lookingAt()))
            return true;
        // a label's spaced chars (联 系 人:) stay one label: no break inside it
        if (label.matcher(t).region(next, to).lookingAt() && !insideSpacedLabel(t, space, to)) return true;
        if (SALUTATION.matcher(t).region(next, to).lookingAt()) return true;
        if (HEADING.matcher(t).region(next, to).lookingAt()) return true;
        if (SIGNER.matcher(t).region(next, to).lookingAt()) return true;
        if (DATE.matcher(t).region(next, to).lookingAt()) return true;
        return NOTE.matcher(t).region(next, to).lookingAt();
    }

    /** Whether a label written with spaces between its chars (联 系 电 话:) starts before this space and covers it. */
    private boolean insideSpacedLabel(String t, int space, int to) {
        for (int s = space - 1; s >= 0 && (s == space - 1 || t.charAt(s + 1) == ' '); s -= 2) {
            Matcher m = label.matcher(t).region(s, to);
            if (s < space - 1 && m.lookingAt() && m.end() > space) return true;
            if (s == 0 || t.charAt(s - 1) != ' ') break;
        }
        return false;
    }
}
