package org.replygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.replygraph.ingest.TestCorpus;

class OpeningCharsTest {
    /** A lookbehind, a char class first, an alternation first, a lookahead: what the extractors search with. */
    static final List<OpeningChars> PATTERNS = List.of(
            new OpeningChars(Pattern.compile("(?<![0-9])(\\d{4})年(?:(\\d{1,2})月)?"), "0123456789"),
            new OpeningChars(Pattern.compile("(?:现有|拥有)?(员工|专利|人员)(?:已达到?|共)?(\\d{1,7})(人|项)"), "现拥员专人"),
            new OpeningChars(Pattern.compile("(?:等|\\d{1,3}家)(?:领军|龙头)?(?:企业|单位)(?=[，。、])"), "等0123456789"),
            new OpeningChars(Pattern.compile("(?:答复|回复)?"), "答回"));

    @Test
    void findsWhatAWholeTextSearchFindsOnEveryTestLetter() {
        int compared = 0;
        for (var p : TestCorpus.letters()) {
            String text = TestCorpus.read(p);
            for (OpeningChars o : PATTERNS) {
                assertEquals(plain(o.pattern(), text), scanned(o, text), () -> o.pattern() + " in " + p);
                compared++;
            }
        }
        assertTrue(compared > 40, "letters x patterns compared: " + compared);
    }

    @Test
    void findsTheYearsOfASentenceAndNotADigitRunsTail() {
        OpeningChars years = PATTERNS.get(0);
        assertEquals(List.of("0:2018年6月", "12:2020年"), scanned(years, "2018年6月获批筹建，2020年正式揭牌，编号12345年"));
    }

    @Test
    void searchesOnlyTheRegionItIsGiven() {
        OpeningChars.Scan s = PATTERNS.get(0).scan("2018年 2019年 2020年", 6, 12);
        List<String> found = new ArrayList<>();
        while (s.find()) found.add(s.matcher().group());
        assertEquals(List.of("2019年"), found);
    }

    @Test
    void refusesAnEmptySetOfOpeningChars() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OpeningChars(Pattern.compile("年"), ""));
        assertEquals("Illegal opening chars='' : a match must open with some char", e.getMessage());
    }

    private static List<String> plain(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) if (m.end() > m.start() || isOpening(text, m.start())) out.add(m.start() + ":" + m.group());
        return out;
    }

    /** An empty match of the optional pattern counts only where the scan tries: at an opening char. */
    private static boolean isOpening(String text, int at) {
        return at < text.length() && "答回".indexOf(text.charAt(at)) >= 0;
    }

    private static List<String> scanned(OpeningChars o, String text) {
        List<String> out = new ArrayList<>();
        OpeningChars.Scan s = o.scan(text);
        while (s.find()) out.add(s.matcher().start() + ":" + s.matcher().group());
        return out;
    }
}
