package org.replygraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.replygraph.graph.DataFormat;

/**
 * SPARQL clients' format names at {@code /sparql}: SPARQLWrapper adds {@code format=} and
 * {@code output=} with names such as {@code rdf+xml}, {@code xml}, {@code n3}, {@code turtle},
 * {@code json-ld}, {@code nt}, which Fuseki reads as result-set formats and refuses for a CONSTRUCT
 * or DESCRIBE (400). A name one of the {@link DataFormat}s (or {@code xml}, {@code json}) goes,
 * instead of the parameter, into the Accept header as the graph's media type AND the matching
 * result-set type, so Fuseki picks the one the query's form needs: {@code format=xml} gives RDF/XML
 * for CONSTRUCT and SPARQL XML results for SELECT. Other names ({@code csv}, {@code tsv}, {@code text})
 * pass on unchanged.
 */
final class SparqlFormatNames extends HttpFilter {
    private static final String[] PARAMS = {"format", "output"};

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> accept = Optional.empty();
        for (String p : PARAMS) {
            String v = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()) || isForm(req) ? req.getParameter(p) : null;
            if (v != null) {
                accept = accept.or(() -> acceptFor(v));
            }
        }
        if (accept.isEmpty()) {
            chain.doFilter(req, resp);
            return;
        }
        chain.doFilter(new Renamed(req, accept.get()), resp);
    }

    private static boolean isForm(HttpServletRequest req) {
        String type = req.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The Accept header a format name stands for; empty for the names Fuseki knows itself. */
    static Optional<String> acceptFor(String name) {
        // "rdf+xml" typed into a URL unencoded arrives as "rdf xml"
        String n = name.trim().toLowerCase(Locale.ROOT).replace(' ', '+');
        if (n.equals("xml")) return Optional.of("application/sparql-results+xml, application/rdf+xml;q=0.9");
        if (n.equals("json")) return Optional.of("application/sparql-results+json, application/ld+json;q=0.9");
        if (n.equals("csv") || n.equals("tsv") || n.equals("text")) return Optional.empty();
        return DataFormat.byName(n).map(f -> f.mediaType() + ", " + resultsFor(f) + ";q=0.9");
    }

    private static String resultsFor(DataFormat f) {
        return f == DataFormat.JSONLD ? "application/sparql-results+json" : "application/sparql-results+xml";
    }

    /** The request without format= / output=, with the Accept they stand for. */
    private static final class Renamed extends HttpServletRequestWrapper {
        private final String accept;
        private final Map<String, String[]> params;

        Renamed(HttpServletRequest req, String accept) {
            super(req);
            this.accept = accept;
            Map<String, String[]> p = new LinkedHashMap<>(req.getParameterMap());
            for (String name : PARAMS) p.remove(name);
            this.params = Collections.unmodifiableMap(p);
        }

        @Override
        public String getHeader(String name) {
            return "accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "accept".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(accept)) : super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return params;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(params.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return params.get(name);
        }
    }
}
