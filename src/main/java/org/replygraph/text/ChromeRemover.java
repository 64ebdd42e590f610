package org.replygraph.text;

import java.util.List;

/**
 * Deletes the spans that {@link ChromeRules} mark as site chrome, e.g. {@code 已阅 0 打印 关闭}
 * goes while {@code 发布日期:2023-08-04 10:28} on the same line as a visit counter stays. When
 * all that chrome leaves of a line is separators ({@code | : •}), the line goes too.
 */
final class ChromeRemover {
    /** What a line may hold besides chrome and still be nothing but chrome. */
    private static final String RESIDUE = " |:•·-_/>»()[]【】";

    private final List<ChromeRule> rules;

    ChromeRemover(List<ChromeRule> rules) {
        this.rules = List.copyOf(rules);
    }

    MappedText apply(MappedText in) {
        String t = in.text();
        Spans spans = new Spans();
        for (ChromeRule rule : rules) rule.find(t, spans);
        if (spans.size() == 0) return in;
        spans.normalise();
        Spans whole = widenToResidueLines(t, spans);
        MappedText.Builder out = new MappedText.Builder(t.length());
        int copied = 0;
        for (int i = 0; i < whole.size(); i++) {
            out.copy(in, copied, whole.start(i));
            copied = whole.end(i);
        }
        out.copy(in, copied, t.length());
        return out.build();
    }

    /** The spans, each line whose non-chrome part is only separators taken whole. */
    private static Spans widenToResidueLines(String t, Spans spans) {
        Spans out = new Spans();
        for (int i = 0; i < spans.size(); i++) {
            out.add(spans.start(i), spans.end(i));
            int lineStart = t.lastIndexOf('\n', spans.start(i) - 1) + 1;
            int lineEnd = ChromeRule.lineEnd(t, spans.start(i));
            if (isResidue(t, lineStart, lineEnd, spans)) out.add(lineStart, lineEnd);
        }
        out.normalise();
        return out;
    }

    private static boolean isResidue(String t, int lineStart, int lineEnd, Spans spans) {
        int k = 0;
        for (int p = lineStart; p < lineEnd; p++) {
            while (k < spans.size() && spans.end(k) <= p) k++;
            if (k < spans.size() && spans.start(k) <= p) continue;
            if (RESIDUE.indexOf(t.charAt(p)) < 0) return false;
        }
        return true;
    }
}
