package org.replygraph.graph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
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
