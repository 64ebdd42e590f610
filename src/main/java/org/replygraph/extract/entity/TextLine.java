package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.List;

/** One non-blank line of a text, stripped, with the offsets of its stripped content: {@code 上城区} at [812, 815). */
public record TextLine(String text, int start, int end) {

    /** The non-blank lines of a text in order. */
    public static List<TextLine> of(String text) {
        List<TextLine> out = new ArrayList<>();
        int i = 0;
        while (i <= text.length()) {
            int nl = text.indexOf('\n', i);
            int lineEnd = nl < 0 ? text.length() : nl;
            int s = i;
            int e = lineEnd;
            while (s < e && isBlank(text.charAt(s))) s++;
            while (e > s && isBlank(text.charAt(e - 1))) e--;
            if (s < e) out.add(new TextLine(text.substring(s, e), s, e));
            if (nl < 0) break;
            i = nl + 1;
        }
        return out;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }
}
