package org.replygraph.graph;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Quads on their way to a file in one of the export formats, sorted and deduplicated through a
 * {@link LineSorter} so memory stays flat however many come:
 * <ul>
 * <li>.nt: the union of the named graphs as N-Triples lines, sorted (Java String order);</li>
 * <li>.nq: every quad as an N-Quads line, sorted;</li>
 * <li>.ttl: the sorted N-Triples through Jena's streaming TURTLE_BLOCKS writer (subjects grouped);</li>
 * <li>.trig: the quads sorted by graph, then as N-Quads, through the streaming TRIG_BLOCKS writer;</li>
 * <li>.jsonld: the sorted N-Triples as compacted JSON-LD with the server's {@code @context} inline
 *     ({@link JsonLdWriter}), one subject at a time;</li>
 * <li>.rdf: the sorted N-Triples parsed into one in-memory graph, written plain (Jena has no streaming
 *     writer for RDF/XML: this format alone holds the whole output in memory).</li>
 * </ul>
 * A build's lines come from {@link LineTripleSink}; a quad added here is formatted by {@link LineFormat}; both
 * write each term as Jena's own N-Triples/N-Quads writer does (UTF-8), so .nt
 * and .nq are byte-identical to writing a dataset with RIOT and sorting its lines. Used by one thread.
 *
 * <pre>{@code
 * try (SortedQuads q = new SortedQuads("nq", base, outDir, SortedQuads.DEFAULT_BUFFER)) {
 *     q.add(graphName, triple);         // any number, any order, duplicates allowed
 *     q.writeTo(outputStream);          // sorted, each line once
 * }
 * }</pre>
 */
public final class SortedQuads implements AutoCloseable {
    /**
     * Lines held in memory before a sorted run is spilled to disk: ~64 MB of heap, or an eighth of a
     * smaller heap (a run is sorted while the next fills, so two are held; with -Xmx64m a fixed 64 MB
     * ran out of heap on 4,000 letters).
     */
    public static final long DEFAULT_BUFFER = Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 8);

    private final String extension;
    private final String base;
    private final LineSorter sorter;
    private final LineFormat format;

    /** {@code extension} is one of ttl, nt, jsonld, rdf, nq, trig ({@link DataFormat}); run files go under {@code tempParent}. */
    public SortedQuads(String extension, String base, Path tempParent, long bufferBytes) {
        Exporter.checkExtension(extension);
        this.extension = extension;
        this.base = base;
        this.sorter = new LineSorter(tempParent, bufferBytes);
        this.format = new LineFormat(extension);
    }

    /** The extension (format) the lines are made for. */
    public String extension() {
        return extension;
    }

    /** The number of sorted runs spilled to disk so far. */
    public int runs() {
        return sorter.runs();
    }

    /**
     * Adds one quad. A quad of the default graph is written to .nq only: the other formats hold the
     * union of the named graphs, as a dataset's union graph does.
     */
    public void add(Quad q) {
        String line = format.line(q);
        if (line != null) sorter.add(line);
    }

    /** Adds {@code t} as a triple of the named graph {@code g}. */
    public void add(Node g, Triple t) {
        sorter.add(format.line(g, t));
    }

    /** Adds a document's lines made for this extension by a {@link LineTripleSink} (on the worker that built it). */
    void add(SortedLineBlock lines) {
        sorter.add(lines);
    }

    /** Writes the sorted, distinct quads in this format; once. */
    public void writeTo(OutputStream out) throws IOException {
        writeTo(out, n -> { });
    }

    /** As {@link #writeTo(OutputStream)}, telling {@code written} the lines merged so far every {@value BuildProgress#WRITING_EVERY} lines. */
    public void writeTo(OutputStream out, java.util.function.LongConsumer written) throws IOException {
        DataFormat format = DataFormat.byExtension(extension).orElseThrow();
        if (format == DataFormat.NTRIPLES || format == DataFormat.NQUADS) {
            // The lines are the output: merged and written as bytes.
            OutputStream w = new BufferedOutputStream(out, 1 << 16);
            try {
                sorter.writeDistinct(w, written);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            w.flush();
            return;
        }
        try (LineSorter.SortedLines sorted = sorter.sorted()) {
            Iterator<String> lines = counting(sorted, written);
            switch (format) { // N-Triples and N-Quads were written above
                case TURTLE -> stream(new LinesInputStream(lines, UnaryOperator.identity()), Lang.NTRIPLES,
                        StreamRDFWriter.getWriterStream(out, DataFormat.TURTLE.writer()));
                case TRIG -> stream(new LinesInputStream(lines, LineFormat::graphLast), Lang.NQUADS,
                        StreamRDFWriter.getWriterStream(out, DataFormat.TRIG.writer()));
                case JSONLD -> {
                    // Compacted with the served context, carried inline; one subject at a time (sorted lines group them).
                    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    RDFParser.source(new LinesInputStream(lines, UnaryOperator.identity())).lang(Lang.NTRIPLES)
                            .checking(false).parse(JsonLdWriter.embedding(JsonLdContext.standard(base)).stream(w));
                    w.flush();
                }
                case RDFXML -> {
                    Graph g = GraphFactory.createDefaultGraph();
                    RDFParser.source(new LinesInputStream(lines, UnaryOperator.identity())).lang(Lang.NTRIPLES)
                            .checking(false).parse(StreamRDFLib.graph(g));
                    g.getPrefixMapping().setNsPrefixes(Prefixes.of(base));
                    RDFWriter.source(g).format(DataFormat.byExtension(extension).orElseThrow().writer()).output(out);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private static Iterator<String> counting(Iterator<String> lines, java.util.function.LongConsumer written) {
        return new Iterator<>() {
            long n;

            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public String next() {
                String line = lines.next();
                if (++n % BuildProgress.WRITING_EVERY == 0) written.accept(n);
                return line;
            }
        };
    }

    /** Parses the lines into a streaming writer, the prefixes declared first. */
    private void stream(InputStream in, Lang lang, StreamRDF writer) {
        Map<String, String> prefixes = Prefixes.of(base).getNsPrefixMap();
        StreamRDF withPrefixes = new StreamRDFWrapper(writer) {
            @Override
            public void start() {
                super.start();
                prefixes.forEach(super::prefix);
            }
        };
        RDFParser.source(in).lang(lang).checking(false).parse(withPrefixes);
    }

    @Override
    public void close() {
        sorter.close();
    }

    /** The sorted lines as UTF-8 bytes, a line break after each, for a parser to pull. */
    private static final class LinesInputStream extends InputStream {
        private final Iterator<String> lines;
        private final UnaryOperator<String> map;
        private byte[] current = new byte[0];
        private int pos;

        LinesInputStream(Iterator<String> lines, UnaryOperator<String> map) {
            this.lines = lines;
            this.map = map;
        }

        private boolean fill() {
            while (pos >= current.length) {
                if (!lines.hasNext()) return false;
                current = (map.apply(lines.next()) + "\n").getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            return true;
        }

        @Override
        public int read() {
            return fill() ? current[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) return 0;
            if (!fill()) return -1;
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
