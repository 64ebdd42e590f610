package org.replygraph.extract.entity;

import java.util.List;
import org.replygraph.lexicon.WordList;

/**
 * A sub-unit written straight after its parent body: 省科技厅|农村处, 科技部|农村司, 市政府|督查室,
 * 区人大常委会|人代工委, 县公安局|交警大队. It keeps its own edge (issue 9 §3): the mention is the sub-unit,
 * not the parent.
 *
 * <pre>{@code
 * SubUnit.end("省科技厅农村处来邹调研", 4);  // 7: 农村处
 * SubUnit.end("省科技厅处理", 4);            // 4: 处理 is a verb, no unit
 * SubUnit.end("由州政府批转我局办理", 4);     // 4: 批转我局 is the forwarding verb and the writer
 * }</pre>
 */
final class SubUnit {
    private static final List<String> HEADS = WordList.words("agency-subunit-heads");
    private static final List<String> PREDICATES = WordList.words("agency-leading-predicates");
    /**
     * Chars never inside a sub-unit's own name: function words, other bodies' heads, numerals, punctuation, and the
     * writer's own 我/本 (州政府|批转我局, 县政府|转来我局: a forwarding verb and the writer, not a unit).
     */
    private static final String NOT_INSIDE = "是到并与和的在由向对等及了为将把从已也都又还就所其局厅委部府我本" + "、，。；：,;:()（）《》“”\" \n";
    /** Chars that make the head part of a longer word: 处理, 处长, 司机, 室内. */
    private static final String CONTINUES = "理置长罚级机内外法";
    private static final int MAX_CORE = 6;
    /** 省科技厅|有关处: a class of units, not one. */
    private static final List<String> GENERIC = WordList.words("agency-generic-openers");

    private SubUnit() {
    }

    /** The end of a sub-unit written at {@code at} (right after its parent), or {@code at} when there is none. */
    static int end(String text, int at) {
        for (String p : PREDICATES) if (text.startsWith(p, at)) return at;
        for (String o : GENERIC) if (text.startsWith(o, at)) return at;
        for (int core = 0; core <= MAX_CORE && at + core < text.length(); core++) {
            char c = text.charAt(at + core);
            if (core > 0 && NOT_INSIDE.indexOf(text.charAt(at + core - 1)) >= 0) return at;
            if (!Character.isLetter(c) || Character.isDigit(c)) return at;
            for (String h : HEADS) {
                if (!text.startsWith(h, at + core)) continue;
                // One-char heads need a name before them (农村处, 种植业管理司), and 公司 is a company.
                if (h.length() == 1 && (core < 2 || text.charAt(at + core - 1) == '公')) continue;
                int e = at + core + h.length();
                if (e < text.length() && CONTINUES.indexOf(text.charAt(e)) >= 0) continue;
                return e;
            }
        }
        return at;
    }
}
