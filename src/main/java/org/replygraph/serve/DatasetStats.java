package org.replygraph.serve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.replygraph.graph.EntityGraph;
import org.replygraph.graph.RG;
import org.replygraph.graph.store.StoredSubjects;
import org.replygraph.index.Descriptions;

/**
 * What the home page lists besides the {@linkplain ClassCounts class counts}: entities, every document
 * newest first and every agency by number of replies (the page shows a page of each). Entities are
 * counted in the entities graph when there is one (one copy each); in a TDB2 store subjects are counted by node id
 * ({@link StoredSubjects}), and dates and issuers are read in one pass each, not one lookup per
 * letter. After an ingest, {@link #updated} re-reads only what the changed nodes touch. The sizes of
 * the graphs (a pass over every quad) are {@link DatasetSizes}, counted only for the dataset description.
 */
record DatasetStats(int entities, List<Node> letters, List<Map.Entry<Node, Integer>> agenciesByReplies) {

    /** Reads the figures inside a read transaction of the caller. */
    static DatasetStats of(DatasetGraph dataset, EntityIris iris) {
        Graph union = dataset.getUnionGraph();
        Descriptions d = Descriptions.of(dataset, iris.base());
        Set<Node> documents = distinctSubjects(union, RG.rdfType, RG.Document);
        Map<Node, String> dates = dates(union, documents);
        List<Node> letters = new ArrayList<>(documents);
        letters.sort(newestFirst(dates::get, new Labels(d)));
        return new DatasetStats(entities(dataset, iris, d, documents),
                List.copyOf(letters), sorted(replies(union, documents), d));
    }

    /**
     * The figures after a build or an ingest changed {@code changed} (documents added, replaced or removed and
     * the entities they describe or described): entities counted again (by node id in a store),
     * the changed documents taken out of the list and put back in order, the replies of the agencies among
     * the changed nodes counted again. Inside a read transaction of the caller.
     */
    DatasetStats updated(DatasetGraph dataset, EntityIris iris, Set<Node> changed) {
        Graph union = dataset.getUnionGraph();
        Descriptions d = Descriptions.of(dataset, iris.base());
        Labels labels = new Labels(d);
        Map<Node, String> dates = new HashMap<>();
        Comparator<Node> order = newestFirst(doc -> dates.computeIfAbsent(doc, x -> date(union, x)), labels);
        List<Node> list = new ArrayList<>(letters.size() + changed.size());
        for (Node doc : letters) if (!changed.contains(doc)) list.add(doc);
        for (Node n : changed) {
            if (!union.contains(n, RG.rdfType, RG.Document)) continue;
            int at = Collections.binarySearch(list, n, order);
            list.add(at < 0 ? -at - 1 : at, n);
        }
        Map<Node, Integer> replies = new LinkedHashMap<>();
        agenciesByReplies.forEach(e -> replies.put(e.getKey(), e.getValue()));
        for (Node n : changed) {
            if (!replies.containsKey(n) && !union.contains(Node.ANY, RG.issuedBy, n)) continue;
            Set<Node> by = new HashSet<>();
            union.find(Node.ANY, RG.issuedBy, n).forEachRemaining(t -> {
                if (union.contains(t.getSubject(), RG.rdfType, RG.Document)) by.add(t.getSubject());
            });
            if (by.isEmpty()) replies.remove(n);
            else replies.put(n, by.size());
        }
        return new DatasetStats(entities(dataset, iris, d, new HashSet<>(list)),
                List.copyOf(list), sorted(replies, d));
    }

    /** With an entities graph, its local subjects and the documents; else every local subject of the union. */
    private static int entities(DatasetGraph dataset, EntityIris iris, Descriptions d, Set<Node> documents) {
        Set<Node> entities = new HashSet<>();
        Optional<StoredSubjects> stored = StoredSubjects.of(dataset);
        if (d.hasEntitiesGraph() && stored.isPresent()) {
            stored.get().subjects(EntityGraph.name(iris.base())).forEach(s -> {
                if (iris.isLocal(s)) entities.add(s);
            });
        } else {
            (d.hasEntitiesGraph() ? d.entities() : d.union()).find().forEachRemaining(t -> {
                if (iris.isLocal(t.getSubject())) entities.add(t.getSubject());
            });
        }
        if (d.hasEntitiesGraph()) entities.addAll(documents);
        return entities.size();
    }

    /** Newest first (undated last), then by label, then by IRI: the home page's order. */
    private static Comparator<Node> newestFirst(java.util.function.Function<Node, String> date, Labels labels) {
        Comparator<Node> byDate = Comparator.comparing(date).reversed();
        return byDate.thenComparing(labels::label).thenComparing(n -> n.toString());
    }

    /** Each document's date (dct:date, else dct:issued; the first by N-Triples form), "" when it has none: one pass per property. */
    private static Map<Node, String> dates(Graph union, Set<Node> documents) {
        Map<Node, String> out = new HashMap<>();
        for (Node p : List.of(RG.dctDate, RG.dctIssued)) {
            Map<Node, Node> first = new HashMap<>();
            union.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (documents.contains(t.getSubject()) && !out.containsKey(t.getSubject()))
                    first.merge(t.getSubject(), t.getObject(), (a, b) -> a.toString().compareTo(b.toString()) <= 0 ? a : b);
            });
            first.forEach((doc, o) -> {
                if (o.isLiteral()) out.put(doc, o.getLiteralLexicalForm());
            });
        }
        for (Node doc : documents) out.putIfAbsent(doc, "");
        return out;
    }

    static String date(Graph union, Node doc) {
        for (Node p : List.of(RG.dctDate, RG.dctIssued)) {
            List<Node> dates = EntityPage.objects(union, doc, p);
            if (!dates.isEmpty() && dates.get(0).isLiteral()) {
                return dates.get(0).getLiteralLexicalForm();
            }
        }
        return "";
    }

    /** Replies per agency: the documents issued by it, in one pass over rg:issuedBy. */
    private static Map<Node, Integer> replies(Graph union, Set<Node> documents) {
        Set<Triple> issued = new HashSet<>();
        union.find(Node.ANY, RG.issuedBy, Node.ANY).forEachRemaining(t -> {
            if (documents.contains(t.getSubject())) issued.add(t);
        });
        Map<Node, Integer> replies = new HashMap<>();
        issued.forEach(t -> replies.merge(t.getObject(), 1, Integer::sum));
        return replies;
    }

    private static List<Map.Entry<Node, Integer>> sorted(Map<Node, Integer> replies, Descriptions d) {
        Labels labels = new Labels(d);
        List<Map.Entry<Node, Integer>> sorted = new ArrayList<>();
        replies.forEach((k, v) -> sorted.add(Map.entry(k, v)));
        sorted.sort(Comparator.comparing((Map.Entry<Node, Integer> e) -> -e.getValue())
                .thenComparing(e -> labels.label(e.getKey())).thenComparing(e -> e.getKey().toString()));
        return List.copyOf(sorted);
    }

    static Set<Node> distinctSubjects(Graph graph, Node p, Node o) {
        Set<Node> out = new HashSet<>();
        graph.find(Node.ANY, p, o).mapWith(Triple::getSubject).forEachRemaining(out::add);
        return out;
    }
}
