package org.replygraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries, and CORS. Pages load only the server's own script and style
 * ({@code /static/…}), so the policy needs no {@code 'unsafe-inline'}: an injected
 * {@code <script>} or {@code onerror=} would not run even if escaping failed. Cross-origin reads are
 * open (the data is public) but never with credentials, and preflight answers name only the methods
 * that work: GET, HEAD, OPTIONS, and POST for {@code /sparql}.
 */
final class ResponseHeadersFilter extends HttpFilter {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String READ_METHODS = "GET, HEAD, OPTIONS";
    /**
     * Request headers a cross-origin script may send: content negotiation, conditional and range
     * requests (resuming a dump), and what fetch libraries add. Not Authorization or Cookie: no
     * credentials cross origins.
     */
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since, "
            + "If-Range, Range, Cache-Control, Pragma, X-Requested-With";
    /** Response headers a cross-origin script may read: validators, ranges, the alternates, the format. */
    static final String EXPOSED = "ETag, Last-Modified, Content-Disposition, Content-Length, Content-Range, Accept-Ranges, "
            + "Content-Location, Link, Retry-After, Vary";
    static final String QUERY_METHODS = "GET, HEAD, POST, OPTIONS";
    /** Paths that take a POST: the SPARQL endpoint, and the store's authenticated ingest when it is on. */
    static final java.util.Set<String> POST_PATHS = java.util.Set.of(ReplyGraphServer.SPARQL_PATH, "/ingest");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        String methods = isSparql(req) ? QUERY_METHODS : READ_METHODS;
        // The same answer for every origin (so caches need no Vary: Origin), and never with credentials.
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
        boolean cors = req.getHeader("Origin") != null;
        if ("OPTIONS".equals(req.getMethod())) {
            resp.setHeader("Allow", methods);
            if (cors) {
                resp.setHeader("Access-Control-Allow-Methods", methods);
                resp.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                resp.setHeader("Access-Control-Max-Age", "86400");
            }
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if ("POST".equals(req.getMethod()) && !POST_PATHS.contains(req.getRequestURI().substring(req.getContextPath().length()))) {
            resp.setHeader("Allow", methods);
            PlainError.send(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "POST is only accepted at /sparql");
            return;
        }
        chain.doFilter(req, resp);
    }

    private static boolean isSparql(HttpServletRequest req) {
        return (req.getContextPath() + ReplyGraphServer.SPARQL_PATH).equals(req.getRequestURI());
    }
}
