package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Every query is bounded: a runaway cross join ends at the time limit while other requests are
 * answered, a query whose client left is cancelled at once, and queries beyond the concurrency
 * limit get 503 with Retry-After. "Left behind" is checked on the JVM's threads: none may still be
 * executing ARQ's query engine afterwards.
 */
class QueryLimitsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Four-way cross join of ~100 triples: 10^8 rows to count, minutes of work. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @Test
    void aRunawayQueryEndsAtTheLimitWhileOthersAreAnswered() throws Exception {
        Limits limits = Limits.defaults().withQueryTimeout(Duration.ofSeconds(2));
        try (ReplyGraphServer server = ReplyGraphServer.start(SampleData.load(), ServerConfig.defaults().withPort(0).withLimits(limits))) {
            long t0 = System.nanoTime();
            CompletableFuture<HttpResponse<String>> runaway = HTTP.sendAsync(get(server, RUNAWAY), HttpResponse.BodyHandlers.ofString());
            awaitEngineThreads(1, 5_000);
            long s0 = System.nanoTime();
            HttpResponse<String> simple = HTTP.send(get(server, "ASK { ?s ?p ?o }"), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(URI.create(server.url())).build(), HttpResponse.BodyHandlers.ofString());
            double simpleSeconds = (System.nanoTime() - s0) / 1e9;
            assertEquals(200, simple.statusCode());
            assertEquals(200, home.statusCode());
            assertTrue(!runaway.isDone(), "the runaway query was still running while the simple requests were answered");
            HttpResponse<String> slow = runaway.get();
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, slow.statusCode(), slow.body());
            assertEquals("Query timed out", slow.body().trim());
            assertTrue(seconds < 10, "runaway ended after " + seconds + " s with a 2 s limit");
            assertTrue(simpleSeconds < seconds, "simple requests took " + simpleSeconds + " s");
            awaitEngineThreads(0, 5_000);
            assertEquals(0, server.runningQueries());
        }
    }

    @Test
    void aQueryWhoseClientLeftIsCancelled() throws Exception {
        Limits limits = Limits.defaults().withQueryTimeout(Duration.ofSeconds(120));
        try (ReplyGraphServer server = ReplyGraphServer.start(SampleData.load(), ServerConfig.defaults().withPort(0).withLimits(limits))) {
            try (Socket socket = new Socket("localhost", server.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /sparql?query=" + URLEncoder.encode(RUNAWAY, StandardCharsets.UTF_8) + " HTTP/1.1\r\n"
                        + "Host: localhost\r\nAccept: application/sparql-results+json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                awaitEngineThreads(1, 5_000);
            }
            long t0 = System.nanoTime();
            awaitEngineThreads(0, 5_000);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 5, "query ran on " + seconds + " s after its client left");
            assertEquals(0, server.runningQueries());
        }
    }

    @Test
    void queriesBeyondTheLimitGet503WithRetryAfter() throws Exception {
        Limits limits = Limits.defaults().withQueryTimeout(Duration.ofSeconds(4)).withMaxConcurrentQueries(1);
        try (ReplyGraphServer server = ReplyGraphServer.start(SampleData.load(), ServerConfig.defaults().withPort(0).withLimits(limits))) {
            CompletableFuture<HttpResponse<String>> runaway = HTTP.sendAsync(get(server, RUNAWAY), HttpResponse.BodyHandlers.ofString());
            awaitEngineThreads(1, 5_000);
            List<CompletableFuture<HttpResponse<String>>> more = new ArrayList<>();
            int sent = QueryGate.QUEUE_PER_SLOT + 2;
            for (int i = 0; i < sent; i++) {
                more.add(HTTP.sendAsync(get(server, "ASK { ?s ?p ?o }"), HttpResponse.BodyHandlers.ofString()));
            }
            int refused = 0;
            for (CompletableFuture<HttpResponse<String>> f : more) {
                HttpResponse<String> r = f.get();
                if (r.statusCode() == 503) {
                    refused++;
                    assertEquals(String.valueOf(QueryGate.RETRY_AFTER_SECONDS), r.headers().firstValue("Retry-After").orElse(""));
                } else {
                    assertEquals(200, r.statusCode(), r.body());
                }
            }
            assertEquals(sent, refused, "all refused while the one slot was busy beyond their wait");
            assertEquals(503, runaway.get().statusCode());
            // The slot is free again.
            assertEquals(200, HTTP.send(get(server, "ASK { ?s ?p ?o }"), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void theProtocolTimeoutMayOnlyShortenTheLimit() {
        GuardedQueryService s = new GuardedQueryService(new ServiceGuard(java.util.Set.of()),
                Limits.defaults().withQueryTimeout(Duration.ofSeconds(30)), new QueryWatchdog());
        assertEquals(30_000, s.timeoutMillis(null));
        assertEquals(30_000, s.timeoutMillis("3600"));
        assertEquals(1_500, s.timeoutMillis("1.5"));
        assertEquals(30_000, s.timeoutMillis("-1"));
    }

    static HttpRequest get(ReplyGraphServer server, String sparql) {
        return HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build();
    }

    /** Threads now executing ARQ's query engine (an iterator's hasNext, a join, an aggregate). */
    static int engineThreads() {
        int n = 0;
        for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
            for (StackTraceElement e : stack) {
                if (e.getClassName().startsWith("org.apache.jena.sparql.engine.")) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    static void awaitEngineThreads(int expected, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (engineThreads() != expected && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertEquals(expected, engineThreads(), "threads executing ARQ's engine");
    }
}
