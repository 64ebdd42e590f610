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

    /**
     * The title cleaned for output: trimmed, a quote pair wrapping it all or an unmatched quote at
     * either end dropped; otherwise as written (“十四五”国家科技创新规划 keeps its quotes).
     */
    public static String clean(String raw) {
        String t = raw.strip();
        while (t.length() >= 2 && isQuote(t.charAt(0)) && isQuote(t.charAt(t.length() - 1))
                && firstQuote(t, 1) == t.length() - 1)
            t = t.substring(1, t.length() - 1).strip();
        if (!t.isEmpty() && isQuote(t.charAt(0)) && firstQuote(t, 1) < 0) t = t.substring(1).strip();
        if (!t.isEmpty() && isQuote(t.charAt(t.length() - 1)) && firstQuote(t, 0) == t.length() - 1)
            t = t.substring(0, t.length() - 1).strip();
        return t;
    }

    private static int firstQuote(String s, int from) {
        for (int i = from; i < s.length(); i++)
            if (isQuote(s.charAt(i))) return i;
        return -1;
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '「' || c == '」'
                || c == '『' || c == '』';
    }
}
