package org.replygraph.extract.letter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.Located;
import org.replygraph.lexicon.Example;

/**
 * Reads a proposal's number without 第/号: "第604号提案" -> 604, "第 JY100012050700号建议" ->
 * JY100012050700, "会议萧山45号建议" -> 萧山45, "(第0197号)" -> 0197, "第6.11号提案" -> 6.11,
 * "第00452号(工交邮电类058号)提案" -> 00452.
 */
public final class ProposalNumberParser {
    private static final Pattern BRACKETS = Pattern.compile("^[((]\\h*|\\h*[))]$");
    private static final Pattern ORDINAL = Pattern.compile("^第|号$");
    /** Letters, digits, dots and dashes; a dash may be typed as an em or en dash (2024—015). */
    /** How a proposal is marked between its number and its kind: 第1号重点提案, 第0012号集体提案, 第3号重点督办建议. */
    private static final String KIND_WORDS = "(?:重点督办|重点|督办|集体|联名)?";
    /** The sector class a session files a motion under, between the session and the number: 工交财贸类9号, 第9号工交财贸类《. */
    private static final String SECTOR = "(?:\\p{IsHan}{2,8}类\\h{0,2})?";
    private static final String NUM = "[A-Za-z0-9][A-Za-z0-9.\\-—–]{0,19}";
    private static final Pattern NUM_ALONE = Pattern.compile(NUM);
    /** A number coded with a letter class and its year in brackets: B(2017)103, A〔2020〕12 (not a 文号: no Han issuer). */
    @Example(text = "B(2017)103", read = "B(2017)103")
    @Example(text = "A〔2020〕12", read = "A〔2020〕12")
    @Example(text = "某政〔2020〕12", read = Example.NOTHING)
    @Example(text = "B(17)103", read = Example.NOTHING)
    private static final Pattern YEAR_CODED = Pattern.compile("[A-Za-z]{1,3}\\h?[((〔\\[](?:19|20)\\d{2}[))〕\\]]\\h?\\d{1,6}");
    /** In a heading: after 会议 or 第, before 号 and the motion word. */
    @Example(text = "关于市政协十五届三次会议第103号提案的答复", read = "103")
    @Example(text = "对第0087提案的答复", read = "0087")
    @Example(text = "关于第三次会议的答复", read = Example.NOTHING)
    @Example(text = "关于政协十四届全国委员会第一次会议第00006号\n(经济发展类001号)提案答复的函", read = "00006")
    @Example(text = "昌吉州发改委对自治州十五届人大一次会议工交财贸类9号建议的答复", read = "9")
    @Example(text = "对十三届全国人大三次会议\n3385号建议的答复", read = "3385")
    @Example(text = "关于政协十三届全国委员会第三次会议\n0223号(社会管理类016号)提案答复的函", read = "0223")
    @Example(text = "十三届全国人大三次会议\n2020年工作要点", read = Example.NOTHING)
    private static final Pattern HEADING = Pattern.compile(
            // a heading may break after the number: "…第00006号 / (经济发展类001号)提案答复的函"; or after the session, the
            // number opening the next line without 第: "…三次会议 / 3385号建议的答复"
            "(?:会议\\h{0,2}(?:\\n\\h{0,4})?" + SECTOR + "(?:第\\h{0,2})?|第\\h{0,2})(\\p{IsHan}{0,3}?" + NUM + ")\\h{0,2}号?\\h{0,2}(?:\\n\\h{0,4})?"
                    // 号 may be dropped ("第0087提案"); a ministry adds the sector's own count: "第00452号(工交邮电类058号)提案"
                    + "(?:[((][^()()\\n]{1,20}[))]\\h{0,2})?" + KIND_WORDS + "(?:代表|委员)?(?:提案|建议|议案)");
    /** In parentheses after the title: "(第604号)", "(萧山45号)", "(第94号建议)", "(市人大六届二次会议第182号建议)". */
    @Example(text = "《关于加快老旧小区改造的建议》(第0012号)收悉", read = "0012")
    @Example(text = "(第45号建议)", read = "45")
    @Example(text = "(2024年)", read = Example.NOTHING)
    private static final Pattern PARENS = Pattern.compile(
            "[((]\\h{0,2}(?:[^()()\\n]{0,12}?(?:人大|政协)[^()()\\n]{0,10}?会议\\h{0,2})?(?:第\\h{0,2})?(\\p{IsHan}{0,3}?" + NUM + ")\\h{0,2}号(?:提案|建议|议案)?\\h{0,2}[))]");

