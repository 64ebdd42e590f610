package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.replygraph.ingest.DocumentTimeLimit;

/**
 * Finds titles in 《》 and 〈〉 (outermost when nested), e.g. 《关于做好水泥行业常态化错峰生产的通知》, and
 * “…” quotes only when the quoted text ends like a policy (“…实施方案”). A 《 that is not closed on
 * its own line, as at the end of a cut-off download, is not a title.
 */
public final class TitleScanner {
    /** Longer than any real title: a 《 unclosed within this many chars is stray. */
    static final int MAX_TITLE = 150;

    public List<QuotedTitle> scan(String text) {
        List<QuotedTitle> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            DocumentTimeLimit.tick(i);
            char c = text.charAt(i);
            int close = switch (c) {
                case '《' -> closing(text, i, '《', '》');
                case '〈' -> closing(text, i, '〈', '〉');
                case '“' -> quoteClosing(text, i);
                default -> -1;
            };
            if (close < 0) {
                i++;
                continue;
            }
            if (close > i + 1) out.add(new QuotedTitle(text.substring(i + 1, close), i + 1, close, c));
            i = close + 1;
        }
        return out;
    }

    /** Index of the matching close mark on the same line, honouring nesting, or -1. */
    private static int closing(String text, int open, char o, char cl) {
        int depth = 0;
        int limit = Math.min(text.length(), open + MAX_TITLE);
        for (int j = open; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '\n' || c == '\r') return -1;
            if (c == o) depth++;
            else if (c == cl && --depth == 0) return j;
        }
        return -1;
    }

    /** A “…” quote counts only when what it quotes ends with a strong policy genre word. */
    private static int quoteClosing(String text, int open) {
        int limit = Math.min(text.length(), open + MAX_TITLE);
        for (int j = open + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '\n' || c == '“') return -1;
            if (c == '”') return PolicyGenre.strongGenre(text.substring(open + 1, j)) ? j : -1;
        }
        return -1;
    }
}
