package org.replygraph.text;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.replygraph.lexicon.WordList;

/**
 * Variant chars the traditional-to-simplified conversion does not know, each to the char it does
 * (ontology/reference/words/variant-chars.tsv): 陜西省 (U+965C, a variant of 陝) is 陕西省. Unfolded, 陜西省知識產權局 loses its
 * province and 陜西省政協 its place (issue 9 §3). The cleaner folds them ({@link CharFolder}) and so does the scorer's
 * normaliser, so that a gold written with the variant still matches.
 *
 * <pre>{@code
 * VariantChars.fold("陜西咸函〔2022〕31號");   // "陕西咸函〔2022〕31號"
 * }</pre>
 */
public final class VariantChars {
    private static final Map<Character, Character> MAP = load();
    /**
     * The variants as a bit set: {@link CharFolder} asks about every Han char of every page, and a map lookup there
     * boxes the char (a {@code Character} allocated per char above U+007F).
     */
    private static final BitSet VARIANTS = bits(MAP);

    private VariantChars() {
    }

    private static Map<Character, Character> load() {
        Map<Character, Character> out = new HashMap<>();
        WordList.pairs("variant-chars").forEach((from, to) -> {
            if (from.length() != 1 || to.length() != 1)
                throw new IllegalStateException("Illegal variant " + from + "=" + to + " : one char to one char");
            out.put(from.charAt(0), to.charAt(0));
        });
        return Map.copyOf(out);
    }

    private static BitSet bits(Map<Character, Character> map) {
        BitSet out = new BitSet();
        map.keySet().forEach(c -> out.set(c));
        return out;
    }

    /** Whether {@code c} is a variant this table folds. */
    static boolean isVariant(char c) {
        return VARIANTS.get(c);
    }

    /** The char a variant folds to, {@code c} itself when it is none. */
    static char folded(char c) {
        return MAP.getOrDefault(c, c);
    }

    /** {@code s} with every variant folded; same length. */
    public static String fold(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isVariant(c)) continue;
            if (out == null) out = new StringBuilder(s);
            out.setCharAt(i, MAP.get(c));
        }
        return out == null ? s : out.toString();
    }
}
