package org.replygraph.extract.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.Fragments;

/**
 * Where a letter's parts lie in its text: the header (heading and metadata) before the salutation,
 * the salutation, and the acknowledgement sentence ("您提出的《…》收悉") that opens the body.
 *
 * @param salutation the salutation, or null when none was found
 * @param headerEnd  end of the header: the salutation's start, or a short prefix of a text without one
 * @param ackStart   start of the acknowledgement sentence
 * @param ackEnd     end of it (just before 收悉), or ackStart when none
 */
public record LetterLayout(Salutation salutation, int headerEnd, int ackStart, int ackEnd) {
    /** How far into a text the salutation is looked for; letters put it near the top. */
    private static final int SALUTATION_WINDOW = 5000;
    /** The header of a text without salutation: its first lines. */
    private static final int BARE_HEADER = 300;
    private static final int ACK_WINDOW = 500;
    @Example(text = "您提出的《关于…的提案》收悉", read = "收悉")
    @Example(text = "现将办理情况答复如下", read = "现将办理情况答复")
    @Example(text = "感谢您对我市工作的关心", read = Example.NOTHING)
    private static final Pattern ACK = Pattern.compile(
            "收悉|已收到|已交|现答复|现将[^。\\n]{0,12}答复|(?:答复|回复|函复|复函|函告)如下|现将[^。\\n]{0,12}报告如下");
    /**
     * A body addressed by name on a line of its own, as a co-handler writes to the lead body ("市农业农村局:"), and
     * within the next lines a reference to the proposal it handles (第085号建议, 第12号提案).
     */
    private static final Pattern ADDRESSEE = Pattern.compile(
            "(?m)^\\h{0,8}[\\p{IsHan}()()]{2,30}?(?:局|厅|委|办|办公室|政府|中心|公司)\\h{0,4}[::]\\h*$");
    /** What a co-handler's opinion says it sends: "现将…建议提出的…的办理(落实)情况函告如下"; numbers may carry the year (第20240281号). */
    @Example(text = "现将自治区政协十三届二次会议第20240281号提案提出的“关于发展设施农业”方面的建议办理(落实)情况函告如下", read = "函告如下")
    @Example(text = "现将第12号提案的办理情况报告市政府", read = Example.NOTHING)
    private static final Pattern SENDS = Pattern.compile("第[0-9" + Fragments.CN_NUMERALS + "〇零]{1,10}号(?:建议|提案)[^。\\n]{0,120}?((?:函告|回复|答复|反馈)如下)");

