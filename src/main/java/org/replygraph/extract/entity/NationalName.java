package org.replygraph.extract.entity;

/**
 * Where a longer national name starts that holds a known body's short name at its end (issue 9 §3: a name inside a
 * longer name is no separate mention): 国家新闻出版|广电总局 is the former press administration, not 广电总局 (its
 * successor); 中国银|保监会 is the banking and insurance regulator, not the insurance one.
 *
 * <pre>{@code
 * NationalName.start("发布机关:国家新闻出版广电总局", 11);  // 5: 国家新闻出版广电总局
 * NationalName.start("国家和省广电总局", 4);               // 4: 和省 joins two levels, no name
 * }</pre>
 */
final class NationalName {
    private static final String[] OPENERS = {"国家", "中国"};
    /** Chars that never stand inside one name: function words, other bodies' heads, levels, punctuation, digits. */
    private static final String NOT_INSIDE = "是到并与的在由向对等及了为将把从已也都又还就其和"
            + "局厅委部府院署办会司省市区县";
    private static final int MAX_GAP = 6;

    private NationalName() {
    }

    /** The start of the longer national name ending with the body at {@code bodyStart}, or {@code bodyStart}. */
    static int start(String text, int bodyStart) {
        for (int gap = 1; gap <= MAX_GAP && bodyStart - gap - 2 >= 0; gap++) {
            char c = text.charAt(bodyStart - gap);
            if (!Character.isLetter(c) || Character.isDigit(c) || c < 0x3400 || NOT_INSIDE.indexOf(c) >= 0) return bodyStart;
            int at = bodyStart - gap - 2;
            for (String o : OPENERS) if (text.startsWith(o, at)) return at;
        }
        return bodyStart;
    }
}
