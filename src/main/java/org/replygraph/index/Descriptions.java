package org.replygraph.index;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.replygraph.graph.EntityGraph;

/**
 * Where a node's own description is read: the entities graph {@code <BASE>graph/entities} when it
 * describes the node (one copy, however many letters name it), the union of the graphs otherwise (a
 * letter, an annotation, a figure: each in one letter's graph; or any node of loaded RDF without an
 * entities graph). Lookups through it cost the same at 5 letters and at 100,000.
 * <pre>{@code
 * Descriptions d = Descriptions.of(dataset, RG.DEFAULT_BASE);   // inside a read transaction
 * d.of(agency).find(agency, RG.rdfsLabel, Node.ANY);             // one copy of its labels
 * }</pre>
 *
 * @param union the union of the dataset's named graphs
 * @param entities the entities graph, or null when the dataset has none
 */
public record Descriptions(Graph union, Graph entities) {

    /** For a dataset; call it (and use the result) inside a read transaction. */
    public static Descriptions of(DatasetGraph dataset, String base) {
        Node name = EntityGraph.name(base);
        Graph entities = dataset.containsGraph(name) ? dataset.getGraph(name) : null;
        return new Descriptions(dataset.getUnionGraph(), entities);
    }

    /** Only a graph (a test's or a page of loaded RDF): everything is read from it. */
    public static Descriptions of(Graph graph) {
        return new Descriptions(graph, null);
    }

    /** The graph holding {@code node}'s description: the entities graph when it has the node as a subject. */
    public Graph of(Node node) {
        if (entities != null && !node.isLiteral() && entities.contains(node, Node.ANY, Node.ANY)) {
            return entities;
        }
        return union;
    }

    public boolean hasEntitiesGraph() {
        return entities != null;
    }
}
