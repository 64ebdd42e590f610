package org.replygraph.serve;

import java.time.Duration;

/**
 * What one request may cost the server. Past a limit a request is answered, never left to pile up:
 * a query running longer than {@code queryTimeout} is cancelled (503), a body over
 * {@code maxBodyBytes} gets 413, a request line or header block over {@code maxHeaderBytes} gets
 * 414/431, a form with more than {@code maxFormFields} fields gets 400, a query arriving while
 * {@code maxConcurrentQueries} run gets 503 with {@code Retry-After}.
 * <pre>{@code
 * Limits l = Limits.defaults().withQueryTimeout(Duration.ofSeconds(2));
 * ServerConfig c = ServerConfig.defaults().withLimits(l);
 * }</pre>
 *
 * @param queryTimeout longest a SPARQL query may run, from its start to its last row
 * @param maxConcurrentQueries SPARQL queries executing at once
 * @param maxBodyBytes largest request body (a POSTed query or form)
 * @param maxHeaderBytes largest request line plus headers
 * @param maxFormFields most fields in a form (query string or POSTed form)
 * @param maxRenderedRows most result rows the query page shows (the rest is counted, not drawn)
 */
public record Limits(Duration queryTimeout, int maxConcurrentQueries, int maxBodyBytes, int maxHeaderBytes,
        int maxFormFields, int maxRenderedRows) {
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_CONCURRENT_QUERIES = 8;
    public static final int DEFAULT_MAX_BODY = 1024 * 1024;
    public static final int DEFAULT_MAX_HEADER = 16 * 1024;
    public static final int DEFAULT_MAX_FORM_FIELDS = 100;
    public static final int DEFAULT_MAX_RENDERED_ROWS = 1000;

    public Limits {
        if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("Illegal query timeout=" + queryTimeout + " : Query timeout must be positive");
        }
        positive("max concurrent queries", maxConcurrentQueries);
        positive("max body bytes", maxBodyBytes);
        if (maxHeaderBytes < 1024) {
            throw new IllegalArgumentException("Illegal max header bytes=" + maxHeaderBytes + " : Must be at least 1024");
        }
        positive("max form fields", maxFormFields);
        positive("max rendered rows", maxRenderedRows);
    }

    private static void positive(String what, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("Illegal " + what + "=" + value + " : Must be at least 1");
        }
    }

    public static Limits defaults() {
        return new Limits(DEFAULT_QUERY_TIMEOUT, DEFAULT_MAX_CONCURRENT_QUERIES, DEFAULT_MAX_BODY, DEFAULT_MAX_HEADER,
                DEFAULT_MAX_FORM_FIELDS, DEFAULT_MAX_RENDERED_ROWS);
    }

    public Limits withQueryTimeout(Duration timeout) {
        return new Limits(timeout, maxConcurrentQueries, maxBodyBytes, maxHeaderBytes, maxFormFields, maxRenderedRows);
    }

    public Limits withMaxConcurrentQueries(int n) {
        return new Limits(queryTimeout, n, maxBodyBytes, maxHeaderBytes, maxFormFields, maxRenderedRows);
    }

    public Limits withMaxBodyBytes(int n) {
        return new Limits(queryTimeout, maxConcurrentQueries, n, maxHeaderBytes, maxFormFields, maxRenderedRows);
    }

    public Limits withMaxHeaderBytes(int n) {
        return new Limits(queryTimeout, maxConcurrentQueries, maxBodyBytes, n, maxFormFields, maxRenderedRows);
    }

    public Limits withMaxFormFields(int n) {
        return new Limits(queryTimeout, maxConcurrentQueries, maxBodyBytes, maxHeaderBytes, n, maxRenderedRows);
    }

    public Limits withMaxRenderedRows(int n) {
        return new Limits(queryTimeout, maxConcurrentQueries, maxBodyBytes, maxHeaderBytes, maxFormFields, n);
    }
}
