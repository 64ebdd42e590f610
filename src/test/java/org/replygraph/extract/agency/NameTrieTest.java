package org.replygraph.extract.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameTrieTest {
    private static final NameTrie T = NameTrie.of(List.of("杭州市", "杭州", "湖北省", "湖北", "恩施州", "", "杭州市"));

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource({
            "浙江杭州市萧山区, 2, 3", "杭州西湖, 0, 2", "湖北省科技厅, 0, 3", "湖北科技厅, 0, 2", "恩施州科技局, 0, 3",
            // negatives: no name there, a prefix of a name only, the text ends inside a name
            "浙江杭州市萧山区, 0, 0", "恩施土家族苗族自治州, 0, 0", "湖, 0, 0", "市杭州, 0, 0", "市杭州, 1, 2"})
    void readsTheLongestNameAtAPosition(String text, int pos, int length) {
        assertEquals(length, T.longestAt(text, pos));
    }

    @Test
    void takesTheLongestNameTheTestAccepts() {
        assertEquals(2, T.longestAt("杭州市萧山区", 0, n -> n < 3));
        assertEquals(0, T.longestAt("杭州市萧山区", 0, n -> n > 3));
    }

    @Test
    void anEmptyTrieFindsNothing() {
        assertEquals(0, NameTrie.of(List.of()).longestAt("杭州市", 0));
    }
}
