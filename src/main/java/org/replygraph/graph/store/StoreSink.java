package org.replygraph.graph.store;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.BuiltDocument;
import org.replygraph.graph.DocumentSink;
import org.replygraph.graph.EntityGraph;
import org.replygraph.graph.IriMinter;
import org.replygraph.graph.RG;

/**
 * Writes built documents into a TDB2 store incrementally. A document whose stored graph has the same
 * {@code rg:sha256} and {@code rg:extractorVersion} is current: the builder skips it. A changed document's
 * graph is removed and written again inside one transaction, so readers see the old or the new version,
 * never half of one. Documents go in batches ({@value #BATCH_DOCUMENTS} documents or
 * {@value #BATCH_QUADS} quads per transaction, performance-notes trap 3); each commit leaves the store
 * consistent, entities graph included: before it, every entity a removed or replaced graph described is
 * described again as the distinct union of the copies in the graphs that remain (added graphs' copies are
 * simply added, as {@link org.replygraph.graph.DatasetSink} does). With {@code prune}, {@link #finish()}
 * also removes the documents this build was not given.
 *
 * <pre>{@code
 * try (StoreSink sink = new StoreSink(store.dataset(), options, true)) {
 *     BuildReport r = builder.build(inputs, sink);     // r.unchanged(): skipped, not extracted
 *     sink.summary();                                   // 3 added, 1 replaced, 2 removed
 * }
 * }</pre>
 * One writer thread of the sink's own owns the write transactions, so writing overlaps extraction: it
 * gives each document's nodes their ids as the document arrives, and writes the indexes in slices
 * whenever no document waits (before, a batch's quads were all written at its end while extraction
 * stood still: on 2,000 letters, one batch, nothing overlapped). {@link #add} hands documents over in order (it blocks when {@value #QUEUED} wait), {@link #finish}
 * returns once the last batch is committed, and {@link #isCurrent} may be asked from any thread.
 * {@link #summary()} and {@link #changedGraphs()} are read after {@link #finish()}.
 */
public final class StoreSink implements DocumentSink {
    public static final int BATCH_DOCUMENTS = 2000;
    public static final long BATCH_QUADS = 1_000_000;

    /** What a build changed in the store. */
    public record Summary(int added, int replaced, int removed) {
        @Override
        public String toString() {
            return added + " added, " + replaced + " replaced, " + removed + " removed";
        }
    }

    private final DatasetGraph store;
    private final IriMinter minter;
    private final EntityGraph entities;
    private final Node version;
    private final boolean prune;
    private final int batchDocuments;
    private final long batchQuads;
    private final Set<Node> given = ConcurrentHashMap.newKeySet();
    private final Set<Node> redescribe = new HashSet<>();
    private final Set<Node> changed = new HashSet<>();
    private final Set<Node> changedNodes = new HashSet<>();
    /**
     * The open transaction's quads: node ids allocated as each document arrives, the indexes written in
     * slices while no document waits and the rest at the batch's end (null between transactions).
     */
    private StoredQuads quads;
    /** Documents built but not yet written: extraction runs ahead of the writer by at most this many. */
    private static final int QUEUED = 64;
    private static final Object FINISH = new Object();
    private static final Object ABANDON = new Object();
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
    private volatile Thread writer;
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private IntConsumer onCommit = n -> { };
    /** Set by {@link #oneTransactionIntoAnEmptyStore()}: asked for, then decided by the writer when it starts. */
    private boolean oneTransactionWhenEmpty;
    private boolean oneTransaction;
    private int chunkQuads = StoredQuads.CHUNK;
    private int sliceInserts = StoredQuads.SLICE;
    private int commits;
    private int inBatch;
    private long quadsInBatch;
    private int added;
    private int replaced;
    private int removed;
    private int committed;

    public StoreSink(DatasetGraph store, BuildOptions options, boolean prune) {
        this(store, options, prune, BATCH_DOCUMENTS, BATCH_QUADS);
    }

