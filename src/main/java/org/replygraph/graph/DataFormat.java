package org.replygraph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The one table of RDF formats: file extension, media types (the registered one first, then those
 * clients also send for it), Jena language, writer, and the short names clients put in
 * {@code ?output=} / {@code ?format=}. Export ({@link Exporter}), the server's content negotiation,
 * its documents and dumps, and the pages' format links all read it, so a format is added here once.
 * <pre>{@code
 * DataFormat.byExtension("nq");            // Optional[NQUADS]
 * DataFormat.byName("text/plain");         // Optional[NTRIPLES] (rdflib's N-Triples request)
 * DataFormat.byName("rdf+xml");            // Optional[RDFXML] (SPARQLWrapper's format=)
 * DataFormat.TURTLE.writer();              // RDFFormat.TURTLE_BLOCKS: streams, subjects grouped
 * }</pre>
 * Writers stream where Jena can (Turtle, TriG, N-Triples, N-Quads); an export's JSON-LD streams through
 * ReplyGraph's compacting {@link JsonLdWriter} ({@link #writer()} is Jena's, for other uses), RDF/XML
 * is written from one in-memory graph, plain, not pretty (performance-notes trap 5).
 */
public enum DataFormat {
    TURTLE("ttl", Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, "Turtle",
            List.of("text/turtle", "application/x-turtle", "text/n3", "text/rdf+n3", "application/n3"),
            List.of("turtle", "n3")),
    NTRIPLES("nt", Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8, "N-Triples",
            List.of("application/n-triples", "text/plain"),
            List.of("ntriples", "n-triples", "nt")),
    JSONLD("jsonld", Lang.JSONLD, RDFFormat.JSONLD11_FLAT, "JSON-LD",
            List.of("application/ld+json", "application/json"),
            List.of("json-ld", "json")),
    RDFXML("rdf", Lang.RDFXML, RDFFormat.RDFXML_PLAIN, "RDF_XML",
            List.of("application/rdf+xml"),
            List.of("rdf+xml", "rdfxml", "xml", "rdf/xml")),
    NQUADS("nq", Lang.NQUADS, RDFFormat.NQUADS_UTF8, "N-Quads",
            List.of("application/n-quads", "text/x-nquads"),
            List.of("nquads", "n-quads")),
    TRIG("trig", Lang.TRIG, RDFFormat.TRIG_BLOCKS, "TriG",
            List.of("application/trig"),
            List.of("trig"));

    private final String extension;
    private final Lang lang;
    private final RDFFormat writer;
    private final String w3cName;
    private final List<String> mediaTypes;
    private final List<String> names;

    DataFormat(String extension, Lang lang, RDFFormat writer, String w3cName, List<String> mediaTypes, List<String> names) {
        this.extension = extension;
        this.lang = lang;
        this.writer = writer;
        this.w3cName = w3cName;
        this.mediaTypes = mediaTypes;
        this.names = names;
    }

    /** The file extension without its dot: {@code ttl}. */
    public String extension() {
        return extension;
    }

    /** The registered media type: {@code text/turtle}. */
    public String mediaType() {
        return mediaTypes.get(0);
    }

    /** Every media type a client may ask this format by, the registered one first. */
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    /** Jena's language, for parsers. */
    public Lang lang() {
        return lang;
    }

    /** Jena's writer format. */
    public RDFFormat writer() {
        return writer;
    }

    /** Whether the format holds named graphs (N-Quads, TriG). */
    public boolean quads() {
        return lang == Lang.NQUADS || lang == Lang.TRIG;
    }

    /** Whether an export writes it as a stream (without holding the graph in memory): all but RDF/XML. */
    public boolean streams() {
        return this != RDFXML;
    }

    /** The format's IRI in the W3C registry: {@code http://www.w3.org/ns/formats/Turtle}. */
    public String formatIri() {
        return "http://www.w3.org/ns/formats/" + w3cName;
    }

    /** By file extension only (lower case): {@code ttl}. */
    public static Optional<DataFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    /**
     * By extension, short name or media type, ignoring case and parameters: {@code ttl},
     * {@code turtle}, {@code text/turtle;charset=utf-8}, {@code rdf+xml}.
     */
    public static Optional<DataFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int semicolon = n.indexOf(';');
        String bare = (semicolon < 0 ? n : n.substring(0, semicolon)).trim();
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(bare) || f.mediaTypes.contains(bare) || f.names.contains(bare))
                .findFirst();
    }

    /** The extensions, for messages: {@code .ttl, .nt, .jsonld, .rdf, .nq, .trig}. */
    public static String extensions() {
        return String.join(", ", Arrays.stream(values()).map(f -> "." + f.extension).toList());
    }
}