    /** A bare number bracketed right after the motion's quoted title: "《关于…的建议》(0641),已交我们研究办理"; never a year. */
    @Example(text = "《关于增加公墓的建议》(0641),已交", read = "0641")
    @Example(text = "《某某规划》(2021),已印发", read = Example.NOTHING)
    @Example(text = "《关于增加公墓的建议》(试行)", read = Example.NOTHING)
    private static final Pattern BARE_AFTER_TITLE = Pattern.compile("[》”]\\h{0,2}[((]\\h{0,2}(?!(?:19|20)\\d\\d\\h{0,2}[))])(\\d{2,8})\\h{0,2}[))]");

    /** The motion word first: "市政协十三届三次会议提案第0123号的答复". */
    @Example(text = "提案第 0123 号", read = "0123")
    @Example(text = "第0123号提案", read = Example.NOTHING)
    private static final Pattern WORD_FIRST = Pattern.compile("(?:提案|建议|议案)第\\h{0,2}(" + NUM + ")\\h{0,2}号");
    /** In the opening sentence, directly before the title or 收悉: "您…提出的第0156号建议《关于…的建议》收悉". */
    @Example(text = "您提出的第0156号建议《关于发展冷链物流的建议》收悉", read = "0156")
    @Example(text = "您提出的第0156号提案收悉", read = "0156")
    @Example(text = "第三批建议名单", read = Example.NOTHING)
    @Example(text = "提出的第18号“关于修复农田灌溉沟渠的建议”已交我局办理", read = "18")
    @Example(text = "第18号“十四五”规划", read = Example.NOTHING)
    @Example(text = "你们提出的第9号工交财贸类《关于建设城际铁路的议案》已经收悉", read = "9")
    @Example(text = "你们提出的广东省政协十一届五次会议第20170181号关于推动广东制造向广东智造转变,形成创新核心竞争力的提案收悉", read = "20170181")
    @Example(text = "根据第5号关于加强管理的通知要求", read = Example.NOTHING)
    @Example(text = "现将自治区政协十三届二次会议第20240281号提案提出的“关于…”方面的建议办理情况函告如下", read = "20240281")
    private static final Pattern BEFORE_TITLE = Pattern.compile(
            "第\\h{0,2}(" + NUM + ")\\h{0,2}号\\h{0,2}(?:" + KIND_WORDS + "(?:代表|委员)?(?:提案|建议|议案)\\h{0,2}(?:提出的?)?(?:[《“\"]|收悉)"
                    // the motion word may go unsaid before a quoted title: "提出的第18号“关于…的建议”已交我局办理", also
                    // after a sector class: "第9号工交财贸类《关于…的议案》"
                    + "|" + SECTOR + "[《“\"](?=关于)"
                    // or before a title left unquoted up to 收悉: "第20170181号关于推动…,形成创新核心竞争力的提案收悉"
                    + "|(?=关于[^。\\n《》]{2,150}?(?:提案|建议|议案)\\h{0,2}已?\\h{0,2}收悉))");
    /** A number alone on the line under the session in a page's header: "…第二次会议\n24\n建议人:…". */
    @Example(text = "淄川区第十九届人民代表大会第二次会议\n24\n建议人: 陈刚", read = "24")
    @Example(text = "第二次会议\n2023\n", read = Example.NOTHING)
    private static final Pattern UNDER_SESSION = Pattern.compile("会议\\h*\\n\\h{0,4}(?!(?:19|20)\\d\\d\\h*\\n)(\\d{1,4})\\h*\\n");

    /** A number written just before the title it numbers within [from, to). */
    public Optional<Located<String>> beforeTitle(String text, int from, int to) {
        return first(BEFORE_TITLE, text, from, to);
    }

    /** A number alone on the line under the session within [from, to) of a header. */
    public Optional<Located<String>> underSession(String text, int from, int to) {
        return first(UNDER_SESSION, text, from, to);
    }

