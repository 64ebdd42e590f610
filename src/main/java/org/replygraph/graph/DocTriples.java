package org.replygraph.graph;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.GraphEvents;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * One document's triples as {@link GraphWriter} writes them: a set (a triple written twice is held
 * once) without indexes. Every sink only iterates a document's few hundred triples once, into a
 * sorted file, a dataset or a store, so Jena's in-memory graph, which keeps three hash indexes and
 * was ~5% of a build's CPU (and one of the methods the JIT compiled again and again), is not needed
 * here. A find with a pattern scans the set, which is fine for one letter (tests, isomorphism checks).
 *
 * <pre>{@code
 * DocTriples g = new DocTriples();
 * g.add(Triple.create(doc, RDF.type.asNode(), RG.ReplyLetter));
 * g.add(Triple.create(doc, RDF.type.asNode(), RG.ReplyLetter));
 * g.size();                    // 1
 * g.find().forEachRemaining(t -> ...);   // in the order first written
 * }</pre>
 */
final class DocTriples extends GraphBase {
    private final Set<Triple> triples = new LinkedHashSet<>(512);

    @Override
    public void performAdd(Triple t) {
        triples.add(t);
    }

    @Override
    public void performDelete(Triple t) {
        triples.remove(t);
    }

    @Override
    protected int graphBaseSize() {
        return triples.size();
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return t.isConcrete() ? triples.contains(t) : super.graphBaseContains(t);
    }

    @Override
    public void clear() {
        triples.clear();
        getEventManager().notifyEvent(this, GraphEvents.removeAll);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getSubject(), p = pattern.getPredicate(), o = pattern.getObject();
        if (!s.isConcrete() && !p.isConcrete() && !o.isConcrete()) return WrappedIterator.create(triples.iterator());
        return WrappedIterator.create(triples.iterator()).filterKeep(pattern::matches);
    }
}