    /**
     * A reply's answering cue without salutation or 收悉: "现答复如下", "现就涉及我委职能的事项答复如下", "现提出协办意见如下";
     * not a report (报告如下) nor "已收到".
     */
    @Example(text = "结合我局工作实际,经认真办理,现答复如下:", read = "现答复")
    @Example(text = "经研究,现提出协办意见如下:", read = "协办意见如下")
    @Example(text = "现对九三学社提出的关于《关于加强食品安全监管的提案》提出如下协办意见,供你单位答复委员时参考", read = "提出如下协办意见")
    @Example(text = "现将办理情况报告如下", read = Example.NOTHING)
    private static final Pattern ANSWER = Pattern.compile(
            "现答复|(?:答复|回复|函复|复函|函告)如下|(?:协办|会办)意见如下|提出如下(?:协办|会办)意见");
    /**
     * The motion answered, named in the answering sentence before its cue: a number after the noun ("…的提案(17号)",
     * "…的建议(第2024363号)"), a numbered motion ("第12号提案"), or a motion someone put forward ("您提出的关于…的提案",
     * "等5名代表提出了关于…的建议").
     */
    @Example(text = "九三学社市委在政协淮南市第十六届二次会议上提出的《关于加强创新方法推广应用》的提案(17号),结合我局工作实际", read = "提出的《关于加强创新方法推广应用》的提案")
    @Example(text = "钟莺等5名代表提出了关于支持玉林市产教融合发展建设的建议(第2024363号),经研究", read = "提出了关于支持玉林市产教融合发展建设的建议")
    @Example(text = "您提出的关于加强产业园建设、构建中小企业高质量发展集群的提案,全国政协交由科技部", read = "提出的关于加强产业园建设、构建中小企业高质量发展集群的提案")
    @Example(text = "在办理第56号建议、第102号提案等重点件过程中", read = "第56号建议")
    @Example(text = "根据市政府工作部署,经认真研究", read = Example.NOTHING)
    private static final Pattern MOTION_NAMED = Pattern.compile(
            "(?:提案|建议|议案)\\h{0,2}[((]\\h{0,2}第?[0-9" + Fragments.CN_NUMERALS + "〇零]{1,12}号"
            + "|第[0-9" + Fragments.CN_NUMERALS + "〇零]{1,12}号\\h{0,2}(?:重点)?(?:督办)?(?:提案|建议|议案)"
            + "|提出(?:了|的)?[^。\\n]{0,100}?(?:提案|建议|议案)");
    /** A heading that calls the page an answer to a motion: "…第00006号\n(经济发展类001号)提案答复的函", "…第17号提案办理情况的答复函". */
    @Example(text = "关于市政协十六届二次会议第17号提案办理情况的答复函", read = "提案办理情况的答复")
    @Example(text = "(经济发展类001号)提案答复的函", read = "提案答复")
    @Example(text = "市政协召开重点提案督办推进会", read = Example.NOTHING)
    private static final Pattern ANSWER_HEADING = Pattern.compile(
            "(?:提案|建议|议案)[^\\n。]{0,8}?(?:的)?(?:答复|复函|办理意见|会办意见|协办意见)");
    /**
     * A letter's opening that names the motion and its proposer with no 收悉 nor answering cue, as a district bureau writes
     * under a heading "六届四次第109号代表建议的答复": "李四代表提出的“关于…”的建议。经…"; the proposer is a member
     * (…代表, …委员, X等5名代表) or the addressee (您, 你们, 贵单位), the motion ends before the sentence does.
     */
    @Example(text = "李四代表提出的“关于协同推进违法用地处置工作”的建议。经多次对接", read = "李四代表提出的“关于协同推进违法用地处置工作”的建议")
    @Example(text = "张三等5名代表在区六届人大四次会议上提出的关于修建公园的建议,我局高度重视", read = "张三等5名代表在区六届人大四次会议上提出的关于修建公园的建议")
    @Example(text = "区人大常委会组织代表视察了我局提出的整改建议", read = Example.NOTHING)
    @Example(text = "经研究,对提出的建议已逐条落实", read = Example.NOTHING)
    private static final Pattern PROPOSED = Pattern.compile(
            "(?:[\\p{IsHan}、·]{1,40}?(?:代表|委员)们?|[\\p{IsHan}、·]{1,30}?等\\d{1,3}[名位](?:代表|委员)|您|你们?|贵(?:单位|党派|组))"
            + "(?:在[^。\\n]{0,40}?上)?提出(?:了|的)[^。\\n]{0,120}?(?:提案|建议|议案)");
    /**
     * A closing line that says what the page answered: "以上是我局对第二届政协委员会第五次会议012号建议的解答", "以上为我委关于
     * 县人大十届三次会议第5号提案的答复意见"; the motion is numbered (with or without 第).
     */
    @Example(text = "以上是我局对第二届政协委员会第五次会议012号建议的解答。", read = "以上是我局对第二届政协委员会第五次会议012号建议的解答")
    @Example(text = "以上为我委关于县人大十届三次会议第5号提案的答复意见", read = "以上为我委关于县人大十届三次会议第5号提案的答复")
    @Example(text = "以上是我局对相关工作的说明。", read = Example.NOTHING)
    @Example(text = "以上是第12号建议的全文", read = Example.NOTHING)
    private static final Pattern CLOSING_ANSWER = Pattern.compile(
            "(?:以上|上述)(?:是|为|即)?[^。\\n]{0,10}?(?:对|关于)[^。\\n]{0,60}?第?[0-9" + Fragments.CN_NUMERALS
            + "〇零]{1,12}号\\h{0,2}(?:重点)?(?:建议|提案|议案)[^。\\n]{0,12}?(?:解答|答复|回复|办理情况|办理意见)");
    /** A government addressed on a line of its own, its level alone before it too: "市政府:", "县人民政府:". */
    @Example(text = "市政府:", read = "市政府:")
    @Example(text = "政府:", read = Example.NOTHING)
    private static final Pattern GOVERNMENT = Pattern.compile("(?m)^\\h{0,8}\\p{IsHan}{1,20}?(?:人民政府|政府)\\h{0,4}[::]\\h*$");
    /** How many lines from the top an addressee line of a letter closed by {@link #CLOSING_ANSWER} may stand. */
    private static final int ADDRESSEE_LINES = 3;
    /** How many lines after an answer's heading the letter's opening may start (a date and a disclosure label between). */
    private static final int OPENING_LINES = 4;
    /** The longest line read as a heading. */
    private static final int HEADING_LENGTH = 80;
    /** How many answering cues near the top are tried for an answering sentence without salutation. */
    private static final int ANSWER_TRIES = 3;

