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
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.replygraph.graph.RG;
import org.replygraph.graph.store.StoredSubjects;

/**
 * Every class the data uses with its number of instances: the distinct subjects typed with it anywhere in
 * the default graph (the union of the letters' named graphs, the ontology graph outside it), which is what
 * VoID's class partitions mean. The one count the home page, the class pages, {@code /ns} and VoID show.
 * {@code skos:Concept} counts the concepts of the entities graph and the ontology terms (rg:CategoryA)
 * that letters type as concepts in their own graphs. Counted once per data version ({@link HomeFigures}:
 * saved beside a store, counted again after an ingest): in a TDB2 store on node ids in one pass over the
 * {@code rdf:type} range of its POSG index, in memory on the union's type triples.
 * <pre>{@code
 * ClassCounts counts = ClassCounts.of(dataset);   // in a read transaction
 * counts.counts().get(RG.Agency);                 // 99
 * counts.examples().get(RG.Agency);               // an agency, VoID's void:exampleResource
 * }</pre>
 *
 * @param counts instances per class, classes in IRI order
 * @param examples an instance of each class: in memory the IRI first in N-Triples order, in a store the first of a
 *     sample of its earliest-written instances ({@link StoredSubjects#typed}); a class with only blank instances has none
 */
record ClassCounts(Map<Node, Long> counts, Map<Node, Node> examples) {
    static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

    ClassCounts {
        Map<Node, Long> c = new TreeMap<>(BY_IRI);
        c.putAll(counts);
        Map<Node, Node> e = new TreeMap<>(BY_IRI);
        e.putAll(examples);
        counts = Collections.unmodifiableMap(c);
        examples = Collections.unmodifiableMap(e);
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
            return new ClassCounts(counts, examples);
        }
        Map<Node, Set<Node>> instances = new HashMap<>();
        dataset.getUnionGraph().find(Node.ANY, RG.rdfType, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) instances.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
        });
        instances.forEach((cls, all) -> {
            counts.put(cls, (long) all.size());
            all.stream().filter(Node::isURI).min(Comparator.comparing(NodeFmtLib::strNT)).ifPresent(e -> examples.put(cls, e));
        });
        return new ClassCounts(counts, examples);
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
