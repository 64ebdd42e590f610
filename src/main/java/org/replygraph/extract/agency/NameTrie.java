package org.replygraph.extract.agency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * A fixed set of names as a prefix tree, so which of them a text spells at a position is read in
 * one walk of at most the longest name's length, not one {@code startsWith} per name (~700 places
 * at every text position cost ~10% of a build: performance-notes trap 11). Immutable once built:
 * one instance may serve any number of threads.
 *
 * <pre>{@code
 * NameTrie t = NameTrie.of(List.of("杭州市", "杭州", "湖北省"));
 * t.longestAt("浙江杭州市萧山区", 2);                  // 3 (杭州市)
 * t.longestAt("浙江杭州市萧山区", 2, n -> n < 3);      // 2 (杭州)
 * t.longestAt("浙江杭州市萧山区", 0);                  // 0
 * }</pre>
 */
final class NameTrie {
    private final Node root;

    private NameTrie(Node root) {
        this.root = root;
    }

    /** The trie of {@code names}; empty names are ignored. */
    static NameTrie of(Collection<String> names) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(names));
        sorted.removeIf(String::isEmpty);
        return new NameTrie(build(sorted, 0, sorted.size(), 0));
    }

    /** The length of the longest name {@code text} spells from {@code pos}; 0 when none. */
    int longestAt(CharSequence text, int pos) {
        return longestAt(text, pos, n -> true);
    }

    /** The length of the longest name spelt from {@code pos} that {@code accept} takes; 0 when none. */
    int longestAt(CharSequence text, int pos, IntPredicate accept) {
        int best = 0;
        Node n = root;
        for (int i = pos; i < text.length(); i++) {
            n = n.child(text.charAt(i));
            if (n == null) break;
            if (n.terminal && accept.test(i + 1 - pos)) best = i + 1 - pos;
        }
        return best;
    }

    /** Builds the node for names[from, to), which all share their first {@code depth} chars (sorted input). */
    private static Node build(List<String> names, int from, int to, int depth) {
        boolean terminal = false;
        List<Character> keys = new ArrayList<>();
        List<Node> children = new ArrayList<>();
        int i = from;
        while (i < to) {
            String s = names.get(i);
            if (s.length() == depth) {
                terminal = true;
                i++;
                continue;
            }
            char c = s.charAt(depth);
            int j = i;
            while (j < to && names.get(j).length() > depth && names.get(j).charAt(depth) == c) j++;
            keys.add(c);
            children.add(build(names, i, j, depth + 1));
            i = j;
        }
        char[] k = new char[keys.size()];
        for (int x = 0; x < k.length; x++) k[x] = keys.get(x);
        return new Node(terminal, k, children.toArray(new Node[0]));
    }

    /** One prefix: whether a name ends here, and the next chars in ascending order with their nodes. */
    private record Node(boolean terminal, char[] keys, Node[] children) {
        Node child(char c) {
            int lo = 0;
            int hi = keys.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                char k = keys[mid];
                if (k < c) lo = mid + 1;
                else if (k > c) hi = mid - 1;
                else return children[mid];
            }
            return null;
        }
    }
}
