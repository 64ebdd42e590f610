package org.replygraph.serve;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Label search over simplified, traditional and pinyin labels, built once at start. Pinyin matches
 * without tones or spaces: {@code zengcai} finds {@code zēngcái}; {@code 增材} finds
 * 国家增材制造创新中心; a query in traditional chars is also tried simplified (HanLP). Exact label
 * first, then prefix, then substring; shorter labels first.
 */
final class SearchIndex {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s'’·\\-]");

    record Hit(Node node, String label, String matched) { }

    private record Entry(Node node, String label, String folded) { }

    private final List<Entry> entries = new ArrayList<>();

    SearchIndex(Graph union, EntityIris iris) {
        Labels labels = new Labels(union);
        Set<Node> seen = new HashSet<>();
        for (Node p : Labels.LABEL_PROPERTIES) {
            union.find(Node.ANY, p, Node.ANY).mapWith(Triple::getSubject).forEachRemaining(s -> {
                if (iris.isLocal(s) && seen.add(s)) {
                    for (Node l : labels.allLabels(s)) {
                        entries.add(new Entry(s, l.getLiteralLexicalForm(), fold(l.getLiteralLexicalForm())));
                    }
                }
            });
        }
        entries.sort(Comparator.comparing((Entry e) -> e.node().getURI()).thenComparing(Entry::label));
    }

    /** Up to {@code limit} entities, one hit each, best match first. */
    List<Hit> search(String query, int limit, Labels labels) {
        String q = fold(query);
        if (q.isEmpty()) {
            return List.of();
        }
        Map<Node, int[]> best = new LinkedHashMap<>();
        Map<Node, String> matched = new LinkedHashMap<>();
        collect(q, best, matched);
        // 陝西省工業 finds 陕西省工业和信息化厅 although only letters in traditional chars carry @zh-Hant.
        String simplified = fold(HanLP.convertToSimplifiedChinese(query));
        if (!simplified.equals(q)) {
            collect(simplified, best, matched);
        }
        List<Node> nodes = new ArrayList<>(best.keySet());
        nodes.sort(Comparator.comparing((Node n) -> best.get(n)[0]).thenComparing(n -> best.get(n)[1])
                .thenComparing(Node::getURI));
        List<Hit> hits = new ArrayList<>();
        for (Node n : nodes.subList(0, Math.min(limit, nodes.size()))) {
            String shown = labels.label(n);
            // Prefer reporting the shown label as the match when it matches too.
            hits.add(new Hit(n, shown, fold(shown).contains(q) ? shown : matched.get(n)));
        }
        return hits;
    }

    private void collect(String q, Map<Node, int[]> best, Map<Node, String> matched) {
        for (Entry e : entries) {
            int at = e.folded().indexOf(q);
            if (at < 0) {
                continue;
            }
            int rank = e.folded().equals(q) ? 0 : at == 0 ? 1 : 2;
            int[] score = {rank, e.folded().length()};
            int[] old = best.get(e.node());
            if (old == null || Integer.compare(score[0], old[0]) < 0
                    || (score[0] == old[0] && score[1] < old[1])) {
                best.put(e.node(), score);
                matched.put(e.node(), e.label());
            }
        }
    }

    /** Lower case, tone marks and separators removed: "Guójiā Zēngcái" → "guojiazengcai". */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return SEPARATORS.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
    }
}
