package org.replygraph.extract.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.lexicon.Example;

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
    private static final Pattern ACK = Pattern.compile("收悉|已收到|已交|现答复|现将[^。\\n]{0,12}答复|答复如下|现将[^。\\n]{0,12}报告如下");

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
        int header = Math.min(text.length(), BARE_HEADER);
        return new LetterLayout(null, header, header, header);
    }

    /** Whether the text reads as a letter answering someone. */
    public boolean isLetter() {
        return salutation != null || ackEnd > ackStart;
    }
}
