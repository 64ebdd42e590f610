package org.replygraph.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * A fixed word list as one Aho–Corasick automaton, so a rule asks which of its words a text spells at a position,
 * holds, or ends at a position in one walk instead of one {@code startsWith} or {@code contains} per word
 * (performance-notes trap 11). Each word keeps its index in the list, and each question answers with the word
 * that comes first in the list, so a loop {@code for (w : words) if (…) return w} keeps its result when it becomes a
 * call here. Immutable once built: one instance may serve any number of threads.
 *
 * <pre>{@code
 * WordAutomaton a = WordAutomaton.of(List.of("强化", "结合", "组织"));
 * a.firstAt("强化市科技局", 0, i -> true);   // 0 (强化)
 * a.firstIn("积极组织区卫健局", 0, 8);        // 2 (组织)
 * a.endsAt("结合区发改局", 2);                // true (结合)
 * }</pre>
 */
public final class WordAutomaton {
    private final List<String> words;
    private final int maxLength;
    /** Per state: its next chars in ascending order and their states. */
    private final char[][] keys;
    private final int[][] next;
    /** Per state: the failure state (the longest proper suffix that is a prefix of some word). */
    private final int[] fail;
    /** Per state: the index of the word spelt exactly by it, or -1. */
    private final int[] word;
    /** Per state: the least index among the words that end at it (its own and its suffixes'), or -1. */
    private final int[] firstOut;

    private WordAutomaton(List<String> words) {
        this.words = List.copyOf(words);
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<Integer> own = new ArrayList<>();
        trie.add(new TreeMap<>());
        own.add(-1);
        Map<String, Integer> seen = new HashMap<>();
        int longest = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.isEmpty()) throw new IllegalArgumentException("Illegal word='' at index " + i + " : must be non-empty");
            if (seen.putIfAbsent(w, i) != null) continue;
            longest = Math.max(longest, w.length());
            int s = 0;
            for (int k = 0; k < w.length(); k++) {
                Integer t = trie.get(s).get(w.charAt(k));
                if (t == null) {
                    t = trie.size();
                    trie.get(s).put(w.charAt(k), t);
                    trie.add(new TreeMap<>());
                    own.add(-1);
                }
                s = t;
            }
            own.set(s, i);
        }
        maxLength = longest;
        int n = trie.size();
        keys = new char[n][];
        next = new int[n][];
        word = new int[n];
        for (int s = 0; s < n; s++) {
            TreeMap<Character, Integer> m = trie.get(s);
            keys[s] = new char[m.size()];
            next[s] = new int[m.size()];
            int k = 0;
            for (Map.Entry<Character, Integer> e : m.entrySet()) {
                keys[s][k] = e.getKey();
                next[s][k++] = e.getValue();
            }
            word[s] = own.get(s);
        }
        fail = new int[n];
        firstOut = new int[n];
        firstOut[0] = -1;
        // Breadth first: a state's failure state is shallower, so its outputs are known when the state is reached.
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t : next[0]) {
            fail[t] = 0;
            queue.add(t);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            firstOut[s] = least(word[s], firstOut[fail[s]]);
            for (int k = 0; k < keys[s].length; k++) {
                int t = next[s][k];
                int f = fail[s];
                while (f != 0 && child(f, keys[s][k]) < 0) f = fail[f];
                int g = child(f, keys[s][k]);
                fail[t] = g >= 0 && g != t ? g : 0;
                queue.add(t);
            }
        }
    }

    /** The automaton of {@code words}, in their order; a repeated word keeps its first index; an empty one is an error. */
    public static WordAutomaton of(List<String> words) {
        return new WordAutomaton(words);
    }

    /** The word at {@code index} of the list. */
    public String word(int index) {
        return words.get(index);
    }

    /**
     * The least index of a word that {@code text} spells from {@code pos} and {@code accept} takes, or -1: what
     * {@code for (i …) if (text.startsWith(words[i], pos) && accept(i)) return i} returns.
     */
    public int firstAt(CharSequence text, int pos, IntPredicate accept) {
        if (pos < 0) return -1;
        int[] found = null;
        int count = 0;
        int s = 0;
        for (int i = pos; i < text.length(); i++) {
            s = child(s, text.charAt(i));
            if (s < 0) break;
            if (word[s] >= 0) {
                if (found == null) found = new int[Math.min(maxLength, text.length() - pos)];
                found[count++] = word[s];
            }
        }
        if (count == 0) return -1;
        java.util.Arrays.sort(found, 0, count);
        for (int k = 0; k < count; k++) if (accept.test(found[k])) return found[k];
        return -1;
    }

    /** Whether {@code text} spells one of the words from {@code pos}. */
    public boolean startsAt(CharSequence text, int pos) {
        if (pos < 0) return false;
        int s = 0;
        for (int i = pos; i < text.length(); i++) {
            s = child(s, text.charAt(i));
            if (s < 0) return false;
            if (word[s] >= 0) return true;
        }
        return false;
    }

    /**
     * The least index of a word that stands wholly inside [from, to) of {@code text}, or -1: what
     * {@code for (i …) if (text.substring(from, to).contains(words[i])) return i} returns.
     */
    public int firstIn(CharSequence text, int from, int to) {
        int best = -1;
        int s = 0;
        for (int i = Math.max(0, from); i < to; i++) {
            s = step(s, text.charAt(i));
            best = least(best, firstOut[s]);
        }
        return best;
    }

    /** Whether one of the words ends at {@code end} of {@code text}: {@code text.startsWith(w, end - w.length())}. */
    public boolean endsAt(CharSequence text, int end) {
        if (end > text.length()) return false;
        int s = 0;
        for (int i = Math.max(0, end - maxLength); i < end; i++) s = step(s, text.charAt(i));
        return firstOut[s] >= 0;
    }

    private int step(int s, char c) {
        while (true) {
            int t = child(s, c);
            if (t >= 0) return t;
            if (s == 0) return 0;
            s = fail[s];
        }
    }

    private int child(int s, char c) {
        char[] k = keys[s];
        int lo = 0;
        int hi = k.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = k[mid];
            if (m < c) lo = mid + 1;
            else if (m > c) hi = mid - 1;
            else return next[s][mid];
        }
        return -1;
    }

    private static int least(int a, int b) {
        if (a < 0) return b;
        if (b < 0) return a;
        return Math.min(a, b);
    }
}
