package org.replygraph.graph;

import java.io.IOException;
import java.nio.file.Path;
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
    /** Lines of documents given as graphs (from a cache), prepared on worker threads and not yet added: at most the builder's window. */
    private final Map<String, SortedLineBlock> prepared = new ConcurrentHashMap<>();

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
    }

    /** The documents' lines, made and sorted by the builder's worker threads ({@link LineTripleSink}). */
    @Override
    public String lineExtension() {
        return quads.extension();
    }

    /** Formats and sorts the lines of a document given as a graph (one from a cache) on the worker thread that read it. */
    @Override
    public void prepare(BuiltDocument d) {
        if (d.lines() == null) prepared.put(d.fileName(), lines(d));
    }

    @Override
    public void add(BuiltDocument d) {
        SortedLineBlock lines = d.lines() != null ? d.lines() : prepared.remove(d.fileName());
        quads.add(lines != null ? lines : lines(d));
    }

    /** A graph's triples as this file's lines, through the same sink a build writes them to. */
    private SortedLineBlock lines(BuiltDocument d) {
        LineTripleSink out = new LineTripleSink(quads.extension(), Term.of(d.graphName()), entities);
        d.graph().find().forEachRemaining(t -> out.triple(Term.of(t.getSubject()), Term.of(t.getPredicate()), Term.of(t.getObject())));
        return out.finish();
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
