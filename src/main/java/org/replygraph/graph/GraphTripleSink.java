package org.replygraph.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * A {@link TripleSink} that makes Jena nodes: a letter's triples in a {@link DocTriples} graph, for the in-memory
 * dataset, a TDB2 store, the extraction cache and validation.
 *
 * <pre>{@code
 * GraphTripleSink out = new GraphTripleSink();
 * writer.write(facts, out);
 * dataset.addGraph(name, out.graph());
 * }</pre>
 */
final class GraphTripleSink implements TripleSink {
    private final Graph graph = new DocTriples();

    @Override
    public void triple(Term s, Term p, Term o) {
        graph.add(Triple.create(s.node(), p.node(), o.node()));
    }

    Graph graph() {
        return graph;
    }
}
