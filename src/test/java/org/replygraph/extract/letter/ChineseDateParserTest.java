package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseDateParserTest {
    private final ChineseDateParser parser = new ChineseDateParser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2022年7月4日, 2022-07-04",
            "2021年5月7日, 2021-05-07",
            "二〇二三年五月十日, 2023-05-10",
            "二〇二三年十二月三十一日, 2023-12-31",
            "2024年 8月14日, 2024-08-14",
            "2022-07-13, 2022-07-13",
            "2023-08-04 10:28, 2023-08-04",
            "2021-09-30 15:34:11, 2021-09-30",
            "2012-06-18 0:0, 2012-06-18",
            "2017/5/2, 2017-05-02",
            "二〇二四年元月八日, 2024-01-08",
            "2024年元月18日, 2024-01-18",
            "2024年6月5号, 2024-06-05",
            // a page's time with spaces inside (r182)
            "2025- 08- 11 21: 38, 2025-08-11",
            // a written date with its written time, as a 发布时间 value
            "2019年07月17日 14时55分, 2019-07-17",
            "2025年8月11日 21:38, 2025-08-11",
    })
    void readsWrittenDates(String written, LocalDate expected) {
        assertEquals(expected, parser.parse(written).orElseThrow());
    }

    @ParameterizedTest(name = "{0} is no date")
    @ValueSource(strings = {"2021年2月30日", "第604号", "2024-09-02 10:33 湖北省科学技术厅", "1688630012356", "", "2012-06-18 0:0:0:0", "2019年07月17日 14时召开会议", "2024年6月5日至7日"})
    void rejectsWhatIsNoSingleDate(String written) {
        assertTrue(parser.parse(written).isEmpty(), written);
    }

    @ParameterizedTest(name = "{0} before {1} -> {2}")
    @CsvSource({
            "2022711, 2022-07-13, 2022-07-11",
            "202387, 2023-08-10, 2023-08-07",
            "2023112, 2023-01-20, 2023-01-12",   // 11月2日 would be after the page was published
    })
    void readsDatesThatLostTheirUnitsAgainstAReference(String digits, LocalDate reference, LocalDate expected) {
        assertEquals(expected, parser.parseCompact(digits, reference).orElseThrow());
    }

    @Test
    void leavesAnAmbiguousCompactDateUnread() {
        // 2023年1月12日 or 2023年11月2日: both precede a December publication.
        assertTrue(parser.parseCompact("2023112", LocalDate.of(2023, 12, 1)).isEmpty());
        assertTrue(parser.parseCompact("2023112", null).isEmpty());
    }

    @Test
    void findsTheFirstDateInARegion() {
        String text = "日期:2022-07-13\n城口县发展和改革委员会";
        ChineseDateParser.MatchedDate d = parser.find(text, 0, text.length()).orElseThrow();
        assertEquals(LocalDate.of(2022, 7, 13), d.date());
        assertEquals("2022-07-13", text.substring(d.start(), d.end()));
    }
}
