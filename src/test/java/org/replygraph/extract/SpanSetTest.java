package org.replygraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link SpanSet} answers what a scan over every span answers. */
class SpanSetTest {
    private static final SpanSet TITLES = SpanSet.of(List.of(new Span(15, 30), new Span(10, 20), new Span(40, 41), new Span(30, 35)));

    @ParameterizedTest(name = "covers({0}) = {1}")
    @CsvSource({"9,false", "10,true", "29,true", "30,true", "34,true", "35,false", "39,false", "40,true", "41,false"})
    void coversAnOffsetInsideASpan(int at, boolean expected) {
        assertEquals(expected, TITLES.covers(at));
    }

    @ParameterizedTest(name = "overlaps([{0},{1})) = {2}")
    @CsvSource({"0,10,false", "0,11,true", "35,40,false", "35,41,true", "41,50,false", "20,20,true", "35,35,false", "12,12,true"})
    void overlapsASpanSharingAChar(int start, int end, boolean expected) {
        assertEquals(expected, TITLES.overlaps(new Span(start, end)));
    }

    @Test
    void answersAsAScanOverEverySpanDoes() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Span> spans = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                int start = random.nextInt(60);
                spans.add(new Span(start, start + 1 + random.nextInt(10)));
            }
            SpanSet set = SpanSet.of(spans);
            for (int at = 0; at < 75; at++) {
                int a = at;
                assertEquals(spans.stream().anyMatch(s -> a >= s.start() && a < s.end()), set.covers(at), spans + " at " + at);
                for (int len = 0; len < 6; len++) {
                    Span q = new Span(at, at + len);
                    assertEquals(spans.stream().anyMatch(s -> q.start() < s.end() && s.start() < q.end()), set.overlaps(q),
                            spans + " against " + q);
                }
            }
        }
    }
}
