package org.replygraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Answers what a read-only server never needs to take in, before any handler parses it: methods
 * other than GET, HEAD, POST and OPTIONS (TRACE would echo the caller's headers, cookies included)
 * get 405; a compressed body gets 415 (a 1 MB gzip can unpack to gigabytes); a body over the limit
 * gets 413, announced by Content-Length or found while reading a chunked one; a query string or form
 * with too many fields, or one Jetty cannot decode, gets 400 instead of a 500 from deep inside.
 * Request line and header size are bounded by Jetty itself (414, 431), see {@link ReplyGraphServer}.
 */
final class RequestLimitsFilter extends HttpFilter {
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    private static final String FORM = "application/x-www-form-urlencoded";
    /** Paths whose handler bounds its own body (the store's {@code POST /ingest} of a letter). */
    static final Set<String> OWN_BODY_LIMIT = Set.of("/ingest");
    private final Limits limits;

    RequestLimitsFilter(Limits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!METHODS.contains(req.getMethod())) {
            resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            PlainError.send(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, req.getMethod() + " is not supported here");
            return;
        }
        String encoding = req.getHeader("Content-Encoding");
        if (encoding != null && !encoding.trim().equalsIgnoreCase("identity")) {
            PlainError.send(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Content-Encoding " + encoding + " is not accepted: send the body uncompressed");
            return;
        }
        long length = req.getContentLengthLong();
        if (OWN_BODY_LIMIT.contains(req.getRequestURI().substring(req.getContextPath().length()))) {
            chain.doFilter(req, resp); // a letter upload, bounded by its own servlet
            return;
        }
        if (length > limits.maxBodyBytes()) {
            if (length <= drainBound()) drain(req.getInputStream());
            tooLarge(resp);
            return;
        }
        if (fields(req.getQueryString()) > limits.maxFormFields()) {
            tooManyFields(resp);
            return;
        }
        HttpServletRequest passed = req;
        boolean form = req.getContentType() != null && req.getContentType().toLowerCase().startsWith(FORM);
        boolean body = "POST".equals(req.getMethod()) && length != 0;
        if (body && !form && length < 0) {
            byte[] bytes = readAtMost(req.getInputStream(), limits.maxBodyBytes());
            if (bytes == null) {
                drain(req.getInputStream());
                tooLarge(resp);
                return;
            }
            passed = new BufferedBody(req, bytes);
        }
        if (req.getQueryString() != null || form) {
            try {
                if (passed.getParameterMap().size() > limits.maxFormFields()) {
                    tooManyFields(resp);
                    return;
                }
            } catch (RuntimeException e) {
                // Jetty: "Form is larger than max length", "Too many form keys", bad %-escapes.
                StringBuilder causes = new StringBuilder();
                for (Throwable t = e; t != null && causes.length() < 2000; t = t.getCause() == t ? null : t.getCause()) {
                    causes.append(t.getMessage()).append(' ');
                }
                String why = causes.toString().toLowerCase();
                if (why.contains("larger than") || why.contains("too large")) {
                    tooLarge(resp);
                } else if (why.contains("too many")) {
                    tooManyFields(resp);
                } else {
                    PlainError.send(resp, HttpServletResponse.SC_BAD_REQUEST, "Malformed form or query string");
                }
                return;
            }
        }
        chain.doFilter(passed, resp);
    }

    private void tooLarge(HttpServletResponse resp) throws IOException {
        resp.setHeader("Connection", "close");
        PlainError.send(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "Request body larger than " + limits.maxBodyBytes() + " bytes (serve --max-body BYTES)");
    }

    private void tooManyFields(HttpServletResponse resp) throws IOException {
        PlainError.send(resp, HttpServletResponse.SC_BAD_REQUEST,
                "More than " + limits.maxFormFields() + " fields in the query string or form");
    }

    /** Fields in a query string: one more than its {@code &}s. */
    static int fields(String query) {
        if (query == null || query.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < query.length(); i++) {
            if (query.charAt(i) == '&') {
                n++;
            }
        }
        return n;
    }

    /**
     * How much of a refused body is read and thrown away before the 413: closing the connection while
     * the client is still sending makes TCP reset it, and the client then often never reads the 413
     * ("header parser received no bytes"). A body a little over the limit is drained so the answer
     * arrives; a much bigger one (8x the limit, at most 16 MiB) is cut off at once, the answer lost.
     */
    private long drainBound() {
        return Math.min(8L * limits.maxBodyBytes(), 16L << 20);
    }

    /** Reads and discards the rest of the body, up to {@link #drainBound()} bytes. */
    private void drain(InputStream in) throws IOException {
        byte[] buf = new byte[8192];
        long left = drainBound();
        int n;
        while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) left -= n;
    }

    /** The whole stream if it holds at most {@code max} bytes, else null (having read max + 1). */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > max) {
                return null;
            }
        }
        return out.toByteArray();
    }

    /** A request whose (chunked) body was read here, within the limit, and is replayed to the handler. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("Blocking reads only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
