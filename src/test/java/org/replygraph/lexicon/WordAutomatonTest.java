package org.replygraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WordAutomatonTest {
    /** Words that overlap, nest and share prefixes and suffixes, as rule lists do (组织 inside 积极组织, 会同/同时). */
    private static final List<String> WORDS = List.of("积极组织", "组织", "会同", "同时", "指导", "结合", "目前", "金沙城中心", "金沙", "沙城",
            "快3", "bet", "bet365", "365", "a");

    @ParameterizedTest(name = "firstAt({0}, {1}) = {2}")
    @CsvSource({
        "积极组织区卫生健康局, 0, 积极组织",
        "积极组织区卫生健康局, 2, 组织",
        "积极组织区卫生健康局, 1, ''",
        "金沙城中心娱乐, 0, 金沙城中心",
        "金沙城娱乐, 0, 金沙",
        "金沙, 0, 金沙",
        "金, 0, ''",
        "bet365体育, 0, bet",
        "会同碑林区人民政府, 0, 会同",
    })
    void firstAtIsTheFirstListedWordSpeltThere(String text, int pos, String expected) {
        int i = automaton().firstAt(text, pos, k -> true);
        assertEquals(expected, i < 0 ? "" : WORDS.get(i));
        assertEquals(!expected.isEmpty(), automaton().startsAt(text, pos));
    }

    @Test
    void firstAtSkipsWordsTheTestRefuses() {
        // 金沙城中心 is listed first; refused, the next word spelt there (金沙) answers.
        assertEquals(WORDS.indexOf("金沙"), automaton().firstAt("金沙城中心", 0, i -> !WORDS.get(i).equals("金沙城中心")));
        assertEquals(-1, automaton().firstAt("金沙城中心", 0, i -> false));
    }

    @ParameterizedTest(name = "firstIn({0}, {1}, {2}) = {3}")
    @CsvSource({
        "积极组织区卫生健康局, 0, 10, 积极组织",
        "积极组织区卫生健康局, 1, 10, 组织",
        "积极组织区卫生健康局, 0, 3, ''",
        "同时根据县政府, 0, 7, 同时",
        "大发金沙城, 0, 5, 金沙",
        "大发金沙城, 3, 5, 沙城",
        "快30, 0, 3, 快3",
        "上海市政府, 0, 5, ''",
    })
    void firstInIsTheFirstListedWordInsideTheRange(String text, int from, int to, String expected) {
        int i = automaton().firstIn(text, from, to);
        assertEquals(expected, i < 0 ? "" : WORDS.get(i));
    }

    @ParameterizedTest(name = "endsAt({0}, {1}) = {2}")
    @CsvSource({
        "结合区发改局, 2, true",
        "结合区发改局, 3, false",
        "会同碑林区, 2, true",
        "同时区政府, 2, true",
        "积极组织区, 4, true",
        "组, 1, false",
        "'', 0, false",
    })
    void endsAtIsAnyWordEndingThere(String text, int end, boolean expected) {
        assertEquals(expected, automaton().endsAt(text, end));
    }

    /** Each question answers as the loop over the list it replaces, on 20,000 made-up strings over the words' chars. */
    @Test
    void answersAsTheLoopsItReplacesOnMadeUpStrings() {
        String alphabet = "积极组织会同时指导结合目前金沙城中心快3bet65a区县";
        Random r = new Random(7);
        WordAutomaton a = automaton();
        IntPredicate evenOnly = i -> i % 2 == 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(12);
            for (int k = 0; k < len; k++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String t = b.toString();
            for (int p = 0; p <= t.length(); p++) {
                assertEquals(loopFirstAt(t, p, i -> true), a.firstAt(t, p, i -> true), t + " at " + p);
                assertEquals(loopFirstAt(t, p, evenOnly), a.firstAt(t, p, evenOnly), t + " at " + p);
                assertEquals(loopFirstAt(t, p, i -> true) >= 0, a.startsAt(t, p), t + " at " + p);
                assertEquals(loopEndsAt(t, p), a.endsAt(t, p), t + " ending " + p);
                for (int q = p; q <= t.length(); q++) assertEquals(loopFirstIn(t, p, q), a.firstIn(t, p, q), t + " in " + p + ".." + q);
            }
        }
    }

    @Test
    void anEmptyWordIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WordAutomaton.of(List.of("组织", "")));
        assertEquals("Illegal word='' at index 1 : must be non-empty", e.getMessage());
    }

    @Test
    void aRepeatedWordKeepsItsFirstIndex() {
        WordAutomaton a = WordAutomaton.of(List.of("组织", "会同", "组织"));
        assertEquals(0, a.firstAt("组织区", 0, i -> true));
        assertEquals(-1, a.firstAt("组织区", 0, i -> i == 2));
    }

    private static WordAutomaton automaton() {
        return WordAutomaton.of(WORDS);
    }

    private static int loopFirstAt(String t, int p, IntPredicate accept) {
        for (int i = 0; i < WORDS.size(); i++) if (t.startsWith(WORDS.get(i), p) && accept.test(i)) return i;
        return -1;
    }

    private static int loopFirstIn(String t, int from, int to) {
        for (int i = 0; i < WORDS.size(); i++) if (t.substring(from, to).contains(WORDS.get(i))) return i;
        return -1;
    }

    private static boolean loopEndsAt(String t, int end) {
        for (String w : WORDS) if (t.startsWith(w, end - w.length())) return true;
        return false;
    }
}
