package org.replygraph.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
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
 * Optionally one more named graph (the ontology) sits beside the letters' graphs WITHOUT joining
 * that union, so {@code GRAPH <https://w3id.org/replygraph/ns> {…}} finds the vocabulary while
 * counts over the default graph stay counts of the letters' data.
 * <p>Why {@link DatasetGraphWrapperView}: ARQ unwraps ordinary wrappers to pick the query engine of
 * the dataset underneath, which would bypass {@link #getDefaultGraph()}.
 * <pre>{@code
 * DatasetGraph served = new UnionDefaultGraphView(CorpusBuilder.newDataset());
 * DatasetGraph withOntology = new UnionDefaultGraphView(letters, Vocabulary.GRAPH, ontology);
 * }</pre>
 */
public final class UnionDefaultGraphView extends DatasetGraphReadOnly implements DatasetGraphWrapperView {
    private final Node extraName;
    private final Graph extra;

    public UnionDefaultGraphView(DatasetGraph base) {
        super(base);
        this.extraName = null;
        this.extra = null;
    }

    /** The view plus a named graph {@code name} held outside {@code base}; base must not have one by that name. */
    UnionDefaultGraphView(DatasetGraph base, Node name, Graph graph) {
        super(base);
        this.extraName = name;
        this.extra = new GraphReadOnly(graph);
    }

    @Override
    public Graph getDefaultGraph() {
        return new GraphReadOnly(getWrapped().getUnionGraph());
    }

    @Override
    public Graph getGraph(Node name) {
        return isExtra(name) ? extra : super.getGraph(name);
    }

    @Override
    public boolean containsGraph(Node name) {
        return isExtra(name) || super.containsGraph(name);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        Iterator<Node> base = getWrapped().listGraphNodes();
        return extra == null ? base : Iter.concat(base, Iter.singletonIterator(extraName));
    }

    @Override
    public long size() {
        return getWrapped().size() + (extra == null ? 0 : 1);
    }

    @Override
    public Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (Quad.isDefaultGraph(g)) {
            return getWrapped().find(Quad.unionGraph, s, p, o);
        }
        if (isExtra(g)) {
            return extraQuads(s, p, o);
        }
        Iterator<Quad> base = getWrapped().find(g, s, p, o);
        return extra != null && isAny(g) ? Iter.concat(base, extraQuads(s, p, o)) : base;
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        if (isExtra(g)) {
            return extraQuads(s, p, o);
        }
        Iterator<Quad> base = getWrapped().findNG(g, s, p, o);
        return extra != null && isAny(g) ? Iter.concat(base, extraQuads(s, p, o)) : base;
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        if (Quad.isDefaultGraph(g)) {
            return getWrapped().contains(Quad.unionGraph, s, p, o);
        }
        if (isExtra(g)) {
            return extra.contains(s, p, o);
        }
        return getWrapped().contains(g, s, p, o) || (extra != null && isAny(g) && extra.contains(s, p, o));
    }

    private boolean isExtra(Node g) {
        return extra != null && extraName.equals(g);
    }

    private static boolean isAny(Node g) {
        return g == null || Node.ANY.equals(g);
    }

    private Iterator<Quad> extraQuads(Node s, Node p, Node o) {
        List<Quad> out = new ArrayList<>();
        extra.find(s, p, o).forEachRemaining(t -> out.add(Quad.create(extraName, t)));
        return out.iterator();
    }
}