    /** Reads the layout of a cleaned text. */
    public static LetterLayout of(String text, SalutationParser salutations) {
        int window = Math.min(text.length(), SALUTATION_WINDOW);
        Salutation sal = salutations.find(text, 0, window).orElse(null);
        if (sal != null) {
            int end = Math.min(text.length(), sal.end() + ACK_WINDOW);
            Matcher m = ACK.matcher(text).region(sal.end(), end);
            return new LetterLayout(sal, sal.span().start(), sal.end(), m.find() ? m.start() : sal.end());
        }
        Matcher m = ACK.matcher(text).region(0, window);
        if (m.find() && m.group().equals("收悉")) {
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            return new LetterLayout(null, lineStart, lineStart, m.start());
        }
        Matcher a = ADDRESSEE.matcher(text).region(0, window);
        if (a.find()) {
            Matcher sends = SENDS.matcher(text).region(a.end(), Math.min(text.length(), a.end() + ACK_WINDOW));
            if (sends.find()) return new LetterLayout(null, a.start(), a.end(), sends.start(1));
        }
        LetterLayout answering = answering(text, window);
        if (answering != null) return answering;
        LetterLayout opening = openingUnderHeading(text, window);
        if (opening != null) return opening;
        LetterLayout closed = addressedAndClosed(text);
        if (closed != null) return closed;
        int header = Math.min(text.length(), BARE_HEADER);
        return new LetterLayout(null, header, header, header);
    }

    /**
     * A reply with neither salutation nor 收悉 (a ministry's answer on a mirror, a co-handler's opinion to the lead body):
     * the first paragraph that ends in an answering cue ({@link #ANSWER}) and names the motion it answers
     * ({@link #MOTION_NAMED}), or follows a heading that calls the page a motion's answer ({@link #ANSWER_HEADING}).
     * A body addressed on the line just above (市科技局:) is the addressee: the header ends before it.
     */
    private static LetterLayout answering(String text, int window) {
        Matcher cue = ANSWER.matcher(text).region(0, window);
        for (int tries = 0; tries < ANSWER_TRIES && cue.find(); tries++) {
            int lineStart = text.lastIndexOf('\n', cue.start()) + 1;
            boolean named = MOTION_NAMED.matcher(text).region(lineStart, cue.start()).find()
                    || ANSWER_HEADING.matcher(text).region(0, lineStart).find();
            if (!named) continue;
            int headerEnd = lineStart;
            int prevEnd = lineStart - 1;
            while (prevEnd > 0 && Character.isWhitespace(text.charAt(prevEnd - 1))) prevEnd--;
            if (prevEnd > 0) {
                int prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
                Matcher a = ADDRESSEE.matcher(text).region(prevStart, lineStart);
                if (a.find() && a.start() == prevStart) headerEnd = prevStart;
            }
            return new LetterLayout(null, headerEnd, lineStart, cue.start());
        }
        return null;
    }

    /**
     * A reply with neither salutation, 收悉 nor answering cue: a line of its own that calls the page a motion's answer
     * ({@link #ANSWER_HEADING}, at most {@link #HEADING_LENGTH} chars), then within {@link #OPENING_LINES} lines a
     * paragraph that opens by naming the motion and who put it forward ({@link #PROPOSED}). Both cues are needed: a
     * heading alone is also a list's or a news item's, and "代表提出的建议" alone is also a report's.
     */
    private static LetterLayout openingUnderHeading(String text, int window) {
        int lineStart = 0;
        while (lineStart < window) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            if (lineEnd - lineStart <= HEADING_LENGTH && !text.substring(lineStart, lineEnd).strip().endsWith("。")
                    && ANSWER_HEADING.matcher(text).region(lineStart, lineEnd).find()) {
                int next = lineEnd + 1;
                for (int k = 0; k < OPENING_LINES && next < text.length(); k++) {
                    int end = text.indexOf('\n', next);
                    if (end < 0) end = text.length();
                    Matcher p = PROPOSED.matcher(text).region(next, end);
                    if (p.lookingAt()) return new LetterLayout(null, next, next, p.end());
                    next = end + 1;
                }
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    /**
     * An answer written to a government or the lead body rather than to the proposer, with no heading, salutation or
     * answering cue: a body addressed on a line of its own among the first {@link #ADDRESSEE_LINES} lines
     * ({@link #ADDRESSEE}, "市政府:"), and a later line saying what the page answered ({@link #CLOSING_ANSWER}, "以上是
     * 我局对…会议012号建议的解答"). Both cues are needed: an addressee alone opens any report, a closing alone ends a
     * summary. The header ends before the addressee; the closing sentence is read as the answering sentence.
     */
    private static LetterLayout addressedAndClosed(String text) {
        int lineStart = 0;
        for (int k = 0; k < ADDRESSEE_LINES && lineStart < text.length(); k++) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            if (ADDRESSEE.matcher(text).region(lineStart, lineEnd).lookingAt()
                    || GOVERNMENT.matcher(text).region(lineStart, lineEnd).lookingAt()) {
                Matcher c = CLOSING_ANSWER.matcher(text).region(lineEnd, text.length());
                if (!c.find()) return null;
                return new LetterLayout(null, lineStart, c.start(), c.end());
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    /** Whether the text reads as a letter answering someone. */
    public boolean isLetter() {
        return salutation != null || ackEnd > ackStart;
    }
}
