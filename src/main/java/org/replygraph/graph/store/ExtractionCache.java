package org.replygraph.graph.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.BuildReport;
import org.replygraph.graph.BuiltDocument;
import org.replygraph.graph.DocumentCache;
import org.replygraph.ingest.SourceDocument;

/**
 * Each built document's graph kept in a folder, keyed by what decides it: the SHA-256 of the file's bytes,
 * the {@linkplain ExtractorVersion extractor version} (the rules, the reference data, {@code --publish-mobiles}),
 * the file name and the base IRI (the graph's IRIs are minted from both). {@code serve} on letters keeps its
 * documents here, so a restart on unchanged letters reads their graphs back instead of loading HanLP and
 * extracting (on the seeds about half of the CPU before the first page). A changed letter, another name, another
 * base or any change to the rules is another key: the stale entry is never read again. One gzipped file per
 * document, {@code DIR/ab/ab12…ef.nt.gz}: two comment lines (the graph's name, the report entry as JSON),
 * then the graph in N-Triples. A file that cannot be read back (cut short, another format) is a miss; one
 * that cannot be written (a full disk, a read-only folder) is not kept. Files are written to a temporary
 * name and renamed, so processes sharing the folder never read half a file; nothing is forced to disk
 * (a file lost in a crash is a miss).
 * <pre>{@code
 * DocumentCache cache = new ExtractionCache(Path.of(System.getProperty("user.home"), ".cache/replygraph"), options);
 * new CorpusBuilder(options).withCache(cache).build(List.of(Path.of("seeds")), dataset);
 * }</pre>
 */
public final class ExtractionCache implements DocumentCache {
    private static final String HEADER = "# replygraph extracted document 1";
    private static final String GRAPH = "# graph ";
    private static final String ENTRY = "# entry ";
    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private final Path dir;
    private final String version;
    private final String base;

    public ExtractionCache(Path dir, BuildOptions options) {
        this(dir, ExtractorVersion.of(options, dir), options.baseIri());
    }

    /** A cache for documents built by rules of {@code version} under {@code base} (tests: another version). */
    ExtractionCache(Path dir, String version, String base) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.version = Objects.requireNonNull(version, "version");
        this.base = Objects.requireNonNull(base, "base");
    }

    /** The folder the documents are kept in. */
    public Path dir() {
        return dir;
    }

    @Override
    public Optional<BuiltDocument> find(SourceDocument source) {
        Path file = fileOf(source.fileName(), source.sha256());
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            bytes = in.readAllBytes();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // cut short or not gzip: built again and written over
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int first = text.indexOf('\n');
        int second = first < 0 ? -1 : text.indexOf('\n', first + 1);
        int third = second < 0 ? -1 : text.indexOf('\n', second + 1);
        if (third < 0 || !text.substring(0, first).equals(HEADER)) return Optional.empty();
        String graphLine = text.substring(first + 1, second);
        String entryLine = text.substring(second + 1, third);
        if (!graphLine.startsWith(GRAPH) || !entryLine.startsWith(ENTRY)) return Optional.empty();
        try {
            BuildReport.DocumentEntry entry = JSON.fromJson(entryLine.substring(ENTRY.length()), BuildReport.DocumentEntry.class);
            if (entry == null || !source.fileName().equals(entry.file())) return Optional.empty();
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(text.substring(third + 1), Lang.NTRIPLES).parse(g);
            Node graphName = NodeFactory.createURI(graphLine.substring(GRAPH.length()));
            return Optional.of(new BuiltDocument(source.fileName(), source.sha256(), graphName, g, entry));
        } catch (JsonParseException | RiotException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty(); // an entry another format wrote (a field missing): built again and written over
        }
    }

    @Override
    public void put(BuiltDocument document) {
        Path file = fileOf(document.fileName(), document.sha256());
        Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                out.write((HEADER + "\n" + GRAPH + document.graphName().getURI() + "\n"
                        + ENTRY + JSON.toJson(document.entry()) + "\n").getBytes(StandardCharsets.UTF_8));
                RDFDataMgr.write(out, document.graph(), Lang.NTRIPLES);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // a cache that cannot keep a document costs its extraction next time, never this build
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file stays hidden; the next put of the same document writes another
            }
        }
    }

    /** {@code DIR/ab/ab12…ef.nt.gz}: the SHA-256 of the version, base, file name and the bytes' SHA-256. */
    Path fileOf(String fileName, String sha256) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((version + "\n" + base + "\n" + fileName + "\n" + sha256).getBytes(StandardCharsets.UTF_8));
            String key = HexFormat.of().formatHex(md.digest());
            return dir.resolve(key.substring(0, 2)).resolve(key + ".nt.gz");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash without SHA-256", e);
        }
    }
}
