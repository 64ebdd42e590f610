package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.replygraph.extract.PolicyMention;

/**
 * The policies a letter has named so far, answering which one a short title refers back to: the
 * latest whose title key contains the short title's core and is not the short title itself
 * (《管理办法》 after 《…认定和管理办法(修订)》). Scanning every earlier policy for each title made a letter
 * with thousands of titles quadratic; here each key is filed under its pieces of up to
 * {@value #PIECE} chars (every back-reference core is one: a key of at most 8 chars, or a bare genre
 * of at most 6), and a longer core is answered by a scan that resumes where its last one stopped.
 *
 * <pre>{@code
 * BackReferences refs = new BackReferences();
 * refs.add(new PolicyMention("湖北省技术创新中心管理暂行办法", span, null, List.of(), null));
 * refs.latestContaining("管理暂行办法");   // that mention
 * }</pre>
 */
final class BackReferences {
    /** The longest piece of a key that is filed. */
    static final int PIECE = 8;

    /** The key of the latest mention containing a piece, and the latest other key containing it. */
    private static final class Latest {
        String key;
        String otherKey;

        void add(String k) {
            if (!k.equals(key)) {
                otherKey = key;
                key = k;
            }
        }

        /** The latest of the two keys that is not {@code k}, or null. */
        String notKey(String k) {
            return k.equals(key) ? otherKey : key;
        }
    }

    /** A long core's answer so far and how many keys it has seen. */
    private static final class Scan {
        final Latest latest = new Latest();
        int seen;
    }

    private final Map<String, Latest> byPiece = new HashMap<>();
    private final Map<String, Scan> longCores = new HashMap<>();
    private final Map<String, PolicyMention> latestByKey = new HashMap<>();
    private final List<String> keys = new ArrayList<>();

    /** Files a policy the text named (or referred back to), after every earlier one. */
    void add(PolicyMention p) {
        String key = TitleKey.of(p.title());
        latestByKey.put(key, p);
        // The key added last is already the latest in every piece it has (a title and its back-reference).
        if (!keys.isEmpty() && keys.get(keys.size() - 1).equals(key)) return;
        keys.add(key);
        for (int i = 0; i < key.length(); i++)
            for (int j = i + 1; j <= Math.min(key.length(), i + PIECE); j++)
                byPiece.computeIfAbsent(key.substring(i, j), x -> new Latest()).add(key);
    }

    /** The latest policy whose key contains {@code key}'s core and is not {@code key}, or null. */
    PolicyMention latestContaining(String key) {
        String core = PolicyGenre.core(key);
        Latest latest;
        if (!core.isEmpty() && core.length() <= PIECE) {
            latest = byPiece.get(core);
        } else {
            Scan s = longCores.computeIfAbsent(core, x -> new Scan());
            for (; s.seen < keys.size(); s.seen++)
                if (keys.get(s.seen).contains(core)) s.latest.add(keys.get(s.seen));
            latest = s.latest;
        }
        String found = latest == null ? null : latest.notKey(key);
        return found == null ? null : latestByKey.get(found);
    }
}
