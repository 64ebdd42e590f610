package org.replygraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.replygraph.graph.RG;
import org.replygraph.index.Descriptions;

/**
 * The instances of one class in the two orders its page offers — by label, and by the number of
 * letters naming each — read once per class and kept until the data changes ({@link Site#classIndex}).
 * The instances are the distinct subjects typed with the class anywhere in the union (the class's
 * {@linkplain ClassCounts count}, so the page's total and its list agree with the home page, {@code /ns}
 * and VoID): the type's index range, whose length is the number of times the class's instances are
 * typed, not the size of the store.
 * <ul>
 * <li>a shared entity's class ({@code rg:Agency}, {@code foaf:Person}, {@code skos:Concept}: some instance
 *     in the entities graph): every instance, and for each the letter graphs in which it is an object —
 *     an index range per instance ({@code ?g ?s ?p <agency>}); a document of the class is its own one letter;</li>
 * <li>anything else ({@code rg:ReplyLetter}, {@code oa:Annotation}, one per mention): up to
 *     {@value Paging#CAP} instances listed, the total the exact count (SPARQL has the rest).</li>
 * </ul>
 * <pre>{@code
 * ClassIndex agencies = ClassIndex.of(dataset, base, RG.Agency, counts.count(RG.Agency), documents);   // in a read transaction
 * agencies.byLetters().get(0);   // the agency named in most letters
 * }</pre>
 *
 * @param cls the class
 * @param total its number of instances (the class count)
 * @param byLabel instances by label, then IRI (the first {@link Paging#CAP} when capped)
 * @param byLetters instances by number of letters naming them (most first), then label; empty when not counted
 * @param letters the number of letters naming each instance (entity classes only)
 * @param capped whether fewer than the total are listed
 */
record ClassIndex(Node cls, int total, List<Node> byLabel, List<Node> byLetters, Map<Node, Integer> letters, boolean capped) {

    /** Whether the instances can be ordered by the number of letters naming them. */
    boolean countsLetters() {
        return !byLetters.isEmpty();
    }

    /**
     * Reads the class's instances; call inside a read transaction on {@code dataset}. {@code total} is the
     * class's count, {@code documents} the dataset's documents.
     */
    static ClassIndex of(DatasetGraph dataset, String base, Node cls, long total, Set<Node> documents) {
        Descriptions d = Descriptions.of(dataset, base);
        Graph union = d.union();
        Comparator<Node> byLabel = labelOrder(new Labels(d));
        if (d.hasEntitiesGraph() && d.entities().contains(Node.ANY, RG.rdfType, cls)) {
            Set<Node> instances = subjects(union, cls, Integer.MAX_VALUE);
            Node entitiesGraph = org.replygraph.graph.EntityGraph.name(base);
            Map<Node, Integer> letters = new HashMap<>();
            for (Node n : instances) {
                // A document of the class (foaf:Document is both a policy and a letter) is its own one letter.
                letters.put(n, documents.contains(n) ? 1 : lettersNaming(dataset, n, entitiesGraph));
            }
            List<Node> sorted = sorted(instances, byLabel);
            List<Node> counted = new ArrayList<>(sorted);
            counted.sort(Comparator.comparing((Node n) -> -letters.get(n)).thenComparing(byLabel));
            return new ClassIndex(cls, sorted.size(), sorted, List.copyOf(counted), Map.copyOf(letters), false);
        }
        Set<Node> some = subjects(union, cls, Paging.CAP + 1);
        if (some.size() <= Paging.CAP) {
            return new ClassIndex(cls, some.size(), sorted(some, byLabel), List.of(), Map.of(), false);
        }
        List<Node> first = new ArrayList<>(some).subList(0, Paging.CAP);
        return new ClassIndex(cls, (int) Math.max(total, Paging.CAP + 1), sorted(first, byLabel), List.of(), Map.of(), true);
    }

    /**
     * By label in Chinese dictionary order (the JDK's zh collation: 工业 before 山西, by pinyin), then by IRI;
     * each label's collation key is made once.
     */
    static Comparator<Node> labelOrder(Labels labels) {
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE);
        Map<Node, java.text.CollationKey> keys = new HashMap<>();
        return Comparator.comparing((Node n) -> keys.computeIfAbsent(n, k -> collator.getCollationKey(labels.label(k))))
                .thenComparing((Node n) -> n.toString());
    }

    /** Distinct subjects typed {@code cls} in {@code graph}, at most {@code max}. */
    private static Set<Node> subjects(Graph graph, Node cls, int max) {
        Set<Node> out = new LinkedHashSet<>();
        Iterator<Triple> it = graph.find(Node.ANY, RG.rdfType, cls);
        try {
            while (it.hasNext() && out.size() < max) {
                out.add(it.next().getSubject());
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
        return out;
    }

    /** The letter graphs in which {@code n} is an object (the entities graph not counted). */
    static int lettersNaming(DatasetGraph dataset, Node n, Node entitiesGraph) {
        Set<Node> graphs = new HashSet<>();
        Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, Node.ANY, n);
        try {
            while (it.hasNext()) {
                Node g = it.next().getGraph();
                if (!g.equals(entitiesGraph) && !Quad.isDefaultGraph(g)) {
                    graphs.add(g);
                }
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
        return graphs.size();
    }

    private static List<Node> sorted(java.util.Collection<Node> nodes, Comparator<Node> order) {
        List<Node> out = new ArrayList<>(nodes);
        out.sort(order);
        return List.copyOf(out);
    }
}
