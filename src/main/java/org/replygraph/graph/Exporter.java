package org.replygraph.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Writes a built dataset to a file, the format chosen by its extension ({@link DataFormat}): .ttl, .nt,
 * .jsonld and .rdf give the union of the named graphs as one graph; .nq and .trig keep each document's named graph. N-Triples
 * and N-Quads come out sorted, so the same input gives byte-identical files in any file order; .jsonld is
 * compacted with the server's {@code @context}, carried inline ({@link JsonLdWriter}). Every
 * format but .rdf streams through an external sort ({@link SortedQuads}); a file is replaced only
 * when it is complete ({@link AtomicFile}).
 *
 * <pre>{@code
 * new Exporter(RG.DEFAULT_BASE).write(dataset, Path.of("out/corpus.nq"));
 * }</pre>
 */
public final class Exporter {
    private final String base;

    public Exporter(String base) {
        this.base = base;
    }

    /** The formats by extension, for messages: {@code .ttl, .nt, .jsonld, .rdf, .nq, .trig} ({@link DataFormat}). */
    public static final String EXTENSIONS = DataFormat.extensions();

    /**
     * Writes {@code ds} to {@code file} through a temporary file beside it, renamed over it only when
     * complete ({@link AtomicFile}): a failed build never leaves a truncated file nor loses the old one.
     * The quads stream through a {@link SortedQuads} (sort runs beside the file), never one String.
     */
    public void write(DatasetGraph ds, Path file) {
        String ext = extension(file);
        AtomicFile.write(file, out -> {
            try (SortedQuads q = new SortedQuads(ext, base, AtomicFile.folderOf(file), SortedQuads.DEFAULT_BUFFER)) {
                addAll(ds, q);
                q.writeTo(out);
            }
        });
    }

    /** Writes in the format of {@code extension} (without the dot: ttl, nt, jsonld, rdf, nq, trig). */
    public void write(DatasetGraph ds, String extension, OutputStream out) throws IOException {
        checkExtension(extension);
        try (SortedQuads q = new SortedQuads(extension, base, null, SortedQuads.DEFAULT_BUFFER)) {
            addAll(ds, q);
            q.writeTo(out);
        }
    }

    /** Every quad of {@code ds}, read in a transaction when the dataset has them (TIM, TDB2). */
    private static void addAll(DatasetGraph ds, SortedQuads q) {
        if (ds.supportsTransactions() && !ds.isInTransaction()) {
            Txn.executeRead(ds, () -> ds.find().forEachRemaining(q::add));
        } else {
            ds.find().forEachRemaining(q::add);
        }
    }

    /** Checks an extension without its dot (ttl, nt, jsonld, rdf, nq, trig). */
    static void checkExtension(String extension) {
        if (DataFormat.byExtension(extension).isEmpty())
            throw new IllegalArgumentException("Illegal output extension=." + extension + " : use one of " + EXTENSIONS);
    }

    /** The lower-case extension of a file name, checked against the known formats. */
    public static String extension(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        if (DataFormat.byExtension(ext).isEmpty())
            throw new IllegalArgumentException("Illegal output file=" + file + " : the extension must be one of " + EXTENSIONS);
        return ext;
    }
}
