package org.replygraph.extract.letter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.Fragments;

/**
 * Reads one date as written: "2021年5月7日", "二〇二三年五月十日", "二〇二四年元月八日", "2024年6月5号",
 * "2022-07-04"; and a date whose 年月日 were lost ("2022711") only when a reference date makes it unambiguous.
 */
public final class ChineseDateParser {
    private static final String CN = "[" + Fragments.CN_ZEROS + Fragments.CN_NUMERALS + "0-9]";
    @Example(text = "二〇二三年五月十日", read = "二〇二三")
    @Example(text = "2024年6月5号", read = "2024")
    @Example(text = "二〇二四年元月八日", read = "二〇二四")
    @Example(text = "2024年6月", read = Example.NOTHING)
    private static final Pattern WRITTEN = Pattern.compile(
            "(" + CN + "{4})\\s*年\\s*(元|" + CN + "{1,3})\\s*月\\s*(" + CN + "{1,3})\\s*[日号]");
    @Example(text = "2022-07-04", read = "2022")
    @Example(text = "2024/5/10", read = "2024")
    @Example(text = "2021.12", read = Example.NOTHING)
    private static final Pattern ISO = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?!\\d)");
    /** A time after a metadata date, also a blank one a page template printed as 0:0 ("2012-06-18 0:0"). */
    @Example(text = " 10:28", read = " 10:28")
    @Example(text = " 0:0", read = " 0:0")
    @Example(text = " 21: 38", read = " 21: 38")
    private static final Pattern TIME = Pattern.compile("(?:\\s{1,3}\\d{1,2}\\h?:\\h?\\d{1,2}(?:\\h?:\\h?\\d{1,2})?)?");
    /** A written time after a written date in a page's metadata: "2019年07月17日 14时55分", "2025年8月11日 21:38". */
    @Example(text = " 14时55分", read = " 14时55分")
    @Example(text = " 14:55:02", read = " 14:55:02")
    @Example(text = " 14时召开", read = Example.NOTHING)
    private static final Pattern WRITTEN_TIME = Pattern.compile(
            "\\s{1,3}\\d{1,2}\\h?(?:时\\h?\\d{1,2}\\h?分(?:\\h?\\d{1,2}\\h?秒)?|:\\h?\\d{1,2}(?:\\h?:\\h?\\d{1,2})?)");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2,4})");
    /** How far before its publication a letter is plausibly dated. */
    private static final long MAX_DAYS_BEFORE_REFERENCE = 366;

    /** Parses a string that is one date (surrounding spaces allowed); empty when it is none. */
    public Optional<LocalDate> parse(String s) {
        String t = s.strip();
        Matcher m = WRITTEN.matcher(t);
        // 元月 is January: "二〇二四年元月八日"; a page's metadata may add the time ("2019年07月17日 14时55分").
        if (m.lookingAt() && (m.end() == t.length() || WRITTEN_TIME.matcher(t.substring(m.end())).matches())) return date(ChineseNumber.parseDigits(m.group(1)), m.group(2).equals("元") ? 1 : ChineseNumber.parse(m.group(2)),
                ChineseNumber.parse(m.group(3)));
        m = ISO.matcher(t);
        // A metadata value may carry a time: "2023-08-04 10:28".
        if (m.lookingAt() && TIME.matcher(t.substring(m.end())).matches()) return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        return Optional.empty();
    }

    /**
     * A metadata value that opens with one date, perhaps with its time, and goes on with a page's debris after a space that the
     * value's end did not cut ("2017-10-31 A-A+", a font control); empty when the value opens with anything else or the date runs
     * on into digits.
     */
    @Example(text = "2017-10-31 A-A+", read = "2017-10-31")
    @Example(text = "2023-10-12 16:08 字体:[ ]", read = "2023-10-12 16:08")
    @Example(text = "2017-10-31 至 2018-01-01", read = Example.NOTHING)
    @Example(text = "至", read = Example.NOTHING)
    private static final Pattern LEADING = Pattern.compile(
            "^((?:19|20)\\d{2}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}(?:\\h\\d{1,2}:\\d{2}(?::\\d{2})?)?|" + CN + "{4}年\\d{1,2}月\\d{1,2}日)\\h+(?![\\d至到])");

    /** Parses a value that is one date ({@link #parse}), else one that opens with a date before a page's debris ({@link #LEADING}). */
    public Optional<LocalDate> parseLeading(String s) {
        Optional<LocalDate> whole = parse(s);
        if (whole.isPresent()) return whole;
        Matcher m = LEADING.matcher(s.strip());
        return m.find() ? parse(m.group(1)) : Optional.empty();
    }

    /** The first date written anywhere in the text with its position, e.g. inside "日期:2022-07-13". */
    public Optional<MatchedDate> find(String text, int from, int to) {
        String region = text.substring(from, to);
        List<MatchedDate> found = new ArrayList<>();
        for (Pattern p : List.of(WRITTEN, ISO)) {
            Matcher m = p.matcher(region);
            while (m.find()) {
                Optional<LocalDate> d = parse(m.group());
                if (d.isPresent()) {
                    found.add(new MatchedDate(d.get(), from + m.start(), from + m.end()));
                    break;
                }
            }
        }
        return found.stream().min((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /**
     * Reads digits that lost their 年月日 ("2022711" -> 2022-07-11), choosing among the readings the
     * ones dated at most a year before the reference; empty when none or more than one remain.
     */
    public Optional<LocalDate> parseCompact(String digits, LocalDate reference) {
        Matcher m = COMPACT.matcher(digits.strip());
        if (!m.matches()) return Optional.empty();
        int year = Integer.parseInt(m.group(1));
        String md = m.group(2);
        List<LocalDate> readings = new ArrayList<>();
        for (int split = 1; split < md.length(); split++) {
            String month = md.substring(0, split);
            String day = md.substring(split);
            if (month.length() > 2 || day.length() > 2) continue;
            date(year, Integer.parseInt(month), Integer.parseInt(day)).ifPresent(readings::add);
        }
        if (reference != null)
            readings.removeIf(d -> d.isAfter(reference)
                    || ChronoUnit.DAYS.between(d, reference) > MAX_DAYS_BEFORE_REFERENCE);
        return readings.size() == 1 ? Optional.of(readings.get(0)) : Optional.empty();
    }

    private static Optional<LocalDate> date(int y, int m, int d) {
        if (y < 1949 || y > 2100) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();   // 2月30日 and the like: not a date, the caller reports it
        }
    }

    /** A date and where it was written. */
    public record MatchedDate(LocalDate date, int start, int end) { }
}
