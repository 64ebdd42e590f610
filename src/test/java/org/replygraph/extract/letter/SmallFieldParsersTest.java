package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
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

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> headerCategories() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("钱汽发〔2020〕11号A类 同意公开", "A"),
                org.junit.jupiter.params.provider.Arguments.of("华建复〔2017〕5号(B类)", "B"),
                org.junit.jupiter.params.provider.Arguments.of("(湘水提〔2017〕046号A类)对省十二届人大七次会议", "A"),
                org.junit.jupiter.params.provider.Arguments.of("岳县教体字﹝2022﹞12号 A类 同意公开", "A"),
                org.junit.jupiter.params.provider.Arguments.of("发布时间:2018年09月26日\nB\n同意对外公开", "B"),
                org.junit.jupiter.params.provider.Arguments.of("办理结果:(C)\n建议字:〔2023〕8号", "C"),
                // the letter alone ending the 文号's line (real letter r086, batch 10)
                org.junit.jupiter.params.provider.Arguments.of("粤工信案函〔2020〕201号C\n来源:本网", "C"),
                org.junit.jupiter.params.provider.Arguments.of("某函〔2021〕5号(B)", "B"),
                // a sub-class is read as its class (real letter r095, batch 11)
                org.junit.jupiter.params.provider.Arguments.of("- 发布日期:2021-06-11\n- 分类:(A1)\n- 同意公开", "A"),
                org.junit.jupiter.params.provider.Arguments.of("答复类别:B2\n签发人:张明", "B"),
                org.junit.jupiter.params.provider.Arguments.of("办理结果:C1类", "C"),
                // not a class: the page's subject classification, a model number, two-digit codes
                org.junit.jupiter.params.provider.Arguments.of("组配分类: 政协委员提案办理\n主题分类:C919", "-"),
                org.junit.jupiter.params.provider.Arguments.of("分类:A12号文件", "-"),
                org.junit.jupiter.params.provider.Arguments.of("垃圾分类A1区", "-"),
                // not a class: a 文号 without one, a grade, a letter inside a line, a letter opening a word
                org.junit.jupiter.params.provider.Arguments.of("某函〔2020〕5号 A座三楼", "-"),
                org.junit.jupiter.params.provider.Arguments.of("某函〔2020〕5号CBD片区", "-"),
                org.junit.jupiter.params.provider.Arguments.of("钱汽发〔2020〕11号 同意公开", "-"),
                org.junit.jupiter.params.provider.Arguments.of("办理结果:A级景区", "-"),
                org.junit.jupiter.params.provider.Arguments.of("B超室改造", "-"));
    }

    /** Issue 9 §2: where real pages put the class in the header. */
    @ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.MethodSource("headerCategories")
    void readsCategoriesInRealHeaders(String header, String category) {
        assertEquals(category, categories.find(header, 0, header.length()).map(c -> c.value()).orElse("-"));
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> signOffCategories() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("办复类别:B类\n联系电话:2338201", "B"),
                org.junit.jupiter.params.provider.Arguments.of("办复类别: B", "B"),
                org.junit.jupiter.params.provider.Arguments.of("办复类别:A类\n联系单位:黄山市公安局交警支队", "A"),
                // a lower-case flag (batch 31)
                org.junit.jupiter.params.provider.Arguments.of("办复类别:a\n联系电话:1234567", "A"),
                org.junit.jupiter.params.provider.Arguments.of("办复类别:abc项目", "-"),
                // not a class: prose naming classes of firms, a grade
                org.junit.jupiter.params.provider.Arguments.of("我市的A类企业达到20家。", "-"),
                org.junit.jupiter.params.provider.Arguments.of("全市分为A类、B类两档。", "-"),
                org.junit.jupiter.params.provider.Arguments.of("办理结果:A级景区", "-"));
    }

    /** A labelled class opening a line of the sign-off counts; a class named in the text does not. */
    @ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.MethodSource("signOffCategories")
    void readsALabelledCategoryAfterTheHeader(String signOff, String category) {
        String text = "程建军代表:\n您提出的建议收悉,现答复如下。\n" + signOff;
        assertEquals(category, categories.find(text, 0, text.indexOf('\n')).map(c -> c.value()).orElse("-"));
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
            // a flattened page's closing block labels its signer 领导署名 (batch 26-28's law-database mirror)
            "感谢您的关心。\\n领导署名:张三\\n联 系 人:李 四#张三",
            "| 签发人 | 冯海波 | 答复类别 | B |#冯海波",
            // a name with a space between its chars, as traditional pages print it (r201), read without it
            "类别:A\\n签发人:陈 辉\\n陜西咸函〔2022〕31号#陈辉",
            "签发人:王 小 明\\n#王小明",
    })
    void readsSigners(String text, String name) {
        text = text.replace("\\n", "\n");   // CSV rows write line breaks as \\n
        assertEquals(name, signers.find(text, 0, text.length()).orElseThrow().name());
    }

    /** Not contacts: the person responsible (承办负责人) alone, and a unit named without a person. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"承办负责人:黄卫军", "联系单位:新密市住房和城乡建设局",
            "联系人员要及时沟通,电话保持畅通", "我局将联系人大代表,电话沟通"})
    void readsNoContactFromOtherRoles(String text) {
        assertTrue(contacts.find(text, 0, text.length()).isEmpty(), text);
    }

    @Test
    void ignoresProseThatSignsNothing() {
        String text = "经我局领导审定,现答复如下";
        assertTrue(signers.find(text, 0, text.length()).isEmpty());
        // two spaced chars that go on are no spaced name
        String goesOn = "签发人:陈 辉煌同志审定";
        assertTrue(signers.find(goesOn, 0, goesOn.length()).isEmpty(), goesOn);
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
            // real pages (issue 9 §2): spaced names, 联系人姓名, 承办人, a unit before the name, the phone first
            "联 系 人:张 雷 联系电话:56155520#张雷#56155520#false",
            "联系人姓名:阮 钢 联系电话:59103175#阮钢#59103175#false",
            "承办负责人:刘植林\\n承办人及联系电话:卢丽娟 0730-7654815#卢丽娟#0730-7654815#false",
            "承办人:万昌明 联系方式:13507305504#万昌明#13507305504#true",
            "联系单位和联系人及电话:县林业和草原局 黑绍刚 3123363#黑绍刚#3123363#false",
            "单位联系电话:0887-8626537 联系人:王金荣#王金荣#0887-8626537#false",
            // the colon lost after 联系人, the name closed by a separator before the phone's label (r198)
            "鄂尔多斯市人民政府\\n2023822\\n联系人贾慧平;联系电话:0477—8588986#贾慧平#0477-8588986#false",
            "联系人王芳 电话:13812345678#王芳#13812345678#true",
            // a phone with an extension (issue 9 §2)
            "联系人:张三 联系电话:0371-61234567-801#张三#0371-61234567#false",
    })
    void readsContactsAndFlagsPersonalMobiles(String text, String name, String phone, boolean mobile) {
        text = text.replace("\\n", "\n");   // CSV rows write line breaks as \\n
        ContactParser.Contact c = contacts.find(text, 0, text.length()).orElseThrow();
        assertEquals(name, c.person().name());
        assertEquals(phone, c.phone().value().number());
        assertEquals(mobile, c.phone().value().personalMobile());
    }

    /**
     * A contact whose person lost its label (": 张三"): the phone labelled on its own line is still read, no person;
     * a service number in prose is no contact.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
            "办复类别:a\\n\\n联系电话:6621234\\n\\n: 张三\\n某某区党政办公室#6621234",
            "联系电话:0731-84801234\\n某某局#0731-84801234",
            "如有疑问请拨打服务电话:12345咨询#-",
            "感谢您的关心。\\n某某局#-",
    })
    void readsALabelledPhoneWhoseContactLostItsLabel(String text, String phone) {
        text = text.replace("\\n", "\n");
        Optional<ContactParser.Contact> c = contacts.find(text, 0, text.length());
        assertEquals(phone, c.map(x -> x.phone().value().number()).orElse("-"));
        c.ifPresent(x -> assertNull(x.person()));
    }

    @Test
    void aPostcodeIsNoPhone() {
        String text = "联系人:张三\n邮政编码:405900";
        ContactParser.Contact c = contacts.find(text, 0, text.length()).orElseThrow();
        assertNull(c.phone());
        assertFalse(contacts.find("感谢您的关心", 0, 6).isPresent());
    }
}
