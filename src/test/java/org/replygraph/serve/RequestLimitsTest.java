package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests are bounded before anything parses them: body (413, also chunked), request line (414),
 * headers (431), compressed bodies (415), forms with too many or malformed fields (400, not 500);
 * and no error answer carries an exception's text.
 */
class RequestLimitsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ReplyGraphServer server;

    @BeforeAll
    static void start() {
        server = ReplyGraphServer.start(SampleData.load(), ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** A query of {@code bytes} made of one long comment: parsing it was super-linear (8 MB took 33 s). */
    static String commentQuery(int bytes) {
        return "ASK {}\n#" + "x".repeat(bytes);
    }

    @Test
    void aPostedQueryOverTheBodyLimitIs413Quickly() throws Exception {
        for (String type : new String[] {"application/sparql-query", "application/x-www-form-urlencoded"}) {
            String body = type.endsWith("query") ? commentQuery(1_500_000)
                    : "query=" + URLEncoder.encode(commentQuery(1_500_000), StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            HttpResponse<String> resp = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(413, resp.statusCode(), type);
            assertEquals("Request body larger than 1048576 bytes (serve --max-body BYTES)", resp.body().trim());
            assertTrue(seconds < 5, seconds + " s");
        }
    }

    /** A long string, IRI or name within the body limit: refused at once, not parsed for seconds. */
    @Test
    void aQueryWithAHugeTokenIs400Quickly() throws Exception {
        for (String q : new String[] {"ASK { ?s ?p \"" + "x".repeat(800_000) + "\" }", "ASK { ?s ?p <http://x/" + "x".repeat(800_000) + "> }",
                "ASK { ?s ?p ?" + "x".repeat(800_000) + " }"}) {
            long t0 = System.nanoTime();
            HttpResponse<String> resp = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(q)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(400, resp.statusCode());
            assertEquals("Query refused: a string, IRI or name longer than 65536 characters", resp.body().trim());
            assertTrue(seconds < 1.5, seconds + " s");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        byte[] body = commentQuery(1_200_000).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> resp = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, resp.statusCode());
    }

    @Test
    void aChunkedBodyWithinTheLimitIsAnswered() throws Exception {
        byte[] body = commentQuery(10_000).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> resp = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), resp.body());
        assertTrue(resp.body().contains("\"boolean\" : true") || resp.body().contains("\"boolean\":true"), resp.body());
    }

    @Test
    void aLongRequestLineIs414AndLongHeadersAre431() throws Exception {
        RawHttp.Response line = RawHttp.send(server.port(), "GET /search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(414, line.status());
        RawHttp.Response header = RawHttp.send(server.port(), "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertEquals(431, header.status());
    }

    @Test
    void aCompressedBodyIs415() throws Exception {
        RawHttp.Response r = RawHttp.send(server.port(), "POST /sparql HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/sparql-query\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\nConnection: close\r\n\r\nabcd");
        assertEquals(415, r.status());
    }

    @Test
    void tooManyFieldsIs400() throws Exception {
        StringBuilder form = new StringBuilder("query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
        for (int i = 0; i < 10_000; i++) {
            form.append("&f").append(i).append("=1");
        }
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, post.statusCode(), post.body());
        assertEquals("More than 100 fields in the query string or form", post.body().trim());
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "search?" + "a=1&".repeat(500) + "q=x"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, get.statusCode());
    }

    @Test
    void malformedFormsAre400() throws Exception {
        for (String bad : new String[] {"query=%zz", "query=%E4%B8", "query=ASK%20%7B%7D&query=%"}) {
            RawHttp.Response r = RawHttp.send(server.port(), "POST /sparql HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bad.length()
                    + "\r\nConnection: close\r\n\r\n" + bad);
            assertEquals(400, r.status(), bad + ": " + r.body());
            assertFalse(r.body().contains("Exception"), r.body());
        }
        RawHttp.Response get = RawHttp.send(server.port(), "GET /search?q=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(400, get.status(), get.body());
    }

    /** Whatever a handler throws or writes with a 500, the answer is one line with an incident number. */
    @Test
    void a500NeverCarriesTheExceptionText() throws Exception {
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true)
                .addFilter("/*", new SafeErrorsFilter())
                .addServlet("/throw", new HttpServlet() {
                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
                        throw new IllegalStateException("/home/app/secret.properties at org.example.Secret");
                    }
                })
                .addServlet("/write", new HttpServlet() {
                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        resp.setStatus(500);
                        resp.getOutputStream().write("java.lang.NullPointerException at /home/app/X.java:12".getBytes(StandardCharsets.UTF_8));
                    }
                })
                .build().start();
        try {
            for (String path : new String[] {"/throw", "/write"}) {
                HttpResponse<String> resp = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + fuseki.getHttpPort() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(500, resp.statusCode());
                assertTrue(resp.body().matches("Internal server error \\(incident [0-9]+ in the server log\\)\n"), resp.body());
            }
        } finally {
            fuseki.stop();
        }
    }
}
