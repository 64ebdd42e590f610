package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.Located;

class DocNumberParserTest {
    private final DocNumberParser parser = new DocNumberParser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
            "签发人:张宗科\\n陕工信函〔2021〕154号\\n#陕工信函〔2021〕154号",
            "枣财办函〔202126号                    签发:王庆丰#枣财办函〔202126号",
            "文号:潭政务发[2017]7号#潭政务发[2017]7号",
            "渝科局函〔 2022 〕 242 号#渝科局函〔2022〕242号",
            // small tortoise-shell brackets, a colon after the number's word (real letters r057, r044)
            "岳县教体字﹝2022﹞12号 A类 同意公开#岳县教体字﹝2022﹞12号",
            "建议字:〔2023〕8号#建议字〔2023〕8号",
            // a spaced label leaves its 号 before the colon; the year bracket opens this number (real letter r183)
            "文 号:(2017)苏科提复189号#(2017)苏科提复189号",
            "文号:(2017)苏科提复189号#(2017)苏科提复189号",
    })
    void readsDocNumbersAsWritten(String text, String number) {
        text = text.replace("\\n", "\n");   // CSV rows write line breaks as \\n
        assertEquals(number, parser.find(text, 0, text.length()).orElseThrow().value());
    }

    @Test
    void readsAMetadataValueAndRejectsOthers() {
        assertEquals("渝科局函〔2022〕242号", parser.parse(Located.at("渝科局函〔2022〕242号", 0, 14)).orElseThrow().value());
        assertTrue(parser.parse(Located.at("有效", 0, 2)).isEmpty());
        String none = "关于省政协十三届二次会议第20240133号提案的答复";
        assertTrue(parser.find(none, 0, none.length()).isEmpty(), "a proposal number is no 文号");
    }
}
