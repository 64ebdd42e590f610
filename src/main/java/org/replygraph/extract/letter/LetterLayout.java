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
        int header = Math.min(text.length(), BARE_HEADER);
        return new LetterLayout(null, header, header, header);
    }

    /** Whether the text reads as a letter answering someone. */
    public boolean isLetter() {
        return salutation != null || ackEnd > ackStart;
    }
}
