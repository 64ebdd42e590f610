package org.replygraph.serve;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * How much the data uses each term, for the vocabulary page and VoID: the {@linkplain ClassCounts class
 * counts} (the one count of instances per class every page shows) and every property of the ontology with
 * its number of triples in the default graph (the letters' union, ontology excluded), one index lookup per
 * property, counted on first use.
 * <pre>{@code
 * TermCounts terms = TermCounts.of(dataset, classCounts, vocabulary.allProperties());   // in a read transaction
 * terms.properties().get(RG.issuedBy);   // 5
 * }</pre>
 *
 * @param classes instances per class and an example of each
 * @param properties triples per ontology property, in IRI order (0 when unused)
 */
record TermCounts(ClassCounts classes, Map<Node, Long> properties) {

    /** Counts the properties inside a read transaction of the caller. */
    static TermCounts of(DatasetGraph dataset, ClassCounts classes, Set<Node> ontologyProperties) {
        Graph union = dataset.getUnionGraph();
        Map<Node, Long> properties = new TreeMap<>(Comparator.comparing(Node::getURI));
        for (Node p : ontologyProperties) {
            long[] n = {0};
            union.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> n[0]++);
            properties.put(p, n[0]);
        }
        return new TermCounts(classes, Collections.unmodifiableMap(properties));
    }
}
