package org.replygraph.extract.letter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.Located;
import org.replygraph.lexicon.Example;

/**
 * Reads the reply category: "类别:B", "类  别:B", "类别:A类", "办理结果:B类", or a line that is only
 * "A类", also bracketed "(A类)", or bracketed at the end of the heading "…的答复(B类)", right after the
 * letter's 文号 ("某汽发〔2020〕7号A类"), a bare "B" line in the header, "办理结果:(C)", and a labelled
 * class in the sign-off. A sub-class ("分类:(A1)", "答复类别:B2") is read as its class letter.
 */
public final class CategoryParser {
    /** A sub-class digit after the class letter ("A1", "B2"): the category is the letter. */
    private static final String SUB_CLASS = "(?:[1-9](?![0-9]))?";
    /**
     * The labels of a class, including a bare 分类 with its colon ("分类:(A1)") but not the page's 组配分类/主题分类/体裁分类/信息分类,
     * whose values are subjects.
     */
    private static final String RESULT_LABEL = "(?:办理结果|办理类别|答复类别|办复类别|答复类型|办理类型|(?<![配题裁息])分类(?=\\h{0,2}[::]))";
    /** Also as a table cell: "| 答复类别 | B |". */
    @Example(text = "类  别:B", read = "B")
    @Example(text = "| 答复类别 | b |", read = "b")
    @Example(text = "类别:ABC", read = Example.NOTHING)
    @Example(text = "答复类别:B2", read = "B")
    @Example(text = "类别:B12", read = Example.NOTHING)
    private static final Pattern LABELLED = Pattern.compile("类\\h{0,4}别\\h{0,2}[::|]?\\h{0,2}([ABCabc])" + SUB_CLASS + "(?![A-Za-z0-9])");
    /** "办理结果:B类", and the letter alone "办理结果:A" (not "A级" or an "ABC" code). */
    @Example(text = "办理结果:B类", read = "B")
    @Example(text = "办理结果:(C)", read = "C")
    @Example(text = "办理结果:A级", read = Example.NOTHING)
    @Example(text = "分类:(A1)", read = "A")
    @Example(text = "办理结果:B2类", read = "B")
    @Example(text = "组配分类:A类企业", read = Example.NOTHING)
    @Example(text = "主题分类:C919", read = Example.NOTHING)
    private static final Pattern RESULT = Pattern.compile(
            RESULT_LABEL + "\\h{0,2}[::]?\\h{0,2}[((]?\\h{0,2}([ABC])" + SUB_CLASS + "(?:\\h{0,2}类|(?![A-Za-z0-9级]))");
    /**
     * After the letter's own 文号: "某汽发〔2020〕7号A类", "某建复〔2017〕3号(B类)", "(某水提〔2017〕041号A类)", or the
     * letter alone ending the line: "某工信案函〔2020〕201号C", "某函〔2020〕5号(C)".
     */
    @Example(text = "某汽发〔2020〕7号A类", read = "A")
    @Example(text = "某建复〔2017〕3号(B类)", read = "B")
    @Example(text = "某汽发〔2020〕7号", read = Example.NOTHING)
    @Example(text = "湘教提复字〔2019〕来信号B类", read = "B")
    private static final Pattern AFTER_DOC_NUMBER = Pattern.compile(
            // the serial may be damaged into words ("〔2019〕来信号B类"): the class after 号 still reads
            "(?m)[〔\\[﹝(【]\\d{4}[〕\\]﹞)】]\\h{0,2}第?(?:\\d{1,5}|\\p{IsHan}{1,3})号\\h{0,2}[((]?\\h{0,2}([ABC])(?:\\h{0,2}类|\\h{0,2}[))]?\\h*$)");
    /** A bare class letter on its own line in the header, as a metadata value: "B". */
    @Example(text = "某科函〔2024〕9号\\nB\\n", read = "B")
    @Example(text = "B类企业", read = Example.NOTHING)
    private static final Pattern BARE_LINE = Pattern.compile("(?m)^\\h{0,8}([ABC])\\h*$");
    /** A labelled class opening its line anywhere, e.g. in the sign-off: "办复类别:B类" before 联系电话. */
    @Example(text = "办复类别:B类", read = "B")
    @Example(text = "本次答复类别为B类", read = Example.NOTHING)
    @Example(text = "答复类别:B2", read = "B")
    @Example(text = "办复类别:a", read = "a")
    @Example(text = "办复类别:abc", read = Example.NOTHING)
    private static final Pattern LABELLED_LINE = Pattern.compile(
            "(?m)^\\h{0,4}(?:" + RESULT_LABEL + "|类\\h{0,4}别)\\h{0,2}[::|]?\\h{0,2}[((]?\\h{0,2}([ABCabc])" + SUB_CLASS
            + "(?:\\h{0,2}类|(?![A-Za-z0-9级]))");
    /**
     * The class named in words after a result label, by the usual convention: 解决采纳类 (solved or
     * adopted) is A, 正在解决/列入计划 B, 留作参考/暂不能解决 C.
     */
    @Example(text = "办理结果:留作参考类", read = "留作参考")
    @Example(text = "办理结果:已解决或采纳", read = "已解决或采纳")
    @Example(text = "办理结果:满意", read = Example.NOTHING)
    private static final Pattern WORDED = Pattern.compile("(?:办理结果|办理类别|答复类别|办复类别|办理类型)\\h{0,2}[::]?\\h{0,2}"
            + "(已?解决(?:或|和)?采纳|已解决|已采纳|正在解决|列入计划解决|列入计划|留作参考|暂不能解决|暂时不能解决)类?");
    /** At the end of the heading line: "关于市政协十五届三次会议第103号提案的答复(B类)". */
    @Example(text = "关于市政协十五届三次会议第103号提案的答复(B类)", read = "B")
    @Example(text = "关于加快发展A类企业的答复", read = Example.NOTHING)
    private static final Pattern HEADING_END = Pattern.compile("(?m)(?:答复|复函|答复函|的函)\\h{0,2}[((]\\h{0,2}([ABC])\\h{0,2}类\\h{0,2}[))]\\h*$");
    @Example(text = "(A类)", read = "A")
    @Example(text = "A类(已解决)", read = "A")
    @Example(text = "A类企业名单", read = Example.NOTHING)
    private static final Pattern LINE = Pattern.compile(
            "(?m)^\\h{0,8}(?:[((]\\h{0,2})?([ABC])\\h{0,2}类\\h{0,2}(?:[((][^()()\\n]{1,20}[))])?\\h{0,2}[))]?\\h*$");

    /**
     * The first category within [from, to) (the header), else a labelled category opening a line anywhere in
     * {@code text} (the sign-off: "办复类别:B类" above 联系电话).
     */
    public Optional<Located<String>> find(String text, int from, int to) {
        for (Pattern p : new Pattern[] {LABELLED, RESULT, LINE, HEADING_END, AFTER_DOC_NUMBER, BARE_LINE}) {
            Matcher m = p.matcher(text).region(from, to);
            if (m.find())
                return Optional.of(Located.at(m.group(1).toUpperCase(java.util.Locale.ROOT), m.start(1), m.end(1)));
        }
        Matcher line = LABELLED_LINE.matcher(text);
        // a lower-case flag (办复类别:a) is the class A
        if (line.find()) return Optional.of(Located.at(line.group(1).toUpperCase(java.util.Locale.ROOT), line.start(1), line.end(1)));
        Matcher w = WORDED.matcher(text).region(from, to);
        if (!w.find()) return Optional.empty();
        String words = w.group(1);
        String letter = words.contains("参考") || words.contains("不能") ? "C"
                : words.contains("正在") || words.contains("计划") ? "B" : "A";
        return Optional.of(Located.at(letter, w.start(1), w.end(1)));
    }
}
