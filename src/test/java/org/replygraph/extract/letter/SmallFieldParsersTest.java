package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Category, signer and contact: short labelled fields of a letter's header and closing. */
class SmallFieldParsersTest {
    private final CategoryParser categories = new CategoryParser();
    private final SignerParser signers = new SignerParser();
    private final ContactParser contacts = new ContactParser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {"类别:B#B", "类  别:B#B", "类别:A类#A", "类别:c#C", "标题\\nA类\\n公开#A", "类别: C类#C", "办理结果:B类#B", "标题\\nA类(正在解决)\\n#A",
            "绵阳市发展和改革委员会关于市政协八届三次会议第68号提案答复的函\\n(A类)\\n民建绵阳市委会:#A", "标题\\n( C类 )\\n#C",
            "关于市政协十五届三次会议第103号提案的答复(B类)\\n常科提〔2024〕12号#B",
            "办理结果:A\\n尊敬的代表#A", "办理类别: 解决采纳类#A", "办理类别:正在解决类#B", "答复类别:列入计划解决#B",
            "办理结果:留作参考类#C", "答复类型:B类(正在解决)#B",
            "| 签发人 | 冯海波 | 答复类别 | B |#B"})
    void readsCategories(String text, String category) {
        text = text.replace("\\n", "\n");   // CSV rows write line breaks as \\n
        assertEquals(category, categories.find(text, 0, text.length()).orElseThrow().value());
    }

    @Test
    void aCategoryNeedsItsLabelOrItsOwnLine() {
        String text = "我省A类企业达到20家,B类企业(A类)";
        assertTrue(categories.find(text, 0, text.length()).isEmpty());
        for (String t : new String[] {"| 产品类别 | Android |", "办理结果:ABC项目已完成", "办理结果:A级景区", "我们将采纳您的意见,列入计划解决"})
            assertTrue(categories.find(t, 0, t.length()).isEmpty(), t);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
            "签发人:张宗科\\n陕工信函#张宗科",
            "枣财办函〔202126号      签发:王庆丰#王庆丰",
            "    此复函已经夏贵金主任审签。对以上答复#夏贵金",
            "本答复经李明局长签发#李明",
            "签发领导:陆建华  审核:钱晓明\\n湖科函〔2024〕28号#陆建华",
            "| 签发人 | 冯海波 | 答复类别 | B |#冯海波",
    })
    void readsSigners(String text, String name) {
        text = text.replace("\\n", "\n");   // CSV rows write line breaks as \\n
        assertEquals(name, signers.find(text, 0, text.length()).orElseThrow().name());
    }

    @Test
    void ignoresProseThatSignsNothing() {
        String text = "经我局领导审定,现答复如下";
        assertTrue(signers.find(text, 0, text.length()).isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1} {2} mobile={3}")
    @CsvSource(delimiter = '#', value = {
            "(联系人:黄超 电话:029-87294985)#黄超#029-87294985#false",
            "(联系人及电话:魏冬 0871- 63512057)#魏冬#0871-63512057#false",
            "联 系 人:冉晓豪\\n\\n联系电话:13628400037\\n\\n邮政编码:405900#冉晓豪#13628400037#true",
            "联系人:王晓燕(高新技术发展及产业化处)\\n\\n联系电话: 13858150550#王晓燕#13858150550#true",
            "联系人:赵敏同志     联系电话:0574-87654321#赵敏#0574-87654321#false",
            "经办人:徐丽  联系电话:(0571)86221234#徐丽#0571-86221234#false",
            "联系人:林晓梅,联系方式:0593-2881234#林晓梅#0593-2881234#false",
    })
    void readsContactsAndFlagsPersonalMobiles(String text, String name, String phone, boolean mobile) {
        text = text.replace("\\n", "\n");   // CSV rows write line breaks as \\n
        ContactParser.Contact c = contacts.find(text, 0, text.length()).orElseThrow();
        assertEquals(name, c.person().name());
        assertEquals(phone, c.phone().value().number());
        assertEquals(mobile, c.phone().value().personalMobile());
    }

    @Test
    void aPostcodeIsNoPhone() {
        String text = "联系人:张三\n邮政编码:405900";
        ContactParser.Contact c = contacts.find(text, 0, text.length()).orElseThrow();
        assertNull(c.phone());
        assertFalse(contacts.find("感谢您的关心", 0, 6).isPresent());
    }
}
