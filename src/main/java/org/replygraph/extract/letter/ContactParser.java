package org.replygraph.extract.letter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.Located;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Phone;
import org.replygraph.extract.fact.Span;
import org.replygraph.lexicon.Example;

/**
 * Reads the contact line(s): "(联系人:赵六 电话:029-12345678)", "(联系人及电话:李四 0871- 1234567)",
 * "联 系 人:赵六" with "联系电话:13800000000" on the next line, "经办人:周八 联系电话:(0571)86200000",
 * "联系人姓名:吴 九 联系电话:59100000", "承办人:郑十 联系方式:13500000000".
 */
public final class ContactParser {
    /**
     * The contact's label and name: 联系人, 联 系 人, 联系人姓名, 联络人, 经办人, 承办人 (not 承办负责人), 承办人及联系电话,
     * 联系单位和联系人及电话 with the unit before the name; a name written with spaces (张 雷) is read without them.
     */
    @Example(text = "联系人:赵六 电话:029-12345678", read = "赵六")
    @Example(text = "联 系 人:张 雷", read = "张 雷")
    @Example(text = "联系人姓名:吴九", read = "吴九")
    @Example(text = "承办负责人:王五", read = Example.NOTHING)
    private static final Pattern PERSON = Pattern.compile(
            "(?:联\\h{0,2}系|联\\h{0,2}络|经\\h{0,2}办|承\\h{0,2}办)\\h{0,2}人(?:姓名|及电话|及联系电话|及联系方式)?\\h{0,2}[::]"
                    + "\\h{0,2}(\\p{IsHan}(?:\\h?\\p{IsHan}){1,3}?)(?:同志|老师|科长|处长|主任)?(?!\\p{IsHan})");
    /**
     * A contact line that lost its colon, the name closed by a separator and the phone's label: "联系人贾慧平;联系电话:0477—8588986".
     * Only at a line's start and only before a phone label, since 联系人 in prose is followed by any word.
     */
    @Example(text = "2023822\n联系人贾慧平;联系电话:0477—8588986", read = "贾慧平")
    @Example(text = "联系人贾慧平 电话:0477-8588986", read = "贾慧平")
    @Example(text = "联系人员要及时沟通,电话畅通", read = Example.NOTHING)
    private static final Pattern WITHOUT_COLON = Pattern.compile(
            "(?m)^\\h{0,4}[((]?(?:联\\h{0,2}系|经\\h{0,2}办)\\h{0,2}人(\\p{IsHan}{2,4})\\h{0,2}[;;,,、\\h]\\h{0,2}(?:联系)?电\\h{0,2}话");
    /** A unit named before the contact: 联系单位和联系人及电话:县林业和草原局 钱一 3100000. */
    @Example(text = "联系单位和联系人及电话:县林业和草原局 钱一 3100000", read = "钱一")
    @Example(text = "联系单位:县林业和草原局", read = Example.NOTHING)
    @Example(text = "(联系人及电话:云南省农业厅畜牧处 王瑞欣 65749510)", read = "王瑞欣")
    @Example(text = "联系人:王瑞欣 65749510", read = Example.NOTHING)
    @Example(text = "联系单位及协办人:示例省文化和旅游厅宣传推广处 周小芳", read = "周小芳")
    private static final Pattern UNIT_PERSON = Pattern.compile(
            "(?:联系单位(?:和|及|、)(?:联系|协办|经办|承办)人(?:及电话|及联系电话)?\\h{0,2}[::]\\h{0,2}\\p{IsHan}{2,30}"
                    // the division before the name under a plain 联系人 label: "联系人及电话:云南省农业厅畜牧处 王瑞欣 65749510"
                    + "|联系人(?:及电话|及联系电话)?\\h{0,2}[::]\\h{0,2}\\p{IsHan}{2,30}?(?:处|科|室|股|局|厅|委|中心|站|所))"
                    + "\\h(\\p{IsHan}{2,4})(?!\\p{IsHan})");
    @Example(text = "0371-61234567-801", read = "0371-61234567")
    @Example(text = "13800000000", read = "13800000000")
    @Example(text = "(0571)86200000", read = "(0571)86200000")
    @Example(text = "2024年6月", read = Example.NOTHING)
    private static final Pattern PHONE = Pattern.compile(
            "(0\\d{2,3}\\h{0,2}[-—–]\\h{0,2}\\d{7,8}|1[3-9]\\d{9}|\\(0\\d{2,3}\\)\\d{7,8}|(?<!\\d)\\d{7,8}(?!\\d))");
    private static final Pattern PHONE_LABEL = Pattern.compile("电\\h{0,2}话|联系方式");

    /** The contact and phone. */
    public record Contact(PersonRef person, Located<Phone> phone) { }

    /**
     * Finds the contact within [from, to); the phone is read from the 60 chars after the name, else from a
     * phone label earlier on the same line (单位联系电话:0887-8600000 联系人:孙二).
     */
    public Optional<Contact> find(String text, int from, int to) {
        Matcher m = UNIT_PERSON.matcher(text).region(from, to);
        boolean unit = m.find();
        if (!unit) {
            m = PERSON.matcher(text).region(from, to);
            if (!m.find()) {
                m = WITHOUT_COLON.matcher(text).region(from, to);
                if (!m.find()) return phoneAlone(text, from, to);
            }
        }
        PersonRef person = new PersonRef(m.group(1).replace(" ", ""), "联系人", new Span(m.start(1), m.end(1)));
        int end = Math.min(to, m.end() + 60);
        boolean sameClause = m.group().contains("电话") || m.group().contains("联系方式");
        Matcher label = PHONE_LABEL.matcher(text).region(m.end(), end);
        int phoneFrom = label.find() ? label.end() : (sameClause ? m.end() : -1);
        Located<Phone> phone = phoneFrom >= 0 ? phone(text, phoneFrom, end) : null;
        if (phone == null) {
            int lineStart = Math.max(from, text.lastIndexOf('\n', m.start()) + 1);
            Matcher before = PHONE_LABEL.matcher(text).region(lineStart, m.start());
            if (before.find()) phone = phone(text, before.end(), m.start());
        }
        return Optional.of(new Contact(person, phone));
    }

    /**
     * A contact line whose person lost its label (": 张三"): the phone labelled on a line of its own is still the contact
     * phone, the person is not read. Only the last such line, so a phone cited in the body is not taken.
     */
    @Example(text = "办复类别:a\n联系电话:6629803\n: 张三", read = "6629803")
    @Example(text = "请拨打服务电话:12345咨询", read = Example.NOTHING)
    private static final Pattern PHONE_LINE = Pattern.compile(
            "(?m)^\\h{0,4}[((]?\\h{0,2}(?:联系|办公)?电\\h{0,2}话\\h{0,2}[::]\\h{0,2}(0\\d{2,3}\\h{0,2}[-—–]\\h{0,2}\\d{7,8}|1[3-9]\\d{9}|\\d{7,8})\\h{0,2}[))]?\\h*$");

    private static Optional<Contact> phoneAlone(String text, int from, int to) {
        Matcher line = PHONE_LINE.matcher(text).region(from, to);
        Located<Phone> phone = null;
        while (line.find()) phone = phone(text, line.start(1), line.end(1));
        return phone == null ? Optional.empty() : Optional.of(new Contact(null, phone));
    }

    private static Located<Phone> phone(String text, int from, int to) {
        Matcher p = PHONE.matcher(text).region(from, to);
        if (!p.find()) return null;
        String written = p.group(1).replace('—', '-').replace('–', '-').replace("(", "").replace(")", "-");
        return Located.at(Phone.of(written), p.start(1), p.end(1));
    }
}
