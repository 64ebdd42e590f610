package org.replygraph.graph.store;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * {@link #add} and {@link #finish} run on one thread (TDB2 transactions belong to a thread);
 * {@link #isCurrent} may be asked from any.
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
    private IntConsumer onCommit = n -> { };
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

    @Override
    public boolean isCurrent(String fileName, String sha256) {
        Node graph = minter.graph(fileName);
        given.add(graph);
        Node doc = minter.document(fileName);
        Node sha = NodeFactory.createLiteralString(sha256);
        // Inside this thread's write transaction the store is read directly (it sees the batch so far);
        // any other thread reads the last commit.
        return store.isInTransaction() ? current(graph, doc, sha)
                : Txn.calculateRead(store, () -> current(graph, doc, sha));
    }

    private boolean current(Node graph, Node doc, Node sha) {
        return store.contains(graph, doc, RG.sha256, sha) && store.contains(graph, doc, RG.extractorVersion, version);
    }

    @Override
    public void add(BuiltDocument d) {
        Node graph = d.graphName();
        given.add(graph);
        begin();
        if (removeGraph(graph)) replaced++;
        else added++;
        changed.add(graph);
        Node shared = entities.name();
        d.graph().find().forEachRemaining(t -> {
            store.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
            if (entities.isDescription(t)) store.add(shared, t.getSubject(), t.getPredicate(), t.getObject());
        });
        store.add(graph, NodeFactory.createURI(d.entry().iri()), RG.extractorVersion, version);
        inBatch++;
        quadsInBatch += d.graph().size();
        if (inBatch >= batchDocuments || quadsInBatch >= batchQuads) commit();
    }

    /** Prunes (when asked) and commits what is left of the last batch. */
    @Override
    public void finish() {
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

    @Override
    public void close() {
        if (store.isInTransaction()) {
            store.abort();
            store.end();
        }
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

    private void begin() {
        if (!store.isInTransaction()) store.begin(TxnType.WRITE);
    }

    private void commit() {
        redescribe();
        store.commit();
        store.end();
        committed += inBatch;
        inBatch = 0;
        quadsInBatch = 0;
        onCommit.accept(committed);
    }

    /** Removes a document's graph, noting the entities it described; false when there was none. */
    private boolean removeGraph(Node graph) {
        boolean any = false;
        var it = store.find(graph, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            any = true;
            if (entities.isEntity(q.getSubject())) redescribe.add(q.getSubject());
        }
        if (any) new StoredQuads(store).removeAll(graph, Node.ANY);
        return any;
    }

    /**
     * Each entity a removed graph described, described again in the entities graph as the distinct union
     * of its descriptions in the letters' graphs that remain (their copies): what only a removed letter
     * said goes, what others also said stays.
     */
    private void redescribe() {
        if (redescribe.isEmpty()) return;
        StoredQuads quads = new StoredQuads(store);
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
