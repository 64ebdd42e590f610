package org.replygraph.serve;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.replygraph.graph.RG;
import org.replygraph.graph.store.StoredSubjects;

/**
 * Every class the data uses with its number of instances, and every property of the ontology with its number
 * of triples (what {@code /ns} shows beside each term). Instances are the distinct subjects typed with a class anywhere in
 * the default graph (the union of the letters' named graphs, the ontology graph outside it), which is what
 * VoID's class partitions mean. The one count the home page, the class pages, {@code /ns} and VoID show.
 * {@code skos:Concept} counts the concepts of the entities graph and the ontology terms (rg:CategoryA)
 * that letters type as concepts in their own graphs. Counted once per data version ({@link HomeFigures}:
 * saved beside a store, counted again after an ingest): in a TDB2 store on node ids in one pass over the
 * {@code rdf:type} range of its POSG index, in memory on the union's type triples. Triples per property are the
 * distinct triples of the union (as {@code SELECT (COUNT(*) AS ?n) { ?s rg:issuedBy ?o }} counts them): in a store
 * one pass over each property's range of the POSG index on node ids, in memory one find per property. They were
 * counted on the first request for {@code /ns}; saved with the class counts, a served store shows them at once.
 * <pre>{@code
 * ClassCounts counts = ClassCounts.of(dataset);   // in a read transaction
 * counts.counts().get(RG.Agency);                 // 99
 * counts.examples().get(RG.Agency);               // an agency, VoID's void:exampleResource
 * counts.properties().get(RG.issuedBy);           // 5
 * }</pre>
 *
 * @param counts instances per class, classes in IRI order
 * @param examples an instance of each class: in memory the IRI first in N-Triples order, in a store the first of a
 *     sample of its earliest-written instances ({@link StoredSubjects#typed}); a class with only blank instances has none
 * @param properties triples per property of the ontology, in IRI order (0 when unused)
 */
record ClassCounts(Map<Node, Long> counts, Map<Node, Node> examples, Map<Node, Long> properties) {
    static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

    ClassCounts {
        Map<Node, Long> c = new TreeMap<>(BY_IRI);
        c.putAll(counts);
        Map<Node, Node> e = new TreeMap<>(BY_IRI);
        e.putAll(examples);
        Map<Node, Long> p = new TreeMap<>(BY_IRI);
        p.putAll(properties);
        counts = Collections.unmodifiableMap(c);
        examples = Collections.unmodifiableMap(e);
        properties = Collections.unmodifiableMap(p);
    }

    /** The ontology's properties (its own namespace), read once. */
    private static final class Ontology {
        static final Set<Node> PROPERTIES = Vocabulary.bundled().allProperties();
    }

    /** Every property of the bundled ontology: the properties counted. */
    static Set<Node> ontologyProperties() {
        return Ontology.PROPERTIES;
    }

    /** Counts inside a read transaction on {@code dataset} (a store, or a view of one, is counted on node ids). */
    static ClassCounts of(DatasetGraph dataset) {
        Optional<StoredSubjects> stored = StoredSubjects.of(dataset);
        Map<Node, Long> counts = new HashMap<>();
        Map<Node, Node> examples = new HashMap<>();
        if (stored.isPresent()) {
            stored.get().typed(RG.rdfType).forEach((cls, t) -> {
                if (!cls.isURI()) return;
                counts.put(cls, t.instances());
                if (t.example() != null) examples.put(cls, t.example());
            });
            return new ClassCounts(counts, examples, stored.get().triples(ontologyProperties()));
        }
        Map<Node, Set<Node>> instances = new HashMap<>();
        dataset.getUnionGraph().find(Node.ANY, RG.rdfType, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) instances.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
        });
        instances.forEach((cls, all) -> {
            counts.put(cls, (long) all.size());
            // Each instance formatted once (a comparator formatting both sides formatted each ~2x per class, ~7% of
            // serve's CPU before its first page on the seeds); an IRI is its N-Triples form's order, escapes included.
            Node first = null;
            String firstNt = null;
            for (Node n : all) {
                if (!n.isURI()) continue;
                String nt = NodeFmtLib.strNT(n);
                if (firstNt == null || nt.compareTo(firstNt) < 0) {
                    first = n;
                    firstNt = nt;
                }
            }
            if (first != null) examples.put(cls, first);
        });
        Map<Node, Long> properties = new HashMap<>();
        Graph union = dataset.getUnionGraph();
        for (Node p : ontologyProperties()) {
            long[] n = {0};
            union.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> n[0]++);
            properties.put(p, n[0]);
        }
        return new ClassCounts(counts, examples, properties);
    }

    /** The classes most instances first, then by IRI: the home page's order. */
    Map<Node, Long> mostFirst() {
        Map<Node, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Node, Long> e) -> -e.getValue()).thenComparing(e -> e.getKey().getURI()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** The number of instances of {@code cls}, 0 when the data does not use it. */
    long count(Node cls) {
        return counts.getOrDefault(cls, 0L);
    }
}
