package org.replygraph.extract.letter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.Located;
import org.replygraph.extract.PersonRef;
import org.replygraph.extract.Phone;
import org.replygraph.extract.Span;

/**
 * Reads the contact line(s): "(联系人:赵六 电话:029-12345678)", "(联系人及电话:李四 0871- 1234567)",
 * "联 系 人:赵六" with "联系电话:13800000000" on the next line, "经办人:徐丽 联系电话:(0571)86221234".
 */
public final class ContactParser {
    private static final Pattern PERSON = Pattern.compile(
            "(?:联\\h{0,2}系|联\\h{0,2}络|经\\h{0,2}办)\\h{0,2}人(?:及电话|及联系电话)?\\h{0,2}[::]\\h{0,2}(\\p{IsHan}{2,4}?)(?:同志|老师|科长|处长|主任)?(?!\\p{IsHan})");
    private static final Pattern PHONE = Pattern.compile(
            "(0\\d{2,3}\\h{0,2}[-—–]\\h{0,2}\\d{7,8}|1[3-9]\\d{9}|\\(0\\d{2,3}\\)\\d{7,8}|(?<!\\d)\\d{7,8}(?!\\d))");
    private static final Pattern PHONE_LABEL = Pattern.compile("电\\h{0,2}话|联系方式");

    /** The contact and phone. */
    public record Contact(PersonRef person, Located<Phone> phone) { }

    /** Finds the contact within [from, to); the phone is read from the 60 chars after the name. */
    public Optional<Contact> find(String text, int from, int to) {
        Matcher m = PERSON.matcher(text).region(from, to);
        if (!m.find()) return Optional.empty();
        PersonRef person = new PersonRef(m.group(1), "联系人", new Span(m.start(1), m.end(1)));
        int end = Math.min(to, m.end() + 60);
        boolean sameClause = m.group().contains("电话");
        Matcher label = PHONE_LABEL.matcher(text).region(m.end(), end);
        int phoneFrom = label.find() ? label.end() : (sameClause ? m.end() : -1);
        Located<Phone> phone = null;
        if (phoneFrom >= 0) {
            Matcher p = PHONE.matcher(text).region(phoneFrom, end);
            if (p.find()) {
                String written = p.group(1).replace('—', '-').replace('–', '-').replace("(", "").replace(")", "-");
                phone = Located.at(Phone.of(written), p.start(1), p.end(1));
            }
        }
        return Optional.of(new Contact(person, phone));
    }
}
