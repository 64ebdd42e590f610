package org.replygraph.extract.entity;

import java.text.Normalizer;

/**
 * The comparison key of a title: NFKC, without spaces and quotation marks, a missing closing
 * parenthesis balanced. 《大巴山…系统工程规划(2021-2035年》 and the same with “)” get one key;
 * the title itself is kept as written.
 */
public final class TitleKey {
    private TitleKey() {
    }

    public static String of(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length() + 1);
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || isQuote(c)) continue;
            if (c == '(') open++;
            else if (c == ')') open--;
            b.append(c == '—' || c == '–' ? '-' : c);
        }
        while (open-- > 0) b.append(')');
        return b.toString();
    }

    /** The title cleaned for output: trimmed, quotes at either end dropped, otherwise as written. */
    public static String clean(String raw) {
        String t = raw.strip();
        while (!t.isEmpty() && isQuote(t.charAt(0))) t = t.substring(1).strip();
        while (!t.isEmpty() && isQuote(t.charAt(t.length() - 1))) t = t.substring(0, t.length() - 1).strip();
        return t;
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '「' || c == '」'
                || c == '『' || c == '』';
    }
}
