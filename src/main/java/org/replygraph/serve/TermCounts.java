package org.replygraph.serve;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.replygraph.graph.RG;

/**
 * How much the data uses each term: every class that is the object of an {@code rdf:type} in the
 * default graph (the letters' union, ontology excluded) with its number of distinct instances and
 * an example (the instance first in IRI order), and every property of the ontology with its number
 * of triples. For the VoID class partitions ({@code oa:Annotation} and {@code org:Organization}
 * included) and the vocabulary page. Counted once, on first use: one pass over the type triples, one
 * index lookup per property; a class's instances are held while it is counted, one class at a time.
 *
 * @param classes instances per class, classes in IRI order
 * @param examples an instance of each class, the first in N-Triples order
 * @param properties triples per ontology property, in IRI order (0 when unused)
 */
record TermCounts(Map<Node, Long> classes, Map<Node, Node> examples, Map<Node, Long> properties) {

    /** Counts inside a read transaction of the caller. */
    static TermCounts of(DatasetGraph dataset, Set<Node> ontologyProperties) {
        Graph union = dataset.getUnionGraph();
        Set<Node> classes = new HashSet<>();
        union.find(Node.ANY, RG.rdfType, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) classes.add(t.getObject());
        });
        Map<Node, Long> counts = new TreeMap<>(Comparator.comparing(Node::getURI));
        Map<Node, Node> examples = new TreeMap<>(Comparator.comparing(Node::getURI));
        for (Node cls : classes) {
            Set<Node> instances = new HashSet<>();
            union.find(Node.ANY, RG.rdfType, cls).mapWith(Triple::getSubject).forEachRemaining(instances::add);
            counts.put(cls, (long) instances.size());
            instances.stream().filter(Node::isURI).min(Comparator.comparing(NodeFmtLib::strNT))
                    .ifPresent(e -> examples.put(cls, e));
        }
        Map<Node, Long> properties = new TreeMap<>(Comparator.comparing(Node::getURI));
        for (Node p : ontologyProperties) {
            long[] n = {0};
            union.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> n[0]++);
            properties.put(p, n[0]);
        }
        return new TermCounts(Collections.unmodifiableMap(counts), Collections.unmodifiableMap(examples),
                Collections.unmodifiableMap(properties));
    }
}
