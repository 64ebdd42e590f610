package org.replygraph.extract.letter;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.agency.Places;
import org.replygraph.extract.fact.AssemblyKind;
import org.replygraph.extract.fact.Span;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.Fragments;

/**
 * Reads a plenary session as written: "省十二届政协四次会议" -> (省, CPPCC, 12, 4);
 * "政协子洲县第十届委员会第二次会议" -> (子洲县, CPPCC, 10, 2); "云南省第十二届人大第五次会议" ->
 * (云南省, PEOPLES_CONGRESS, 12, 5); "政协第十四届合肥市委员会第二次会议" -> (合肥市, CPPCC, 14, 2). The place is as written (省, 县, 杭州市; 中国 for 全国): resolving
 * a bare 省 to a province is the caller's work.
 */
public final class SessionParser {
    private static final String N = "[" + Fragments.CN_NUMERALS + "0-9]{1,3}";
    @Example(text = "省十二届政协四次会议", read = "十二", group = 2)
    @Example(text = "政协第十三届第四次会议", read = "政协")
    @Example(text = "第三次会议", read = Example.NOTHING)
    @Example(text = "宣州区第十三届政治协商会议第四次会议", read = "政治协商会议", group = 3)
    @Example(text = "对第二届政协委员会第五次会议012号建议", read = "政协委员会", group = 3)
    private static final Pattern SESSION = Pattern.compile(
            "(政协|人大)?\\h{0,2}第?(" + N + ")\\h{0,2}届\\h{0,2}"
                    // the CPPCC by its full name without 委员会: "宣州区第十三届政治协商会议第四次会议"
                    // or with it after 政协: "第二届政协委员会第五次会议"
                    + "(全国政协|全国人大|政协委员会|政协|人大|全国委员会|委员会|人民代表大会|政治协商会议)?"
                    + "\\s{0,3}第?(" + N + ")\\h{0,2}次(?:全体)?(?:会议|大会)");
    /** The place written between 届 and 委员会: "政协第十四届合肥市委员会第二次会议". */
    @Example(text = "政协第十二届陕西省委员会第四次会议", read = "十二")
    @Example(text = "政协陕西省第十二届委员会", read = Example.NOTHING)
    private static final Pattern PLACE_INSIDE = Pattern.compile(
            "政协\\h{0,2}第?(" + N + ")\\h{0,2}届\\h{0,2}(\\p{IsHan}{1,10}?[" + Fragments.ALL_LEVELS + "])\\h{0,2}委员会"
                    + "\\s{0,3}第?(" + N + ")\\h{0,2}次(?:全体)?会议");
    /** The term first, then a bare level: "十五届市人大二次会议", "第十三届省政协第一次会议". */
    @Example(text = "十五届市政协三次会议", read = "十五")
    @Example(text = "市政协十五届三次会议", read = Example.NOTHING)
    private static final Pattern TERM_FIRST = Pattern.compile(
            "第?(" + N + ")\\h{0,2}届\\h{0,2}([" + Fragments.LEVELS + "州])\\h{0,2}(政协|人大)\\h{0,2}第?(" + N + ")\\h{0,2}次(?:全体)?会议");
    /** Words that end the text before a place: 关于|对|在 市十四届…, 政协 隆尧县十三届…, 现将|自治区政协十三届…. */
    private static final String[] BOUNDARIES = {"关于", "对于", "现将", "政协", "人大", "对", "在", "于", "的", "是", "第"};
    private static final String LEVELS = Fragments.ALL_LEVELS;

    private final Places places;

    public SessionParser(Places places) {
        this.places = places;
    }

    /** What was written: the place ("" when none), the kind, 届 and 次, and where. */
    public record WrittenSession(String place, AssemblyKind kind, int term, int meeting, Span span) { }

    /** Finds the first session within [from, to). */
    public Optional<WrittenSession> find(String text, int from, int to) {
        Optional<WrittenSession> best = findPlaceBefore(text, from, to);
        for (Optional<WrittenSession> other : List.of(findPlaceInside(text, from, to), findTermFirst(text, from, to)))
            if (other.isPresent() && (best.isEmpty() || other.get().span().start() < best.get().span().start())) best = other;
        return best;
    }

    private static Optional<WrittenSession> findTermFirst(String text, int from, int to) {
        Matcher m = TERM_FIRST.matcher(text).region(from, to);
        while (m.find()) {
            int term = ChineseNumber.parse(m.group(1));
            int meeting = ChineseNumber.parse(m.group(4));
            AssemblyKind kind = kindOf(m.group(3));
            if (term >= 1 && meeting >= 1)
                return Optional.of(new WrittenSession(m.group(2), kind, term, meeting, new Span(m.start(), m.end())));
        }
        return Optional.empty();
    }

