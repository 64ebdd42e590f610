package org.replygraph.extract.letter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Span;
import org.replygraph.lexicon.Example;

/** Reads who signed the letter: "签发人:王五", "| 签发人 | 冯海波 |", "签发:李四", "签发领导:赵六", "领导署名:张三", "此复函已经王五主任审签". */
public final class SignerParser {
    private static final Pattern SPACE = Pattern.compile("\\h");
    @Example(text = "签发人:王五", read = "王五")
    @Example(text = "| 签发人 | 冯海波 |", read = "冯海波")
    @Example(text = "签发领导:赵六同志", read = "赵六")
    @Example(text = "签发日期:2024年", read = Example.NOTHING)
    @Example(text = "签发人:陈 辉\n陜西咸函〔2022〕31号", read = "陈 辉")
    @Example(text = "签发人:陈辉 李明", read = "陈辉")
    @Example(text = "领导署名:张三", read = "张三")
    @Example(text = "领导签发:李小明\n", read = "李小明")
    @Example(text = "领导署名:", read = Example.NOTHING)
    private static final Pattern LABELLED = Pattern.compile("(?:签\\h{0,2}发\\h{0,2}(?:人|领导)?|领导\\h{0,2}(?:署名|签发|签名))\\h{0,2}(?:[::]|\\|)\\h{0,2}"
            // a name written with a space between its chars (陈 辉), as traditional pages print it, at the line's end
            + "(\\p{IsHan}{2,4}?|\\p{IsHan}\\h\\p{IsHan}(?:\\h\\p{IsHan})?(?=\\h*(?:\\n|$)))(?:同志)?(?!\\p{IsHan})");
    @Example(text = "此复函已经王五主任审签", read = "王五")
    @Example(text = "经研究,现答复如下", read = Example.NOTHING)
    private static final Pattern PROSE = Pattern.compile(
            "经(\\p{IsHan}{2,4}?)(副?(?:主任|局长|厅长|主席|书记|部长|处长|院长|秘书长|委员长)|同志)?(?:审签|签发|审定)");

    /** The signer within [from, to): the labelled form anywhere, else the prose form. */
    public Optional<PersonRef> find(String text, int from, int to) {
        Matcher m = LABELLED.matcher(text).region(from, to);
        if (m.find()) return Optional.of(new PersonRef(SPACE.matcher(m.group(1)).replaceAll(""), "签发人", new Span(m.start(1), m.end(1))));
        m = PROSE.matcher(text).region(from, to);
        while (m.find()) {
            String name = m.group(1);
            if (name.startsWith("我") || name.startsWith("本") || name.endsWith("领导")) continue;
            String role = m.group(2) == null ? "签发人" : m.group(2);
            return Optional.of(new PersonRef(name, role, new Span(m.start(1), m.end(1))));
        }
        return Optional.empty();
    }
}