    /** With batch limits of the caller's (tests make them small to see several commits). */
    public StoreSink(DatasetGraph store, BuildOptions options, boolean prune, int batchDocuments, long batchQuads) {
        this.store = Objects.requireNonNull(store, "store");
        this.minter = new IriMinter(options.baseIri());
        this.entities = new EntityGraph(options.baseIri());
        this.version = NodeFactory.createLiteralString(ExtractorVersion.of(options));
        this.prune = prune;
        if (batchDocuments < 1 || batchQuads < 1)
            throw new IllegalArgumentException("Illegal batch=" + batchDocuments + " documents, " + batchQuads
                    + " quads : a batch holds at least one document and one quad");
        this.batchDocuments = batchDocuments;
        this.batchQuads = batchQuads;
    }

    /** Called after each commit with the number of documents committed so far (progress, tests). */
    public StoreSink onCommit(IntConsumer listener) {
        this.onCommit = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * A build into an empty store goes in one write transaction: each batch's quads are still written to
     * the indexes when the batch is full (memory stays flat), but committed once, at {@link #finish()}.
     * Why: TDB2 copies every B+tree block a transaction touches (copy-on-write) and keeps the old copy
     * until the store is compacted; batches that each touch most of an index (POSG, OSPG, SPOG take a
     * new letter's quads all over their key range) left 54 GB on disk at 100,000 letters. In one
     * transaction a block is copied once. A {@code kill -9} then leaves the store empty (its last commit),
     * and a build into a store that already holds documents keeps its batches of commits.
     */
    public StoreSink oneTransactionIntoAnEmptyStore() {
        this.oneTransactionWhenEmpty = true;
        return this;
    }

    /**
     * Quads per chunk and index inserts per slice of {@link StoredQuads} (tests make them small to see
     * many chunks written in slices between documents).
     */
    StoreSink chunks(int chunkQuads, int sliceInserts) {
        this.chunkQuads = chunkQuads;
        this.sliceInserts = sliceInserts;
        return this;
    }

    /** Write transactions committed so far (after {@link #finish()}: by the whole build). */
    public int commits() {
        return commits;
    }

    @Override
    public boolean isCurrent(String fileName, String sha256) {
        Node graph = minter.graph(fileName);
        given.add(graph);
        Node doc = minter.document(fileName);
        Node sha = NodeFactory.createLiteralString(sha256);
        // The writer thread holds the write transaction; this reads the last commit (MVCC), which is enough:
        // a build asks about each file once, before handing it over.
        return Txn.calculateRead(store, () -> current(graph, doc, sha));
    }

    private boolean current(Node graph, Node doc, Node sha) {
        return store.contains(graph, doc, RG.sha256, sha) && store.contains(graph, doc, RG.extractorVersion, version);
    }

    /** Hands the document to the writer thread (blocks while {@value #QUEUED} documents wait). */
    @Override
    public void add(BuiltDocument d) {
        given.add(d.graphName());
        hand(d);
    }

    /** Prunes (when asked) and commits what is left of the last batch; returns when it is committed. */
    @Override
    public void finish() {
        hand(FINISH);
        join();
        if (failure != null) throw failed();
    }

    /**
     * A build given up (not finished): documents not yet written are dropped, the transaction in progress
     * is aborted, commits made stay. The writer is told with a marker, never interrupted: an interrupt
     * closes TDB2's file channels under it.
     */
    @Override
    public void close() {
        if (writer != null && writer.isAlive()) {
            abandoned = true;
            queue.clear();
            while (writer.isAlive() && !queue.offer(ABANDON)) queue.clear();
            join();
        }
    }

    private void hand(Object item) {
        startWriter();
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS))
                if (failure != null || !writer.isAlive()) throw failed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while handing a document to the store writer", e);
        }
        if (failure != null) throw failed();
    }

