package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The regex-free pre-check that spares most literals the personal-data patterns never misses what
 * they would mask: it may say "maybe" for a literal with nothing personal, never "no" for one with.
 */
class PersonalMobileGuardTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "联系电话:13900001234, true", "13900001234, true", "手机13900001234。, true", "139 0000 1234, true",
            "+86-139-0000-1234, true", "１３９００００１２３４, true", "身份证11010119900307123X, true", "a@b.com, true",
            "电话:029-87294985, false", "编号139000012345, false", "12050094, false", "2024年第0123号, false",
            "电话12900001234, false", "'', false", "kjt@shaanxi.gov.cn, false"})
    void thePreCheckNeverMissesWhatTheMaskMasks(String s, boolean personal) {
        assertEquals(personal, PersonalData.contains(s, false), s);
        if (PersonalData.contains(s, false)) assertTrue(PersonalData.mayHold(s), s);
        if (!PersonalData.mayHold(s)) assertEquals(s, PersonalData.mask(s, false));
    }
}
