package org.replygraph.graph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Removes and copies quads of a TDB2 dataset by their stored ids, not by the nodes read back. Why:
 * Jena 5's TDB2 stores {@code "13"^^xsd:decimal} inline and reads it back as {@code 13.0}, whose id differs;
 * {@code deleteAny}, which deletes what {@code find} returns, then leaves those quads behind, and copying
 * what {@code find} returns would store a second form of the same value. Ids round-trip exactly.
 * Only inside a write transaction.
 */
final class StoredQuads {
    private final DatasetGraphTDB tdb;
    private final NodeTupleTable quads;

    StoredQuads(DatasetGraph store) {
        this.tdb = TDBInternal.getDatasetGraphTDB(store);
        this.quads = tdb.getQuadTable().getNodeTupleTable();
    }

    /**
     * Adds a batch of quads index by index, each index's inserts in its own key order, as Jena's bulk
     * loaders do: B+tree pages are then touched once in order instead of at random (the writer spent its
     * time in page lookups and promotions). Same transaction, same tuples as {@code add} one by one.
     */
    void addAll(List<Quad> batch) {
        NodeTable nodes = quads.getNodeTable();
        List<Tuple<NodeId>> tuples = new ArrayList<>(batch.size());
        for (Quad q : batch)
            tuples.add(TupleFactory.tuple(nodes.getAllocateNodeId(q.getGraph()), nodes.getAllocateNodeId(q.getSubject()),
                    nodes.getAllocateNodeId(q.getPredicate()), nodes.getAllocateNodeId(q.getObject())));
        for (TupleIndex index : quads.getTupleTable().getIndexes()) {
            TupleMap order = index.getMapping();
            tuples.sort((a, b) -> compare(order.map(a), order.map(b)));
            for (Tuple<NodeId> t : tuples) index.add(t);
        }
    }

    private static int compare(Tuple<NodeId> a, Tuple<NodeId> b) {
        for (int i = 0; i < a.len(); i++) {
            int c = NodeId.compare(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return 0;
    }

    /** Removes every quad of graph {@code g} with subject {@code s} ({@code Node.ANY} for any). */
    void removeAll(Node g, Node s) {
        tdb.getData().removeAll(g, s, Node.ANY, Node.ANY);
    }

    /** Copies every quad whose subject is {@code s}, from any graph but {@code target}, into {@code target}. */
    void copySubjectInto(Node s, Node target) {
        NodeId targetId = quads.getNodeTable().getAllocateNodeId(target);
        List<Tuple<NodeId>> copies = new ArrayList<>();
        quads.findAsNodeIds(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.get(0).equals(targetId)) copies.add(TupleFactory.tuple(targetId, t.get(1), t.get(2), t.get(3)));
        });
        for (Tuple<NodeId> t : copies) quads.getTupleTable().add(t);
    }
}
