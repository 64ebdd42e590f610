package org.replygraph.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.BuildReport;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.IriMinter;

/**
 * Adds one letter, given as its file name and bytes, to a store that is being served: the same
 * {@link CorpusBuilder} and {@link StoreSink} as {@code build --store}, so the entities graph stays right,
 * in one write transaction, so readers (pages, SPARQL) go on and see the letter all at once when it
 * commits. Ingests run one at a time (TDB2 has one writer).
 *
 * <pre>{@code
 * StoreIngest ingest = new StoreIngest(store.dataset(), options);
 * StoreIngest.Result r = ingest.ingest("c200_new.txt", bytes);   // r.status(): ADDED
 * }</pre>
 */
public final class StoreIngest {
    /** A letter's file name: no folder part, not hidden, one of the extensions builds read. */
    private static final Pattern FILE_NAME = Pattern.compile("[^/\\\\.\\x00-\\x1f][^/\\\\\\x00-\\x1f]{0,199}\\.(txt|html|htm)");

    public enum Status { ADDED, REPLACED, UNCHANGED, FAILED }

    /**
     * What one ingest did: the document's IRI (null when it failed) or the reason it failed, and the
     * documents and entities whose description changed (for the search index).
     */
    public record Result(String fileName, Status status, String iri, String reason, Set<Node> changed) { }

    private final DatasetGraph store;
    private final BuildOptions options;
    private final CorpusBuilder builder;

    /** The store letters are ingested into. */
    public DatasetGraph dataset() {
        return store;
    }

    public StoreIngest(DatasetGraph store, BuildOptions options) {
        this.store = Objects.requireNonNull(store, "store");
        this.options = Objects.requireNonNull(options, "options");
        this.builder = new CorpusBuilder(options);
    }

    /** Whether {@code fileName} can name a letter: {@code 2024_reply.txt} yes, {@code ../x.txt} or {@code a.pdf} no. */
    public static boolean isLetterName(String fileName) {
        return fileName != null && FILE_NAME.matcher(fileName).matches();
    }

    /** Builds the letter into the store; an unacceptable name is an {@link IllegalArgumentException}. */
    public synchronized Result ingest(String fileName, byte[] bytes) {
        if (!isLetterName(fileName))
            throw new IllegalArgumentException("Illegal file name=" + fileName
                    + " : a letter's name has no folder part and ends in .txt, .html or .htm");
        Path dir = null;
        try {
            dir = Files.createTempDirectory("replygraph-ingest");
            Path file = Files.write(dir.resolve(fileName), bytes);
            try (StoreSink sink = new StoreSink(store, options, false)) {
                BuildReport report = builder.build(List.of(file), sink);
                return result(fileName, report, sink, new IriMinter(options.baseIri()).document(fileName).getURI());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage " + fileName + " for ingest : " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir, fileName);
        }
    }

    private static Result result(String fileName, BuildReport report, StoreSink sink, String iri) {
        if (!report.failures().isEmpty())
            return new Result(fileName, Status.FAILED, null, report.failures().get(0).reason(), Set.of());
        if (!report.unchanged().isEmpty()) return new Result(fileName, Status.UNCHANGED, iri, null, Set.of());
        return new Result(fileName, sink.summary().replaced() > 0 ? Status.REPLACED : Status.ADDED, iri, null, sink.changedNodes());
    }

    private static void deleteQuietly(Path dir, String fileName) {
        if (dir == null) return;
        try {
            Files.deleteIfExists(dir.resolve(fileName));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A temporary copy left behind costs disk, not data: the letter is in the store or reported failed.
            dir.toFile().deleteOnExit();
        }
    }
}
