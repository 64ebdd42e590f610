package org.replygraph.serve;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** The formats an entity document comes in: {@code /id/X.ttl} is Turtle, {@code ?output=jsonld} JSON-LD. */
public enum DocFormat {
    HTML("html", "text/html", null, "xhtml"),
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_BLOCKS, "turtle"),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8, "ntriples"),
    // Plain, not pretty: the pretty JSON-LD writer is 13× slower (performance-notes trap 5).
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PLAIN, "json-ld", "json"),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN, "xml", "rdfxml");

    private final String extension;
    private final String mediaType;
    private final RDFFormat rdfFormat;
    private final List<String> aliases;

    DocFormat(String extension, String mediaType, RDFFormat rdfFormat, String... aliases) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.rdfFormat = rdfFormat;
        this.aliases = List.of(aliases);
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The RIOT writer format; empty for HTML. */
    public Optional<RDFFormat> rdfFormat() {
        return Optional.ofNullable(rdfFormat);
    }

    public boolean isData() {
        return rdfFormat != null;
    }

    /** The Content-Type header value, always with charset for text formats. */
    public String contentType() {
        return mediaType + ";charset=utf-8";
    }

    /** By extension, alias or media type, ignoring case: {@code ttl}, {@code turtle}, {@code text/turtle}. */
    public static Optional<DocFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT).trim();
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(n) || f.mediaType.equals(n) || f.aliases.contains(n))
                .findFirst();
    }
}
