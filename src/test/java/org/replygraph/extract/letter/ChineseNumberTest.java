package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumberTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"十二, 12", "十, 10", "二十三, 23", "四, 4", "五, 5", "十七, 17", "12, 12", "九十九, 99",
            "十十, -1", "百, -1", "一二, -1"})
    void readsCounts(String written, int value) {
        assertEquals(value, ChineseNumber.parse(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"二〇二三, 2023", "二零二一, 2021", "2024, 2024", "二〇x三, -1"})
    void readsYearsDigitByDigit(String written, int value) {
        assertEquals(value, ChineseNumber.parseDigits(written));
    }
}
