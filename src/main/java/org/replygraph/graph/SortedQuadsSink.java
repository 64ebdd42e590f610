package org.replygraph.graph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes built documents straight to a file, without a dataset: each document's triples in its named
 * graph and each entity-description triple in the {@link EntityGraph}, exactly the quads a
 * {@link DatasetSink} would hold, sorted and deduplicated through {@link SortedQuads} (sort runs
 * beside the output) and written through an {@link AtomicFile}. Memory stays flat as the corpus grows
 * (except for .rdf, which Jena writes from one in-memory graph).
 *
 * <pre>{@code
 * try (SortedQuadsSink sink = new SortedQuadsSink(Path.of("out/corpus.nq"), base)) {
 *     report = builder.build(inputs, sink);   // out/corpus.nq appears, complete, at finish()
 * }
 * }</pre>
 */
public final class SortedQuadsSink implements DocumentSink {
    private final AtomicFile file;
    private final SortedQuads quads;
    private final EntityGraph entities;
    /** Lines of documents prepared on worker threads and not yet added: at most the builder's window. */
    private final Map<String, String[]> prepared = new ConcurrentHashMap<>();
    /** One formatter per thread, kept from document to document (its buffer has grown to the longest line once). */
    private final ThreadLocal<LineFormat> formats;

    /** Opens the output now (its temporary file), so a folder that cannot be written fails before any build. */
    public SortedQuadsSink(Path output, String base) {
        this(output, base, SortedQuads.DEFAULT_BUFFER);
    }

    /** As {@link #SortedQuadsSink(Path, String)}, holding about {@code bufferBytes} of lines in memory. */
    public SortedQuadsSink(Path output, String base, long bufferBytes) {
        Objects.requireNonNull(output, "output");
        String ext = Exporter.extension(output);
        this.entities = new EntityGraph(base);
        this.file = AtomicFile.open(output);
        this.quads = new SortedQuads(ext, base, AtomicFile.folderOf(output), bufferBytes);
        this.formats = ThreadLocal.withInitial(() -> new LineFormat(quads.extension()));
    }

    /** Formats and sorts the document's lines on the worker thread that built it. */
    @Override
    public void prepare(BuiltDocument d) {
        prepared.put(d.fileName(), lines(d));
    }

    @Override
    public void add(BuiltDocument d) {
        String[] lines = prepared.remove(d.fileName());
        quads.addLines(lines != null ? lines : lines(d));
    }

    /** The document's lines in its graph, and its entity descriptions in the entities graph, sorted. */
    private String[] lines(BuiltDocument d) {
        LineFormat format = formats.get();
        List<String> lines = new ArrayList<>((int) (d.graph().size() * 3 / 2));
        entities.forEachQuad(d.graphName(), d.graph(), (g, t) -> lines.add(format.line(g, t)));
        String[] sorted = lines.toArray(String[]::new);
        Arrays.sort(sorted); // sorted runs make the sorter's buffer sort a cheap merge
        return sorted;
    }

    /** Adds a quad read from an RDF input (an earlier export), as it is. */
    public void add(Quad q) {
        quads.add(q);
    }

    /** The number of sorted runs spilled to disk so far. */
    public int runs() {
        return quads.runs();
    }

    /** Writes the sorted output and renames it over the target. */
    @Override
    public void finish() {
        finish(BuildProgress.NONE);
    }

    /** Writes the sorted output (telling {@code progress} the lines written as the runs merge) and renames it over the target. */
    @Override
    public void finish(BuildProgress progress) {
        try {
            quads.writeTo(file.stream(), progress::writing);
        } catch (IOException e) {
            throw AtomicFile.failure(file.target(), e);
        }
        file.commit();
    }

    /** Deletes the sort runs, and the temporary file when the build did not finish. */
    @Override
    public void close() {
        try {
            quads.close();
        } finally {
            file.close();
        }
    }
}
