package org.replygraph.graph;

/**
 * Where built documents go, one at a time and in input order: an in-memory dataset
 * ({@link DatasetSink}), a persistent store, or a sorted file. {@link #finish()} is called once after
 * the last document of a build that was not abandoned.
 *
 * <pre>{@code
 * try (DocumentSink sink = new DatasetSink(dataset, base)) {
 *     report = builder.build(inputs, sink);
 * }
 * }</pre>
 */
public interface DocumentSink extends AutoCloseable {
    /**
     * Whether the sink already holds this document as these bytes (same name, same SHA-256, same
     * extractor version): the builder then skips its extraction and reports it unchanged. Asked
     * before extraction, from any thread.
     */
    default boolean isCurrent(String fileName, String sha256) {
        return false;
    }

    /**
     * Work on one document that needs no order, done on the worker thread that built it before the
     * document is handed to {@link #add} (e.g. formatting and sorting its lines), so the one thread
     * that feeds the sink does not limit a build on many cores. Called concurrently for different
     * documents, and concurrently with {@code add} of earlier ones; a throwable here is that
     * document's failure. A document may reach {@code add} without it (a caller outside the builder).
     */
    default void prepare(BuiltDocument document) { }

    /**
     * The extension of the file whose lines this sink takes documents as ({@link BuiltDocument#lines()}, made
     * from the facts on the worker thread with no Jena graph in between), or null for a Jena graph (the default).
     */
    default String lineExtension() {
        return null;
    }

    /** Takes one document's graph, or its lines when the sink asked for them ({@link #lineExtension()}). */
    void add(BuiltDocument document);

    /** Called once when every document has been added: commit, flush, derive what spans documents. */
    default void finish() { }

    /** As {@link #finish()}, telling {@code progress} how a long last step advances (the builder calls this one). */
    default void finish(BuildProgress progress) {
        finish();
    }

    /** Releases what the sink holds (a transaction not finished is aborted). */
    @Override
    default void close() { }
}
