package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.PersonRef;

class ProposerParserTest {
    private final ProposerParser parser = new ProposerParser();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
            "市政协十四届三次会议第186号提案《关于加快滇中新区新能源汽车产业链建设的提案》(提案人:方志刚委员)收悉。#方志刚#委员",
            "第58号提案(提案人：韦振东、蒙秀丽委员)收悉#韦振东、蒙秀丽#委员",
            "领衔提案人:钱立文等3位委员#钱立文#委员",
            "建议人: | 苏晓红 | 建议类型: | 大会期间建议 |#苏晓红#",
            "《关于加强农村饮水安全的建议》(建议人:覃国富代表)已交我局办理#覃国富#代表",
    })
    void readsLabelledProposers(String text, String names, String role) {
        ProposerParser.Named n = parser.find(text, 0, text.length()).orElseThrow();
        assertEquals(List.of(names.split("、")), n.proposers().stream().map(PersonRef::name).toList());
        assertEquals(role, n.role());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "提案者: | 九三学社烟台市委 |",
            "感谢提案人对我市工作的关心",
            "提案人:民盟市委会",
            "(提案人:市工商联界别)",
    })
    void readsNoUnitOrProseAsAPerson(String text) {
        assertTrue(parser.find(text, 0, text.length()).isEmpty(), text);
    }
}
