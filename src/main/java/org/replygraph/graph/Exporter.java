package org.replygraph.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes a built dataset to a file, the format chosen by its extension: .ttl, .nt and .jsonld give the
 * union of the named graphs as one graph; .nq and .trig keep each document's named graph. N-Triples
 * and N-Quads come out sorted, so the same input gives byte-identical files in any file order.
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

    /** The extensions {@link #write} knows, in the order messages list them. */
    private static final List<String> FORMATS = List.of("ttl", "nt", "jsonld", "nq", "trig");
    /** The formats by extension, for messages: {@code .ttl, .nt, .jsonld, .nq, .trig}. */
    public static final String EXTENSIONS = String.join(", ", FORMATS.stream().map(f -> "." + f).toList());

    public void write(DatasetGraph ds, Path file) {
        String ext = extension(file);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (OutputStream out = Files.newOutputStream(file)) {
                write(ds, ext, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + " : " + reason(e), e);
        }
    }

    /**
     * NIO's exceptions carry only the path as their message ("/out/x.nq"); the reason is in their type
     * or {@code getReason()}.
     */
    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException f) return f.getFile() + " is a file, not a folder";
        if (e instanceof NoSuchFileException f) return "no such folder " + f.getFile();
        if (e instanceof AccessDeniedException f) return "permission denied on " + f.getFile();
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason() + ": " + f.getFile();
        return e.getMessage();
    }

    /** Writes in the format of {@code extension} (without the dot: ttl, nt, jsonld, nq, trig). */
    public void write(DatasetGraph ds, String extension, OutputStream out) throws IOException {
        switch (extension) {
            case "nt" -> out.write(sorted(RDFWriter.source(ds.getUnionGraph()).lang(Lang.NTRIPLES).asString()));
            case "nq" -> out.write(sorted(RDFWriter.source(ds).lang(Lang.NQUADS).asString()));
            case "ttl" -> RDFWriter.source(withPrefixes(ds.getUnionGraph())).format(RDFFormat.TURTLE_PRETTY).output(out);
            case "jsonld" -> RDFWriter.source(withPrefixes(ds.getUnionGraph())).format(RDFFormat.JSONLD_FLAT).output(out);
            case "trig" -> {
                DatasetGraph view = DatasetViews.namedOnly(ds);
                view.prefixes().putAll(Prefixes.of(base));
                RDFWriter.source(view).format(RDFFormat.TRIG_BLOCKS).output(out);
            }
            default -> throw new IllegalArgumentException("Illegal output extension=." + extension
                    + " : use one of " + EXTENSIONS);
        }
    }

    /** The lower-case extension of a file name, checked against the known formats. */
    public static String extension(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        if (!FORMATS.contains(ext))
            throw new IllegalArgumentException("Illegal output file=" + file + " : the extension must be one of " + EXTENSIONS);
        return ext;
    }

    private Graph withPrefixes(Graph union) {
        Graph g = GraphFactory.createDefaultGraph();
        union.find().forEachRemaining(g::add);
        g.getPrefixMapping().setNsPrefixes(Prefixes.of(base));
        return g;
    }

    /** Lines sorted in String order (UTF-16 code units), blank lines dropped: one canonical order, so equal data gives equal bytes. */
    static byte[] sorted(String lines) {
        String[] ls = lines.split("\n");
        Arrays.sort(ls);
        StringBuilder sb = new StringBuilder(lines.length() + 1);
        for (String l : ls) if (!l.isEmpty()) sb.append(l).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
