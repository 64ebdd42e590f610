package org.replygraph.evaluate;

import java.text.Normalizer;
import org.replygraph.text.HanLpAdapter;
import org.replygraph.text.VariantChars;

/**
 * Puts a gold or extracted string into the form both sides are compared in (gold-format.md):
 * simplified characters (variants folded as the cleaner folds them: 陜 is 陕), NFKC (full-width folded), no spaces (nor zero-width ones) and no quotation marks.
 *
 * <pre>{@code
 * new NameNormaliser().normalise("關於在杭州綜合性國家科學中心下設立工業智能研究院的建議");
 * // "关于在杭州综合性国家科学中心下设立工业智能研究院的建议"
 * new NameNormaliser().normalise("西安“增材制造国家创新中心”");   // "西安增材制造国家创新中心"
 * }</pre>
 */
public final class NameNormaliser {
    /** Quotation marks a title may or may not carry: “”‘’「」『』 and the ASCII ones. */
    private static final String QUOTES = "\u201c\u201d\u2018\u2019\u300c\u300d\u300e\u300f\"'";

    /** The comparison form of {@code s}; null stays null. */
    public String normalise(String s) {
        if (s == null) return null;
        // NFKC first so full-width letters and digits reach the converter in ASCII form.
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC);
        String simplified = HanLpAdapter.simplified(VariantChars.fold(folded));
        StringBuilder out = new StringBuilder(simplified.length());
        simplified.codePoints()
                // invisible format chars (zero-width space, BOM) count as spaces: web pages carry them
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && Character.getType(c) != Character.FORMAT && QUOTES.indexOf(c) < 0)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Whether the two strings are equal once normalised. */
    public boolean same(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }
}
