package org.replygraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short names of assemblies: the district alone for a district, never a bare suffix such as 市人大. */
class AssemblyAltNamesTest {
    @ParameterizedTest
    @CsvSource({
            "杭州市, 杭州市",
            "杭州市萧山区, 萧山区",
            "郑州市, 郑州市",
            "陕西省, 陕西省",
            "湖北省武汉市, 武汉市"})
    void lastLevel(String place, String expected) {
        assertEquals(expected, Assembly.lastLevel(place));
    }

    @ParameterizedTest
    @CsvSource({"杭州市", "广州市", "郑州市"})
    void aCityWith州InItsNameHasNoBareSuffixNames(String place) {
        assertEquals(List.of(place + "人大", place + "人民代表大会"),
                new Assembly(AssemblyKind.PEOPLES_CONGRESS, place).altNames());
    }
}
