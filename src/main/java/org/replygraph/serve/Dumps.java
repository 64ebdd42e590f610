package org.replygraph.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.replygraph.graph.DataFormat;

/**
 * The dumps, written once per version of the data to files in a temporary folder, so every request
 * gets the real {@code Content-Length}, a strong {@code ETag} (from the SHA-256 of the bytes), byte
 * ranges, and VoID can state each file's size and checksum. The first request for a dump writes it
 * with the other dump of its kind in one pass, the other requests waiting for it; the VoID
 * description does not wait: it asks for them in the background ({@link #writeInBackground()}) and
 * lists {@link #ready} ones with size and checksum. After {@link Site#dataChanged} the next request
 * writes them again. The folder goes with {@link #close()}.
 * <ul>
 * <li>{@code /dump.ttl}, {@code /dump.nt.gz}: the default graph, the union of the letters' graphs,
 *     ontology NOT included;</li>
 * <li>{@code /dump.nq.gz}, {@code /dump.trig.gz}: every named graph, the ontology's
 *     {@code <https://w3id.org/replygraph/ns>} included.</li>
 * </ul>
 * Graph by graph in IRI order, each graph's triples in N-Triples order: the same data gives the same
 * bytes whatever order it was loaded in; never more than one graph's triples in memory.
 */
final class Dumps implements AutoCloseable {
    /** One dump: its path, format and whether it is gzipped. */
    enum Dump {
        TTL("/dump.ttl", DataFormat.TURTLE, false),
        NT_GZ("/dump.nt.gz", DataFormat.NTRIPLES, true),
        NQ_GZ("/dump.nq.gz", DataFormat.NQUADS, true),
        TRIG_GZ("/dump.trig.gz", DataFormat.TRIG, true);

        final String path;
        final DataFormat format;
        final boolean gzip;

        Dump(String path, DataFormat format, boolean gzip) {
            this.path = path;
            this.format = format;
            this.gzip = gzip;
        }

        /** The Content-Type it is served with: the format's, or {@code application/gzip}. */
        String contentType() {
            return gzip ? "application/gzip" : format.mediaType() + ";charset=utf-8";
        }

        static Optional<Dump> byPath(String path) {
            for (Dump d : values()) if (d.path.equals(path)) return Optional.of(d);
            return Optional.empty();
        }
    }

    /** A written dump: the file, its length, its SHA-256 in hex, and the data version it holds. */
    record Written(Path file, long length, String sha256, Instant version) {
        String etag() {
            return "\"" + sha256.substring(0, 32) + "\"";
        }
    }

    private final Site site;
    private final Path folder;
    private final Map<Dump, Written> written = new ConcurrentHashMap<>();
    private final Map<Dump, Object> locks = new ConcurrentHashMap<>();
    /** The data version a background write is queued or running for; null when none is. */
    private final AtomicReference<Instant> scheduled = new AtomicReference<>();
    /** One daemon thread, named {@value #WRITER_THREAD}, writes the dumps VoID asked for. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, WRITER_THREAD);
        t.setDaemon(true);
        return t;
    });
    static final String WRITER_THREAD = "replygraph-dumps";

    Dumps(Site site) {
        this.site = site;
        try {
            this.folder = Files.createTempDirectory("replygraph-dumps");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the dumps : " + e.getMessage(), e);
        }
    }

    /** The dump of the data as it is now if it is written, without waiting; empty while it is not. */
    Optional<Written> ready(Dump dump) {
        Written w = written.get(dump);
        return w != null && w.version().equals(site.loaded()) ? Optional.of(w) : Optional.empty();
    }

    /**
     * Starts writing, on the background thread, the dumps of the data as it is now that are not
     * written yet, and returns at once. Single flight: while a write for this version is queued or
     * running, another call starts nothing (and a request for a dump meanwhile waits for that write,
     * as {@link #get} holds the lock of its kind). A failed write is reported on that thread and tried
     * again by the next call.
     */
    void writeInBackground() {
        Instant version = site.loaded();
        if (java.util.Arrays.stream(Dump.values()).allMatch(d -> ready(d).isPresent())) return;
        if (version.equals(scheduled.getAndSet(version))) return;
        try {
            background.execute(() -> {
                try {
                    get(Dump.TTL); // with /dump.nt.gz
                    get(Dump.NQ_GZ); // with /dump.trig.gz
                } catch (Stopping e) {
                    // the server is stopping: nothing to report, the files go with the folder
                } finally {
                    scheduled.compareAndSet(version, null);
                }
            });
        } catch (RejectedExecutionException e) {
            scheduled.compareAndSet(version, null); // closed: the server is stopping
        }
    }

    /**
     * The dump of the data as it is now, written first if it is not yet (or was of older data). The
     * dumps of one kind are written together, in one pass: /dump.ttl with /dump.nt.gz (the union),
     * /dump.nq.gz with /dump.trig.gz (the named graphs).
     */
    Written get(Dump dump) {
        Instant version = site.loaded();
        Written w = written.get(dump);
        if (w != null && w.version().equals(version)) return w;
        boolean quads = dump.format.quads();
        synchronized (locks.computeIfAbsent(quads ? Dump.NQ_GZ : Dump.TTL, d -> new Object())) {
            w = written.get(dump);
            if (w != null && w.version().equals(version)) return w;
            List<Dump> kind = java.util.Arrays.stream(Dump.values()).filter(d -> d.format.quads() == quads).toList();
            for (Map.Entry<Dump, Written> fresh : write(kind, quads, version).entrySet()) {
                Written old = written.put(fresh.getKey(), fresh.getValue());
                if (old != null) {
                    try {
                        Files.deleteIfExists(old.file()); // a reader still streaming it keeps its open file
                    } catch (IOException e) {
                        old.file().toFile().deleteOnExit();
                    }
                }
            }
            return written.get(dump);
        }
    }