    private static Optional<WrittenSession> findPlaceInside(String text, int from, int to) {
        Matcher m = PLACE_INSIDE.matcher(text).region(from, to);
        while (m.find()) {
            int term = ChineseNumber.parse(m.group(1));
            int meeting = ChineseNumber.parse(m.group(3));
            if (term >= 1 && meeting >= 1)
                return Optional.of(new WrittenSession(m.group(2), AssemblyKind.CPPCC, term, meeting, new Span(m.start(), m.end())));
        }
        return Optional.empty();
    }

    private Optional<WrittenSession> findPlaceBefore(String text, int from, int to) {
        Matcher m = SESSION.matcher(text).region(from, to);
        while (m.find()) {
            int term = ChineseNumber.parse(m.group(2));
            int meeting = ChineseNumber.parse(m.group(4));
            String kindWord = m.group(1) != null ? m.group(1) : m.group(3);
            boolean national = m.group(3) != null && m.group(3).startsWith("全国");
            String before = text.substring(Math.max(from, m.start() - 12), m.start()).stripTrailing();
            if (m.group(1) == null && (before.endsWith("政协") || before.endsWith("人大"))) {
                if (kindWord == null || kindWord.equals("委员会")) kindWord = before.substring(before.length() - 2);
                before = before.substring(0, before.length() - 2);
            }
            // The committee named before its term: "政协广东省委员会十二届三次会议" is the CPPCC of 广东省.
            if (kindWord == null && before.endsWith(COMMITTEE) && before.contains("政协"))
                before = before.substring(0, before.length() - COMMITTEE.length());
            String place = placeAtEnd(before);
            String rest = before.substring(0, before.length() - place.length());
            if (rest.endsWith("政协")) kindWord = "政协";
            if (national || before.endsWith("全国")) place = "中国";
            AssemblyKind kind = kindOf(kindWord);
            if (term < 1 || meeting < 1 || kind == null) continue;
            int start = m.start() - (place.equals("中国") ? 0 : place.length());
            return Optional.of(new WrittenSession(place, kind, term, meeting, new Span(start, m.end())));
        }
        return Optional.empty();
    }

    /** The place the text ends with: 杭州市 in "您在杭州市", 省 in "对省", "" in "答复". */
    String placeAtEnd(String before) {
        if (before.isEmpty() || LEVELS.indexOf(before.charAt(before.length() - 1)) < 0) return "";
        int cut = 0;
        for (String b : BOUNDARIES) {
            int i = before.lastIndexOf(b);
            if (i >= 0) cut = Math.max(cut, i + b.length());
        }
        // Mirror debris glued to the place: a year's digits before 年 (2023年清原满族自治县…) end there; other digits or
        // Latin letters (皇冠足球90比分市政协…) leave a place no known name can confirm, read as its bare level.
        boolean glued = false;
        for (int i = before.length() - 1; i >= cut; i--)
            if (!Character.isLetter(before.charAt(i))) {
                if (i + 1 > cut) {
                    cut = i + 1;
                    glued = isAsciiLetterOrDigit(before.charAt(i));
                    if (glued && cut < before.length() - 1 && DATE_UNITS.indexOf(before.charAt(cut)) >= 0) {
                        cut++;
                        glued = false;
                    }
                }
                break;
            }
        String candidate = before.substring(Math.min(cut, before.length() - 1));
        if (glued && candidate.length() > 1 && !places.fullName(candidate).map(candidate::equals).orElse(false))
            return candidate.substring(candidate.length() - 1);
        if (candidate.length() > 1 && places.leadingPlace(candidate).equals(candidate)) return candidate;
        // The longest known suffix, else the bare level character.
        for (int i = 0; i < candidate.length() - 1; i++) {
            String suffix = candidate.substring(i);
            if (places.fullName(suffix).isPresent() && places.fullName(suffix).get().equals(suffix)) return suffix;
        }
        return candidate.substring(candidate.length() - 1);
    }

    private static final String COMMITTEE = "委员会";

    /** Units after a date's digits: 2023年, 5月, 8日, 12号. */
    private static final String DATE_UNITS = "年月日号";

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static AssemblyKind kindOf(String word) {
        if (word == null) return null;
        return switch (word) {
            case "政协", "政协委员会", "委员会", "全国委员会", "全国政协", "政治协商会议" -> AssemblyKind.CPPCC;
            case "人大", "人民代表大会", "全国人大" -> AssemblyKind.PEOPLES_CONGRESS;
            default -> null;
        };
    }
}
