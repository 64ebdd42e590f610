package org.replygraph.text;

import java.util.Objects;

/**
 * Text ready for extraction: cleaned and converted to simplified characters, with a map from every
 * char of the cleaned text back to the decoded original.
 *
 * <pre>{@code
 * CleanText ct = new TextCleaner().clean(doc.text());
 * int s = ct.text().indexOf("杭州市科学技术局");
 * ct.originalSlice(s, s + 8);   // "杭州市科學技術局" in a traditional-character letter
 * ct.originalStart(s);          // where that name starts in doc.text()
 * }</pre>
 *
 * @param original    the decoded original text
 * @param text        the cleaned, simplified text extraction reads
 * @param starts      for each cleaned char, the offset in {@code original} of the char it came from
 * @param ends        for each cleaned char, the end offset (exclusive) in {@code original} of what it
 *                    came from; {@code starts} and {@code ends} are non-decreasing
 * @param traditional whether the original was written mostly in traditional characters
 * @param bodyFound   whether the document's body (heading or salutation to sign-off) was found in the page;
 *                    when false the text still holds the whole page (less its chrome)
 */
public record CleanText(String original, String text, int[] starts, int[] ends, boolean traditional, boolean bodyFound) {
    /** A cleaned text whose body was found (or that is only a body). */
    public CleanText(String original, String text, int[] starts, int[] ends, boolean traditional) {
        this(original, text, starts, ends, traditional, true);
    }

    public CleanText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        if (starts.length != text.length() || ends.length != text.length())
            throw new IllegalArgumentException("Illegal offset map length=" + starts.length + "/" + ends.length
                    + " : must equal the cleaned text's length " + text.length());
    }

    /** Offset in the original text where cleaned range [start, end) begins. */
    public int originalStart(int start) {
        return start < starts.length ? starts[start] : original.length();
    }

    /** Offset in the original text where cleaned range [start, end) ends (exclusive). */
    public int originalEnd(int end) {
        return end == 0 ? 0 : ends[end - 1];
    }

    /** The original text behind the cleaned range [start, end), e.g. 業 for 业 (without dropped pinyin). */
    public String originalSlice(int start, int end) {
        if (start >= end) return "";
        return original.substring(originalStart(start), originalEnd(end));
    }

    /** A CleanText that changed nothing: every char maps to itself. */
    public static CleanText identity(String text) {
        int[] s = new int[text.length()];
        int[] e = new int[text.length()];
        for (int i = 0; i < s.length; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new CleanText(text, text, s, e, false, true);
    }
}
