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
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * <p>Bounded by {@link #trim(long)}: a hit sets its file's modification time, so the files least recently used
 * (read or written) go first until the folder holds no more than the bound. Entries of other rules, bases or
 * bytes are never read again, so they are the first to go; the rules' memo files ({@code rules-…}) are kept.
 * <pre>{@code
 * DocumentCache cache = new ExtractionCache(Path.of(System.getProperty("user.home"), ".cache/replygraph"), options);
 * new CorpusBuilder(options).withCache(cache).build(List.of(Path.of("seeds")), dataset);
 * cache.trim(512L << 20);     // the least recently used files go until the folder holds at most 512 MiB
 * }</pre>
 */
public final class ExtractionCache implements DocumentCache {
    private static final String HEADER = "# replygraph extracted document 1";
    private static final String GRAPH = "# graph ";
    private static final String ENTRY = "# entry ";
    /** The bound {@code serve} trims the folder to unless told otherwise: ~40,000 letters of ~12 KB. */
    public static final long DEFAULT_MAX_BYTES = 512L << 20;
    /** A temporary file older than this was left by a process that died while writing it. */
    private static final Duration ABANDONED = Duration.ofHours(1);
    private static final Pattern ENTRY_FILE = Pattern.compile("[0-9a-f]{64}\\.nt\\.gz");
    private static final Pattern SHARD = Pattern.compile("[0-9a-f]{2}");
    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private final Path dir;
    private final String version;
    private final String base;
    /** A folder of the same layout only read, never written or trimmed ({@link #packaged}); null when none. */
    private final Path readOnly;

    public ExtractionCache(Path dir, BuildOptions options) {
        this(dir, options, null);
    }

    /**
     * As {@link #ExtractionCache(Path, BuildOptions)}; a document not in {@code dir} is looked for in {@code readOnly}
     * (the graphs {@code mvn package} made of the seeds, {@link #packaged}), which is never written, touched or
     * trimmed; the rules' hash is read from there too when {@code dir} has not kept it yet. Null: no such folder.
     */
    public ExtractionCache(Path dir, BuildOptions options, Path readOnly) {
        this(dir, ExtractorVersion.of(options, dir, readOnly), options.baseIri(), readOnly);
    }

    /** A cache for documents built by rules of {@code version} under {@code base} (tests: another version). */
    ExtractionCache(Path dir, String version, String base) {
        this(dir, version, base, null);
    }

    ExtractionCache(Path dir, String version, String base, Path readOnly) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.version = Objects.requireNonNull(version, "version");
        this.base = Objects.requireNonNull(base, "base");
        this.readOnly = readOnly;
    }

    /**
     * The folder of graphs {@code mvn package} keeps beside the jar this class was loaded from,
     * {@code target/replygraph.graphs} beside {@code target/replygraph.jar} (as the class-data-sharing archive is
     * {@code target/replygraph.jsa}): the seeds' graphs and the rules' hash, made by running the packaged jar once on
     * the seeds, so a first {@code serve} of the seeds extracts nothing. Empty when the classes are not a jar or the
     * folder is absent (a jar copied elsewhere: its letters are extracted, as any others).
     */
    public static Optional<Path> packaged() {
        try {
            Path jar = Path.of(ExtractionCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String name = jar.getFileName().toString();
            if (!Files.isRegularFile(jar) || !name.endsWith(".jar")) return Optional.empty();
            Path folder = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + PACKAGED_SUFFIX);
            return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What {@link #packaged} adds to the jar's name, less its {@code .jar}. */
    public static final String PACKAGED_SUFFIX = ".graphs";

    /** The folder the documents are kept in. */
    public Path dir() {
        return dir;
    }

    @Override
    public Optional<BuiltDocument> find(SourceDocument source) {
        Path file = fileOf(source.fileName(), source.sha256());
        Optional<BuiltDocument> found = read(file, source);
        if (found.isPresent()) {
            touch(file);
            return found;
        }
        return readOnly == null ? found : read(readOnly.resolve(dir.relativize(file)), source);
    }

    /** The document kept in {@code file}, empty when there is none or it cannot be read back. */
    private static Optional<BuiltDocument> read(Path file, SourceDocument source) {
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

    /** A hit is a use: its time moves the file behind the ones {@link #trim} removes first. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // a read-only folder: the file keeps its time and may be trimmed sooner
        }
    }

    /** What {@link #trim} kept and removed (entry files only). */
    public record Trim(int kept, long keptBytes, int removed, long removedBytes) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "removed %d letters' graphs (%.1f MB), kept %d (%.1f MB)",
                    removed, removedBytes / 1e6, kept, keptBytes / 1e6);
        }
    }

    /**
     * Removes the least recently used entry files (oldest modification time first; a hit sets it) until the
     * folder's entries take at most {@code maxBytes}, and temporary files a dead process left behind. Other
     * processes may use the folder meanwhile: a file removed under a reader is a miss for it, never an error.
     */
    public Trim trim(long maxBytes) {
        if (maxBytes < 0) throw new IllegalArgumentException("Illegal maxBytes=" + maxBytes + " : a bound is at least 0");
        record Entry(Path file, long bytes, long time) { }
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        long now = System.currentTimeMillis();
        for (Path shard : list(dir)) {
            if (!SHARD.matcher(shard.getFileName().toString()).matches() || !Files.isDirectory(shard)) continue;
            for (Path f : list(shard)) {
                String name = f.getFileName().toString();
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    if (!a.isRegularFile()) continue;
                    if (ENTRY_FILE.matcher(name).matches()) {
                        entries.add(new Entry(f, a.size(), a.lastModifiedTime().toMillis()));
                        total += a.size();
                    } else if (name.startsWith(".") && name.endsWith(".tmp")
                            && now - a.lastModifiedTime().toMillis() > ABANDONED.toMillis()) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException e) {
                    // gone meanwhile (another process trimmed it) or unreadable: not counted
                }
            }
        }
        entries.sort(Comparator.comparingLong(Entry::time).thenComparing(Entry::file));
        int removed = 0;
        long removedBytes = 0;
        for (Entry e : entries) {
            if (total - removedBytes <= maxBytes) break;
            try {
                Files.deleteIfExists(e.file());
            } catch (IOException ex) {
                continue; // cannot be removed (a read-only folder): it still counts
            }
            removed++;
            removedBytes += e.bytes();
        }
        return new Trim(entries.size() - removed, total - removedBytes, removed, removedBytes);
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        } catch (IOException e) {
            return List.of(); // no folder yet, or unreadable: nothing to trim there
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
