package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The digit-run check that spares most literals the mobile-number regex agrees with the regex. */
class PersonalMobileGuardTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "联系电话:13900001234, true", "13900001234, true", "手机13900001234。, true", "139 0000 1234, false",
            "电话:029-87294985, false", "编号139000012345, false", "12050094, false", "2024年第0123号, false",
            "电话12900001234, false", "'', false"})
    void findsAnElevenDigitRunWhereTheMobilePatternCanMatch(String s, boolean mobile) {
        assertEquals(mobile, DocGraph.hasElevenDigits(s) && DocGraph.MOBILE.matcher(s).find());
        if (DocGraph.MOBILE.matcher(s).find()) assertEquals(true, DocGraph.hasElevenDigits(s), s);
    }
}
