package org.replygraph.serve;

import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * How much the data uses each term, for the vocabulary page and VoID: the {@linkplain ClassCounts class
 * counts} (the one count of instances per class every page shows) and every property of the ontology with
 * its number of triples in the default graph (the letters' union, ontology excluded), counted with the class
 * counts (saved beside a store, counted again after an ingest), not on the first request for {@code /ns}.
 * <pre>{@code
 * TermCounts terms = TermCounts.of(classCounts);
 * terms.properties().get(RG.issuedBy);   // 5
 * }</pre>
 *
 * @param classes instances per class and an example of each, and triples per property
 * @param properties triples per ontology property, in IRI order (0 when unused)
 */
record TermCounts(ClassCounts classes, Map<Node, Long> properties) {

    static TermCounts of(ClassCounts classes) {
        return new TermCounts(classes, classes.properties());
    }
}
