package org.replygraph.extract.entity;

import java.util.List;
import org.replygraph.lexicon.Fragments;
import org.replygraph.lexicon.WordList;

/**
 * The own name written before a body that carries no place: 只能将|柳林洲|街道办事处, 由|工业园区|管委会,
 * 同时要求|邱村|镇政府. The name runs back to a clause mark, a function word or a leading predicate
 * (agency-leading-predicates), whichever is nearest, and no further than a limit.
 *
 * <pre>{@code
 * OwnName.start("由工业园区管委会修建", 5, OwnName.MAX_NAME);  // 1: 工业园区
 * OwnName.start("同时要求邱村镇政府", 6, OwnName.MAX_TOWN);    // 4: 邱村
 * OwnName.start("由区政府协调台集屯镇政府", 10, OwnName.MAX_TOWN); // 7: 台集屯 (协调 straddles the limit)
 * }</pre>
 */
final class OwnName {
    /** The longest own name of a zone or street office read back: 内蒙古鄂尔多斯准格尔经济开发区 (15). */
    static final int MAX_NAME = 16;
    /** The longest town name read back before 乡/镇: 骑马坝. */
    static final int MAX_TOWN = 4;
    private static final List<String> CUTS = java.util.stream.Stream.concat(
            WordList.words("agency-leading-predicates").stream(), WordList.words("agency-generic-openers").stream()).toList();
    private static final int MAX_PREDICATE = CUTS.stream().mapToInt(String::length).max().orElse(1);
    private static final String STOPS = "是到并与和的在向对等及了为把从已也都又还就所其各该本此这那、，。；：,;:()（）《》“”\"' \n\t\u3000"
            + Fragments.CN_NUMERALS;

    private OwnName() {
    }

    /** Nouns that open with a one-char predicate: 经济开发区 is no 经|济开发区 (a name cut inside a word, issue 9 §3). */
    private static final List<String> PREDICATE_NOUNS = WordList.words("agency-predicate-nouns");

    private static boolean opensNoun(String text, int k, int end) {
        for (String n : PREDICATE_NOUNS) if (k + n.length() <= end && text.startsWith(n, k)) return true;
        return false;
    }

    /** Whether {@code c} ends an own name read back: a function word, punctuation, a numeral. */
    static boolean isStop(char c) {
        return STOPS.indexOf(c) >= 0 || !Character.isLetter(c) || Character.isDigit(c);
    }

    /**
     * Whether the own name read back from {@code end} to {@code start} was cut by the limit inside a longer word (no
     * stop before it): then it is no name (示例示例示例|大队 with a limit of 6).
     */
    static boolean cutShort(String text, int start, int end, int max) {
        return end - start >= max && start > 0 && !isStop(text.charAt(start - 1));
    }

    /** Start of the own name ending at {@code end}, or {@code end} when there is none. */
    static int start(String text, int end, int max) {
        int s = end;
        while (s > 0 && end - s < max) {
            if (isStop(text.charAt(s - 1))) break;
            s--;
        }
        // 今年3|月批复…: a date's unit after its digits is no part of a name.
        if (s > 0 && s < end && Character.isDigit(text.charAt(s - 1)) && "年月日号".indexOf(text.charAt(s)) >= 0) s++;
        // Cut after the last predicate inside the run: 同时要求|邱村, 积极配合|工业园区, 月批复|荆门市漳河新区.
        // A predicate may straddle the run's start when the limit cut it (协|调台集屯|镇政府: 协调 ends inside the run).
        int cut = s;
        int from = s;
        if (end - s >= max) while (from > 0 && s - from < MAX_PREDICATE - 1 && Character.isLetter(text.charAt(from - 1))
                && STOPS.indexOf(text.charAt(from - 1)) < 0) from--;
        for (String p : CUTS)
            for (int k = text.indexOf(p, from); k >= 0 && k + p.length() <= end; k = text.indexOf(p, k + 1))
                if (k + p.length() > s && !opensNoun(text, k, end)) cut = Math.max(cut, k + p.length());
        // 乡镇|政府: a level before the town's level makes a class, not a name.
        if (cut < end && Fragments.ALL_LEVELS.concat("乡镇").indexOf(text.charAt(end - 1)) >= 0 && end - cut == 1) return end;
        return cut;
    }
}
