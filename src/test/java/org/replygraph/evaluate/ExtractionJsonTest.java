package org.replygraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.replygraph.extract.fact.Phone;

/** The extraction written in the gold's shape, as golden tests leave it under target/golden/. */
class ExtractionJsonTest {
    @Test
    void writesTheGoldKeys() {
        FactsBuilder b = ScorerTest.perfect000();
        b.phone = Phone.of("13858150550");
        String json = new ExtractionJson().render(b.build("000_5dc32466c623b959.txt"));
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        assertEquals("000_5dc32466c623b959.txt", o.get("file").getAsString());
        assertEquals("reply_letter", o.get("doc_type").getAsString());
        JsonObject p = o.getAsJsonObject("proposal");
        assertEquals("604", p.get("number").getAsString());
        assertEquals("[\"蒲小川\",\"袁小宁\"]", p.get("proposers").toString());
        assertEquals("{\"body\":\"政协陕西省委员会\",\"term\":12,\"meeting\":4}", p.get("session").toString());
        assertEquals("[\"陕西省工业和信息化厅\"]", o.get("replying_agency").toString());
        assertEquals("2021-05-07", o.get("date").getAsString());
        assertEquals(true, o.get("published").isJsonNull());
        assertEquals("13858150550 (personal mobile: not published)", o.get("contact_phone").getAsString());
        assertEquals("[[\"国家增材制造创新中心\",\"增材制造国家创新中心\"],[\"陕西省国际科技合作基地\"]]",
                o.get("innovation_centres").toString());
        assertEquals("[[\"工业和信息化部\",\"工信部\"],[\"陕西省工业和信息化厅\",\"省工信厅\"]]", o.get("agencies_mentioned").toString());
    }
}
