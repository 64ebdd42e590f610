package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.agency.Places;

class JurisdictionFinderTest {
    private final JurisdictionFinder finder = new JurisdictionFinder(Places.standard());

    @ParameterizedTest(name = "{1} -> {3}")
    @CsvSource(nullValues = "null", delimiter = '#', value = {
            "…#陕西省工业和信息化厅#null#陕西省",
            "…#城口县发展和改革委员会#null#城口县",
            "经杭州市萧山区人民政府同意#萧山区科技局#null#杭州市萧山区",
            "…#省工信厅#陕工信函〔2022〕266号#陕西省",
            "…#市科技局#渝科局函〔2022〕242号#重庆市",
            "…#市财政局#枣财办函〔202126号#枣庄市",
            "根据《通知》(川科计〔2017〕7号),支持宜宾市#科技厅#null#四川省",
            "印发了《湘潭市政府政务服务中心建议提案办理工作方案》#市政府政务服务中心#null#湘潭市",
    })
    void findsTheIssuersPlace(String text, String issuer, String docNumber, String place) {
        assertEquals(place, finder.find(text, issuer, docNumber, (char) 0).orElseThrow());
    }

    @Test
    void theSessionsLevelStandsInForAMissingIssuer() {
        assertEquals("枣庄市", finder.find("市财政", null, "枣财办函〔202126号", '市').orElseThrow());
        assertEquals("山西省", finder.find("到2020年,山西省制造业创新体系", null, null, (char) 0).orElseThrow());
    }

    @Test
    void aPartyDepartmentIsInThePlaceAfter中共() {
        assertEquals("长兴县", finder.findByNames("我县", java.util.List.of("中共长兴县委组织部"), null, (char) 0).orElseThrow());
        assertTrue(finder.findByNames("", java.util.List.of("中共中央组织部"), null, (char) 0).isEmpty(), "中央 is no place");
    }

    @Test
    void aLaterNameOfTheIssuerMaySayWhereItBelongs() {
        assertEquals("杭州市萧山区", finder.findByNames("我区", java.util.List.of("区科技局", "杭州市萧山区科学技术局"), null, (char) 0).orElseThrow());
    }

    @Test
    void guessesNothingWhenTheTextDoesNotSay() {
        assertTrue(finder.find("我区围绕科技创新", "区科技局", null, (char) 0).isEmpty());
        assertTrue(finder.find("陕西省与四川省合作", null, null, (char) 0).isEmpty(), "a tie names no province");
    }
}