    private synchronized void startWriter() {
        if (writer != null) return;
        writer = new Thread(this::writeAll, "replygraph-store-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private void join() {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while the store writer finished", e);
        }
    }

    private StoreException failed() {
        Throwable f = failure;
        return f == null ? new StoreException("the store writer stopped")
                : new StoreException("cannot write the store: " + f.getMessage(), f);
    }

    /**
     * The writer thread: TDB2 transactions belong to a thread, so this one owns the write transaction
     * while the builder extracts the next letters (writing overlaps extraction).
     */
    private void writeAll() {
        try {
            oneTransaction = oneTransactionWhenEmpty && Txn.calculateRead(store, store::isEmpty);
            while (!abandoned) {
                // Index work waiting: do a slice of it whenever no document waits (writing overlaps extraction).
                Object item = quads != null && quads.hasWork() ? queue.poll() : queue.take();
                if (item == null) {
                    quads.step();
                    continue;
                }
                if (item == ABANDON) return;
                if (item == FINISH) {
                    writeFinish();
                    return;
                }
                write((BuiltDocument) item);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            if (store.isInTransaction()) {
                store.abort();
                store.end();
            }
        }
    }

    private void write(BuiltDocument d) {
        Node graph = d.graphName();
        begin();
        if (removeGraph(graph)) replaced++;
        else added++;
        changed.add(graph);
        Node shared = entities.name();
        entities.forEachQuad(d.graphName(), d.graph(), (g, t) -> {
            // In the form the store reads back ("13"^^xsd:decimal as 13.0), so that what a reader finds is found again
            // by its own lookup (the union dumps missed every non-canonical decimal) and equals what serve in memory holds.
            quads.add(g, t.getSubject(), t.getPredicate(), StoredForm.of(t.getObject()));
            if (g.equals(shared)) changedNodes.add(t.getSubject());
        });
        Node doc = NodeFactory.createURI(d.entry().iri());
        quads.add(graph, doc, RG.extractorVersion, version);
        quads.keepUp();
        changedNodes.add(doc);
        inBatch++;
        quadsInBatch += d.graph().size();
        if (inBatch >= batchDocuments || quadsInBatch >= batchQuads) {
            if (oneTransaction) flush();
            else commit();
        }
    }

    private void writeFinish() {
        if (prune) {
            List<Node> gone = (store.isInTransaction() ? storedDocumentGraphs()
                    : Txn.calculateRead(store, this::storedDocumentGraphs)).stream().filter(g -> !given.contains(g)).toList();
            if (!gone.isEmpty()) begin();
            for (Node graph : gone) {
                if (removeGraph(graph)) removed++;
                changed.add(graph);
            }
        }
        if (store.isInTransaction()) commit();
    }

    public Summary summary() {
        return new Summary(added, replaced, removed);
    }

    /**
     * The graphs this build added, replaced or removed: what an index kept beside the store (search) must
     * update once the build has finished, however it is kept.
     */
    public Set<Node> changedGraphs() {
        return Set.copyOf(changed);
    }

    /**
     * The documents and entities whose description this build may have changed (added, replaced or removed
     * documents, and every entity they describe or described): what a search index re-reads.
     */
    public Set<Node> changedNodes() {
        return Set.copyOf(changedNodes);
    }

    private void begin() {
        if (store.isInTransaction()) return;
        store.begin(TxnType.WRITE);
        quads = new StoredQuads(store, chunkQuads, sliceInserts);
    }

    private void commit() {
        flush();
        store.commit();
        store.end();
        quads = null;
        commits++;
        onCommit.accept(committed);
    }

    /** Writes the batch's quads and redescriptions into the open transaction, without committing it. */
    private void flush() {
        quads.flush();
        redescribe();
        committed += inBatch;
        inBatch = 0;
        quadsInBatch = 0;
    }

    /** Removes a document's graph, noting the entities it described; false when there was none. */
    private boolean removeGraph(Node graph) {
        boolean any = false;
        var it = store.find(graph, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            any = true;
            if (entities.isEntity(q.getSubject())) {
                redescribe.add(q.getSubject());
                changedNodes.add(q.getSubject());
            } else if (q.getPredicate().equals(RG.sha256)) {
                changedNodes.add(q.getSubject()); // the document itself
            }
        }
        if (any) quads.removeAll(graph, Node.ANY);
        return any;
    }

    /**
     * Each entity a removed graph described, described again in the entities graph as the distinct union
     * of its descriptions in the letters' graphs that remain (their copies): what only a removed letter
     * said goes, what others also said stays.
     */
    private void redescribe() {
        if (redescribe.isEmpty()) return;
        Node shared = entities.name();
        for (Node entity : redescribe) {
            quads.removeAll(shared, entity);
            quads.copySubjectInto(entity, shared);
        }
        redescribe.clear();
    }

    /** The graphs of every stored document (those whose document has an rg:sha256). */
    private List<Node> storedDocumentGraphs() {
        Set<Node> graphs = new HashSet<>();
        store.find(Node.ANY, Node.ANY, RG.sha256, Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph()));
        graphs.remove(entities.name());
        return List.copyOf(graphs);
    }
}
