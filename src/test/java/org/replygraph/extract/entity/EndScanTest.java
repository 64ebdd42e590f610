package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndScanTest {
    @ParameterizedTest(name = "{0} from {1} -> {3}")
    @CsvSource({
        "省科技厅和市实验室, 2, 室, 9",
        "省科技厅和市实验室, 2, 厅室, 4",
        "省科技厅和市实验室, 5, 厅室, 9",  // from past the first match: the next one
        "省科技厅和市实验室, 4, 厅, 4",     // the end it starts at counts
        "省科技厅, 2, 室, 5",               // none: one past the text's length
    })
    void findsTheNextEndAfterOneOfTheLastChars(String text, int from, String lastChars, int expected) {
        assertEquals(expected, EndScan.next(text, from, lastChars));
    }
}
