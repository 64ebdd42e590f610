package org.replygraph.serve;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * A read-only dataset whose default graph is the union of the named graphs: each letter's triples
 * sit in a graph of their own, and a plain {@code SELECT} without {@code GRAPH} must see them all.
 * <p>Why {@link DatasetGraphWrapperView}: ARQ unwraps ordinary wrappers to pick the query engine of
 * the dataset underneath, which would bypass {@link #getDefaultGraph()}.
 * <pre>{@code
 * DatasetGraph served = new UnionDefaultGraphView(CorpusBuilder.newDataset());
 * }</pre>
 */
public final class UnionDefaultGraphView extends DatasetGraphReadOnly implements DatasetGraphWrapperView {

    public UnionDefaultGraphView(DatasetGraph base) {
        super(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return new GraphReadOnly(getWrapped().getUnionGraph());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return Quad.isDefaultGraph(g) ? getWrapped().find(Quad.unionGraph, s, p, o) : getWrapped().find(g, s, p, o);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return Quad.isDefaultGraph(g) ? getWrapped().contains(Quad.unionGraph, s, p, o) : getWrapped().contains(g, s, p, o);
    }
}
