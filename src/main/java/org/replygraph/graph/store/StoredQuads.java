package org.replygraph.graph.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Node;
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
 * Only inside a write transaction, one instance per transaction: quads added wait in it until
 * {@link #flush()}, which must come before the transaction reads the indexes or commits.
 */
final class StoredQuads {
    /** Quads per chunk written index by index (by default): large enough to keep the inserts in key order. */
    static final int CHUNK = 100_000;
    /** Inserts per {@link #step()} (by default): a few milliseconds, so a waiting document is taken soon. */
    static final int SLICE = 5_000;

    private final DatasetGraphTDB tdb;
    private final NodeTupleTable quads;
    private final int chunk;
    private final int slice;
    private List<Tuple<NodeId>> filling = new ArrayList<>();
    private final ArrayDeque<Chunk> sealed = new ArrayDeque<>();

    StoredQuads(DatasetGraph store) {
        this(store, CHUNK, SLICE);
    }

    /** With chunks and slices of the caller's (tests make them small to see many). */
    StoredQuads(DatasetGraph store, int chunk, int slice) {
        if (chunk < 1 || slice < 1)
            throw new IllegalArgumentException("Illegal chunk=" + chunk + ", slice=" + slice + " : both at least 1");
        this.tdb = TDBInternal.getDatasetGraphTDB(store);
        this.quads = tdb.getQuadTable().getNodeTupleTable();
        this.chunk = chunk;
        this.slice = slice;
    }

    /**
     * Adds a quad: its nodes get their ids now (the node table's half of an insert), the indexes get it
     * later, from {@link #step()} or {@link #flush()}. Quads wait in chunks of {@value #CHUNK}; each chunk
     * is written index by index, each index's inserts in its own key order, as Jena's bulk loaders do:
     * B+tree pages are then touched in order instead of at random (one quad at a time in arrival order
     * was 2.92x the loader). Same transaction, same tuples as {@code add} one by one.
     */
    void add(Node g, Node s, Node p, Node o) {
        NodeTable nodes = quads.getNodeTable();
        filling.add(TupleFactory.tuple(nodes.getAllocateNodeId(g), nodes.getAllocateNodeId(s),
                nodes.getAllocateNodeId(p), nodes.getAllocateNodeId(o)));
        if (filling.size() >= chunk) seal();
    }

    /** Whether full chunks wait for the indexes (work {@link #step()} can do now). */
    boolean hasWork() {
        return !sealed.isEmpty();
    }

    /**
     * Writes a slice of the waiting chunks into the indexes (one index's sort, or up to {@value #SLICE}
     * inserts by default): the store writer calls it while no document waits, so the indexes are written while the
     * next letters are extracted instead of all at the batch's end.
     */
    void step() {
        Chunk c = sealed.peek();
        if (c != null && c.step(quads.getTupleTable().getIndexes(), slice)) sealed.poll();
    }

    /**
     * Writes waiting chunks into the indexes until at most one waits: the store writer calls it after each
     * document, so the indexes keep up with the node table while letters arrive faster than it can take them
     * (a JFR profile at load ~20: with slices only while no document waited, the node ids kept pace with
     * extraction but the index inserts were all left for after it).
     */
    void keepUp() {
        while (sealed.size() > 1) step();
    }

    /** Writes every quad added so far into the indexes (before a read of them, or a commit). */
    void flush() {
        seal();
        while (!sealed.isEmpty()) step();
    }

    private void seal() {
        if (filling.isEmpty()) return;
        sealed.add(new Chunk(filling));
        filling = new ArrayList<>();
    }

    /** Quads (as node ids) on their way into the indexes: index {@code index} has the first {@code done}. */
    private static final class Chunk {
        private final List<Tuple<NodeId>> tuples;
        private int index;
        private int done;
        private boolean sorted;

        Chunk(List<Tuple<NodeId>> tuples) {
            this.tuples = tuples;
        }

        /** One slice of work; true once every index holds every tuple. */
        boolean step(TupleIndex[] indexes, int slice) {
            TupleIndex target = indexes[index];
            if (!sorted) {
                TupleMap order = target.getMapping();
                tuples.sort((a, b) -> compare(order.map(a), order.map(b)));
                sorted = true;
                return false;
            }
            int end = Math.min(tuples.size(), done + slice);
            for (int i = done; i < end; i++) target.add(tuples.get(i));
            done = end;
            if (done < tuples.size()) return false;
            index++;
            done = 0;
            sorted = false;
            return index == indexes.length;
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