    /** Writes {@code dumps} in one pass over the data, each to its file, with its length and SHA-256. */
    private Map<Dump, Written> write(List<Dump> dumps, boolean quads, Instant version) {
        List<Path> files = new ArrayList<>();
        List<MessageDigest> digests = new ArrayList<>();
        List<OutputStream> outs = new ArrayList<>();
        List<StreamRDF> writers = new ArrayList<>();
        try {
            for (Dump dump : dumps) {
                Path file = folder.resolve(dump.name() + "-" + version.getEpochSecond());
                MessageDigest sha = sha256();
                OutputStream digest = new DigestOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16), sha);
                OutputStream out = dump.gzip ? new GZIPOutputStream(digest, 1 << 16) : digest;
                files.add(file);
                digests.add(sha);
                outs.add(out);
                writers.add(StreamRDFWriter.getWriterStream(out, dump.format.writer()));
            }
            site.read(() -> {
                stream(new Tee(writers), quads);
                return null;
            });
            for (OutputStream out : outs) {
                out.close(); // finishes a gzip member and frees its deflater
            }
            Map<Dump, Written> done = new java.util.EnumMap<>(Dump.class);
            for (int i = 0; i < dumps.size(); i++) {
                done.put(dumps.get(i), new Written(files.get(i), Files.size(files.get(i)),
                        HexFormat.of().formatHex(digests.get(i).digest()), version));
            }
            return done;
        } catch (IOException | RuntimeException e) {
            for (OutputStream out : outs) {
                try {
                    out.close();
                } catch (IOException ignored) {
                    // the write already failed (or was stopped); that is the one reported
                }
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Cannot write the dumps to " + folder + " : " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    /** One stream of triples or quads to several writers. */
    private record Tee(List<StreamRDF> to) implements StreamRDF {
        @Override public void start() { to.forEach(StreamRDF::start); }
        @Override public void triple(Triple t) { to.forEach(s -> s.triple(t)); }
        @Override public void quad(Quad q) { to.forEach(s -> s.quad(q)); }
        @Override public void base(String b) { to.forEach(s -> s.base(b)); }
        @Override public void prefix(String p, String iri) { to.forEach(s -> s.prefix(p, iri)); }
        @Override public void version(String v) { to.forEach(s -> s.version(v)); }
        @Override public void finish() { to.forEach(StreamRDF::finish); }
    }

    /** Prefixes first (the N-Triples and N-Quads writers ignore them), then graph by graph. */
    private void stream(StreamRDF stream, boolean quads) {
        stream.start();
        StreamRDFOps.sendPrefixesToStream(org.replygraph.graph.Prefixes.of(site.iris().base()), stream);
        DatasetGraph data = site.dataset();
        List<Node> graphs = new ArrayList<>();
        data.listGraphNodes().forEachRemaining(graphs::add);
        // By N-Triples form, not getURI(): a graph named by a blank node (valid N-Quads) has no URI.
        // Each key is formatted once (sorting with a formatting comparator formats it log n times).
        Map<Node, String> names = new java.util.HashMap<>();
        graphs.forEach(g -> names.put(g, NodeFmtLib.strNT(g)));
        graphs.sort(Comparator.comparing(names::get));
        Map<Node, Integer> rank = new java.util.HashMap<>();
        for (int i = 0; i < graphs.size(); i++) rank.put(graphs.get(i), i);
        for (Node g : graphs) {
            if (Thread.currentThread().isInterrupted()) {
                throw new Stopping(); // close() interrupts: stop reading the data before the store closes
            }
            if (!quads && g.equals(Vocabulary.GRAPH)) {
                continue; // the default graph is the letters' union; the ontology is a graph apart
            }
            List<Map.Entry<String, Triple>> triples = new ArrayList<>();
            data.getGraph(g).find().forEachRemaining(t -> triples.add(Map.entry(ntriples(t), t)));
            triples.sort(Map.Entry.comparingByKey());
            for (Map.Entry<String, Triple> e : triples) {
                Triple t = e.getValue();
                if (quads) {
                    stream.quad(Quad.create(g, t));
                } else if (firstHolder(data, t, rank) == rank.get(g)) {
                    stream.triple(t);
                }
            }
        }
        stream.finish();
    }

    /** The union dumps emit a triple from the first graph (in dump order) that holds it, found by an index lookup. */
    private static int firstHolder(DatasetGraph data, Triple t, Map<Node, Integer> rank) {
        int first = Integer.MAX_VALUE;
        var it = data.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            Integer r = rank.get(g);
            if (r != null && r < first && !g.equals(Vocabulary.GRAPH)) {
                first = r;
            }
        }
        return first;
    }

    private static String ntriples(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + ' ' + NodeFmtLib.strNT(t.getPredicate()) + ' ' + NodeFmtLib.strNT(t.getObject());
    }

    /** Thrown on the writer thread when {@link #close()} interrupts a write. */
    private static final class Stopping extends RuntimeException {
        Stopping() {
            super("the server is stopping", null, false, false);
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
        try {
            // A write still reading the data must end before the caller closes the store under it;
            // it checks for the interrupt between graphs, so this wait is short.
            if (!background.awaitTermination(10, TimeUnit.SECONDS)) {
                System.err.println("WARNING: the dump writer did not stop within 10 s of the server stopping");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }
}
