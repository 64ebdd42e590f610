package org.replygraph.text;

/**
 * Collapses runs of spaces to one, trims every line and drops empty lines, e.g.
 * {@code "  已阅 0  打印   关闭 \n\n\n湖北省科技厅    "} becomes {@code "已阅 0 打印 关闭\n湖北省科技厅"}.
 *
 * <p>Blank lines carry no meaning the parsers can rely on (seed letters have none between
 * paragraphs) and a saved HTML page renders them differently, so the cleaned text has none: a
 * letter reads to the same text from a .txt file and from its web page. Single spaces between
 * Han chars stay: they separate metadata fields ({@code 发布机构: 杭州市科学技术局 生成日期: …}).
 */
final class LineTidier {
    MappedText apply(MappedText in) {
        String t = in.text();
        int n = t.length();
        // Text tidied already (the pass after a chrome rule that found nothing) comes back as it is.
        if (tidy(t)) return in;
        MappedText.Builder out = new MappedText.Builder(n);
        int lineStart = 0;
        while (lineStart <= n) {
            int nl = t.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            int from = lineStart;
            int to = lineEnd;
            while (from < to && t.charAt(from) == ' ') from++;
            while (to > from && t.charAt(to - 1) == ' ') to--;
            if (from < to) {
                if (out.length() > 0) out.copy(in, lineStart - 1);
                appendCollapsed(in, from, to, out);
            }
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return out.build();
    }

    /**
     * Whether this step would copy {@code t} unchanged: no line starts or ends with a space or is empty, and no two
     * spaces stand together (a single space is copied as it is).
     */
    static boolean tidy(String t) {
        int n = t.length();
        if (n == 0) return true;
        if (t.charAt(0) == ' ' || t.charAt(0) == '\n' || t.charAt(n - 1) == ' ' || t.charAt(n - 1) == '\n') return false;
        for (int k = 1; k < n; k++) {
            char c = t.charAt(k);
            if ((c == ' ' || c == '\n') && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == '\n')) return false;
        }
        return true;
    }

    private static boolean contiguous(MappedText in, int from, int to) {
        for (int k = from + 1; k < to; k++) if (in.start(k) > in.end(k - 1)) return false;
        return true;
    }

    private static void appendCollapsed(MappedText in, int from, int to, MappedText.Builder out) {
        String t = in.text();
        int i = from;
        while (i < to) {
            if (t.charAt(i) != ' ') {
                int word = i;
                while (i < to && t.charAt(i) != ' ') i++;
                out.copy(in, word, i);
                continue;
            }
            int run = i;
            while (i < to && t.charAt(i) == ' ') i++;
            // The one space stands for the whole run, unless a step dropped something between the run's spaces
            // (chrome, 作者:xksh in "0:0 作者:xksh 来源:"): then it is its first space, so no quote of the
            // original around it brings the dropped text back.
            if (contiguous(in, run, i)) out.replace(" ", in, run, i);
            else out.copy(in, run);
        }
    }
}
