package org.replygraph.serve;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;
import org.replygraph.graph.DataFormat;

/**
 * The formats a served document comes in: the HTML page, and every {@link DataFormat} (the one table
 * of extensions, media types and writers). {@code /id/X.ttl} is Turtle, {@code ?output=jsonld} JSON-LD.
 * The order is the order ties in an Accept header are broken in: HTML first, then the data formats.
 */
public enum DocFormat {
    HTML(null),
    TURTLE(DataFormat.TURTLE),
    NTRIPLES(DataFormat.NTRIPLES),
    JSONLD(DataFormat.JSONLD),
    RDFXML(DataFormat.RDFXML),
    NQUADS(DataFormat.NQUADS),
    TRIG(DataFormat.TRIG);

    /** The formats of one graph (a description): no named graphs. */
    static final List<DocFormat> TRIPLES = List.of(TURTLE, NTRIPLES, JSONLD, RDFXML);

    private final DataFormat data;

    DocFormat(DataFormat data) {
        this.data = data;
    }

    public String extension() {
        return data == null ? "html" : data.extension();
    }

    /** The registered media type. */
    public String mediaType() {
        return data == null ? "text/html" : data.mediaType();
    }

    /** Every media type an Accept header may name this format by (text/plain for N-Triples, text/n3 for Turtle …). */
    public List<String> mediaTypes() {
        return data == null ? List.of("text/html") : data.mediaTypes();
    }

    /** The data format; empty for HTML. */
    public Optional<DataFormat> data() {
        return Optional.ofNullable(data);
    }

    /** The RIOT writer format; empty for HTML. */
    public Optional<RDFFormat> rdfFormat() {
        return data().map(DataFormat::writer);
    }

    public boolean isData() {
        return data != null;
    }

    /** The Content-Type header value, always with charset (every format here is text). */
    public String contentType() {
        return mediaType() + ";charset=utf-8";
    }

    /** By extension, short name or media type, ignoring case: {@code ttl}, {@code turtle}, {@code text/turtle}, {@code xhtml}. */
    public static Optional<DocFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT).trim();
        if (n.equals("html") || n.equals("xhtml") || n.equals("text/html")) {
            return Optional.of(HTML);
        }
        return DataFormat.byName(n).map(DocFormat::of);
    }

    /** The document format of a data format. */
    public static DocFormat of(DataFormat data) {
        return Arrays.stream(values()).filter(f -> f.data == data).findFirst().orElseThrow();
    }
}