    /**
     * The number on a heading line of its own ("关于…的建议的答复\n第15号\n张三代表:", "(第0023号)"), or after the quoted
     * title with its motion word ("…的建议》21号提案"); a year (第2023号 is no year, 2023年 is) is never one.
     */
    @Example(text = "关于加强农村公路养护的建议的答复\n第15号\n", read = "15")
    @Example(text = "\n(第0023号)\n", read = "0023")
    @Example(text = "第三章\n", read = Example.NOTHING)
    @Example(text = "\n第2号修改单\n", read = Example.NOTHING)
    private static final Pattern ALONE_LINE = Pattern.compile(
            "(?m)^\\h{0,8}[((]?\\h{0,2}第\\h{0,2}(" + NUM + ")\\h{0,2}号\\h{0,2}[))]?\\h*$");
    /**
     * The number heading a line before the motion's title: "第12号:关于加强农村公路养护的建议" over the salutation. The title
     * must follow the colon and end in its motion word, so a numbered document ("第2号文件:…", "第2号:关于…的通知") is none.
     */
    @Example(text = "第12号:关于加强农村公路养护的建议\n张三代表:", read = "12")
    @Example(text = "第 0045 号:关于建设社区食堂的提案的答复\n", read = "0045")
    @Example(text = "第2号文件:关于加强管理的通知\n", read = Example.NOTHING)
    @Example(text = "第2号:关于加强管理的通知\n", read = Example.NOTHING)
    @Example(text = "第3号:关于落实代表建议的工作安排\n", read = Example.NOTHING)
    private static final Pattern NUMBERED_LINE = Pattern.compile(
            "(?m)^\\h{0,8}第\\h{0,2}(" + NUM + ")\\h{0,2}号\\h{0,2}[::]\\h{0,2}(?=关于[^\\n《》]{2,150}?(?:提案|建议|议案)(?:的?(?:答复|复函|回复)[^\\n]{0,6})?\\h*$)");
    @Example(text = "提出的《关于硬化边防巡逻路的建议》21号提案,已转交我局", read = "21")
    @Example(text = "《关于加强管理的通知》2号文件", read = Example.NOTHING)
    private static final Pattern AFTER_TITLE = Pattern.compile("》\\h{0,2}第?\\h{0,2}(" + NUM + ")\\h{0,2}号\\h{0,2}(?:提案|建议|议案)");

    /**
     * A number alone on a heading line, heading the title's line ("第12号:关于…的建议"), or after the quoted title with its
     * motion word, within [from, to) ({@link #ALONE_LINE}, {@link #NUMBERED_LINE}).
     */
    public Optional<Located<String>> aloneOrAfterTitle(String text, int from, int to) {
        return first(ALONE_LINE, text, from, to).or(() -> first(NUMBERED_LINE, text, from, to))
                .or(() -> first(AFTER_TITLE, text, from, to));
    }

    /** A number in a heading within [from, to), e.g. 对省十二届政协四次会议第604号提案的答复函. */
    public Optional<Located<String>> inHeading(String text, int from, int to) {
        return first(HEADING, text, from, to).or(() -> first(WORD_FIRST, text, from, to));
    }

    /** A number in parentheses within [from, to), e.g. 《…》(第604号)收悉, or bare right after the title: 《…》(0641). */
    public Optional<Located<String>> inParentheses(String text, int from, int to) {
        return first(PARENS, text, from, to).or(() -> first(BARE_AFTER_TITLE, text, from, to));
    }

    /** A number given alone, e.g. a metadata table's 编号 "12050094" or "B(2017)103"; empty if it is not one. */
    public Optional<Located<String>> alone(Located<String> value) {
        // A heading may bracket it: "(编号:2023-045)" leaves "2023-045)".
        String v = ORDINAL.matcher(BRACKETS.matcher(value.value().strip()).replaceAll("")).replaceAll("").strip();
        if (!NUM_ALONE.matcher(v).matches() && !YEAR_CODED.matcher(v).matches()) return Optional.empty();
        int at = value.value().indexOf(v);
        return Optional.of(Located.at(v, value.span().start() + at, value.span().start() + at + v.length()));
    }

    private static Optional<Located<String>> first(Pattern p, String text, int from, int to) {
        Matcher m = p.matcher(text).region(from, to);
        if (!m.find()) return Optional.empty();
        String n = m.group(1);
        // 第X号 after a session: "会议第604号" may leave 第 in the lazy Han part.
        int cut = n.lastIndexOf('第') + 1;
        return Optional.of(Located.at(n.substring(cut), m.start(1) + cut, m.end(1)));
    }
}
