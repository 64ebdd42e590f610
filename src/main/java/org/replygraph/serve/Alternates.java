package org.replygraph.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The other formats of a page, said twice from one list: as {@code <link rel="alternate">} in the
 * page's head ({@code layout.mustache}) and as an HTTP {@code Link} header (RFC 8288), so a crawler finds
 * the data with a HEAD request and a browser extension from the page:
 * <pre>{@code
 * List<Alternate> alt = Alternates.document("/id/centre/x", DocFormat.values());
 * new Templates.Layout(title, alt);  // <link rel="alternate" type="text/turtle" href="/id/centre/x.ttl"> …
 * Alternates.header(resp, alt);  // Link: </id/centre/x.ttl>; rel="alternate"; type="text/turtle", …
 * }</pre>
 */
final class Alternates {
    /** One alternate: where, and in which media type. */
    record Alternate(String href, String type) { }

    /** The dataset's description in every triple format: the home page's alternates. */
    static final List<Alternate> DATASET = described("/.well-known/void?output=");
    /** The service description: the query page's alternates. */
    static final List<Alternate> SERVICE = described("/sparql?output=");

    private Alternates() { }

    /** {@code stem.ext} for each data format of {@code formats} (HTML, the page itself, left out). */
    static List<Alternate> document(String stem, List<DocFormat> formats) {
        List<Alternate> out = new ArrayList<>();
        for (DocFormat f : formats) {
            if (f.isData()) out.add(new Alternate(stem + "." + f.extension(), f.mediaType()));
        }
        return List.copyOf(out);
    }

    /** The search's JSON answer for {@code q}. */
    static List<Alternate> search(String q) {
        return List.of(new Alternate("/search?format=json&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/json"));
    }

    /** A class's instances as SPARQL JSON results: the data behind a class page. */
    static List<Alternate> classInstances(org.apache.jena.graph.Node cls) {
        String query = "SELECT ?instance WHERE { ?instance a <" + cls.getURI() + "> } ORDER BY ?instance";
        return List.of(new Alternate("/sparql?format=json&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json"));
    }

    private static List<Alternate> described(String prefix) {
        List<Alternate> out = new ArrayList<>();
        for (DocFormat f : DocFormat.TRIPLES) out.add(new Alternate(prefix + f.extension(), f.mediaType()));
        return List.copyOf(out);
    }

    /** Sets the {@code Link} header to the same alternates (nothing when there are none). */
    static void header(HttpServletResponse resp, List<Alternate> alternates) {
        if (alternates.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        for (Alternate a : alternates) {
            if (sb.length() > 0) sb.append(", ");
            // A URI-reference in <>: the hrefs are paths we made, percent-encoded; nothing to escape.
            sb.append('<').append(a.href()).append(">; rel=\"alternate\"; type=\"").append(a.type()).append('"');
        }
        resp.setHeader("Link", sb.toString());
    }
}
