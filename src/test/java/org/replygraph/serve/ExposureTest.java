package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the server shows of itself: security headers on every HTML page and no inline code, CORS
 * without credentials and with only working methods, no TRACE, advertised URLs from configuration
 * not the Host header, loopback by default, only http(s) links, and no exception text anywhere.
 */
class ExposureTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String HOSTILE = "/id/centre/hostile";
    private static ReplyGraphServer server;

    @BeforeAll
    static void start() {
        DatasetGraph data = SampleData.load();
        try (InputStream in = ExposureTest.class.getResourceAsStream("/security/hostile.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(data);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server = ReplyGraphServer.start(data, ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/?page=2", "/query", "/search?q=%E4%B8%AD%E5%BF%83", HOSTILE + ".html",
            "/id/centre/guojia-zengcai-zhizao-chuangxin-zhongxin.html", "/id/letter-1.html", "/no/such/page", "/id/nothing"})
    void everyHtmlResponseHasTheSecurityHeadersAndNoInlineCode(String path) throws Exception {
        HttpResponse<String> resp = get(path);
        assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        String csp = resp.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", resp.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", resp.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(resp.headers().firstValue("Referrer-Policy").isPresent());
        String html = resp.body();
        assertFalse(html.contains("<style"), "inline style element in " + path);
        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        while (scripts.find()) {
            assertTrue(scripts.group(1).contains("src=\"/static/"), "script without src in " + path);
            assertEquals("", scripts.group(2).trim(), "inline script in " + path);
        }
        assertFalse(Pattern.compile("<[a-z][^>]*\\s(on[a-z]+|style)\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "inline handler or style attribute in " + path);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/static/site.css", "/static/search.js", "/static/query.js"})
    void stylesAndScriptsAreFilesWithCacheHeaders(String path) throws Exception {
        HttpResponse<String> resp = get(path);
        assertEquals(200, resp.statusCode());
        assertEquals("public, max-age=86400", resp.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(resp.headers().firstValue("ETag").isPresent());
        assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith(path.endsWith(".css") ? "text/css" : "text/javascript"));
        assertEquals(404, get("/static/../ReplyGraphServer.class").statusCode());
    }

    @Test
    void onlyHttpIrisBecomeLinks() throws Exception {
        String html = get(HOSTILE + ".html").body();
        assertFalse(html.toLowerCase().contains("href=\"javascript:"), html);
        assertFalse(html.toLowerCase().contains("href=\"data:"), html);
        assertTrue(html.contains("javascript:alert(3)"), "the IRI is still shown, as text");
        assertTrue(html.contains("href=\"https://example.org/fine\""));
        assertFalse(Templates.bundled().render("link", Link.of("JavaScript:alert(1)", "x")).contains("href"));
        assertFalse(Templates.bundled().render("link", Link.of("//evil.example/x", "x")).contains("href"));
        assertTrue(Templates.bundled().render("link", Link.of("/id/x", "x")).contains("href=\"/id/x\""));
    }

    @Test
    void lettersMarkupIsEscapedInPagesAndJson() throws Exception {
        String html = get(HOSTILE + ".html").body();
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
        String json = get("/search?format=json&q=" + URLEncoder.encode("恶意", StandardCharsets.UTF_8)).body();
        assertTrue(json.contains("恶意"), json);
        assertFalse(json.contains("<script>") || json.contains("</script>"), json);
        assertFalse(json.contains("\u2028") || json.contains("\u2029"), json);
    }

    @Test
    void corsNeverSendsCredentialsAndAdvertisesOnlyWorkingMethods() throws Exception {
        RawHttp.Response sparql = RawHttp.send(server.port(), "OPTIONS /sparql HTTP/1.1\r\nHost: localhost\r\n"
                + "Origin: https://evil.example\r\nAccess-Control-Request-Method: POST\r\nConnection: close\r\n\r\n");
        assertEquals(204, sparql.status());
        assertEquals("*", sparql.header("Access-Control-Allow-Origin"));
        assertNull(sparql.header("Access-Control-Allow-Credentials"));
        assertEquals("GET, HEAD, POST, OPTIONS", sparql.header("Access-Control-Allow-Methods"));
        RawHttp.Response page = RawHttp.send(server.port(), "OPTIONS " + HOSTILE + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Origin: https://evil.example\r\nAccess-Control-Request-Method: GET\r\nConnection: close\r\n\r\n");
        assertEquals("GET, HEAD, OPTIONS", page.header("Access-Control-Allow-Methods"));
        RawHttp.Response data = RawHttp.send(server.port(), "GET " + HOSTILE + ".ttl HTTP/1.1\r\nHost: localhost\r\n"
                + "Origin: https://evil.example\r\nCookie: session=1\r\nConnection: close\r\n\r\n");
        assertEquals(200, data.status());
        assertEquals("*", data.header("Access-Control-Allow-Origin"));
        assertNull(data.header("Access-Control-Allow-Credentials"));
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            RawHttp.Response r = RawHttp.send(server.port(), method + " /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            assertEquals(405, r.status(), method);
        }
        assertEquals(405, RawHttp.send(server.port(), "POST " + HOSTILE + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").status());
    }

    @ParameterizedTest(name = "TRACE {0}")
    @ValueSource(strings = {"/", "/sparql", HOSTILE, "/static/site.css", "/nothing"})
    void traceIsOff(String path) throws Exception {
        RawHttp.Response r = RawHttp.send(server.port(), "TRACE " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Cookie: secret=42\r\nConnection: close\r\n\r\n");
        assertEquals(405, r.status());
        assertFalse(r.body().contains("secret=42"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/.well-known/void", "/sparql"})
    void advertisedUrlsComeFromTheConfigurationNotTheHostHeader(String path) throws Exception {
        RawHttp.Response r = RawHttp.send(server.port(), "GET " + path + " HTTP/1.1\r\nHost: evil.example\r\n"
                + "Accept: text/turtle\r\nConnection: close\r\n\r\n");
        assertEquals(200, r.status());
        assertFalse(r.body().contains("evil.example"), r.body());
        assertTrue(r.body().contains("http://localhost:" + server.port() + "/sparql"), r.body());
        try (ReplyGraphServer pub = ReplyGraphServer.start(SampleData.load(),
                ServerConfig.defaults().withPort(0).withPublicUrl("https://data.example.org"))) {
            RawHttp.Response p = RawHttp.send(pub.port(), "GET " + path + " HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Accept: text/turtle\r\nConnection: close\r\n\r\n");
            assertTrue(p.body().contains("https://data.example.org/sparql"), p.body());
            assertFalse(p.body().contains("evil.example"), p.body());
            assertTrue(pub.urlsToOpen().get(0).endsWith("https://data.example.org/"));
        }
    }

    @Test
    void listensOnLoopbackOnlyByDefault() throws Exception {
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        assumeTrue(external.isPresent(), "no non-loopback interface to try");
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(external.get(), server.port()), 2000);
            throw new AssertionError("connected to " + external.get() + " although the server should listen on localhost only");
        } catch (ConnectException expected) {
            assertTrue(expected.getMessage().contains("refused"), expected.getMessage());
        }
        assertEquals("localhost", ServerConfig.defaults().host());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/dump.nq.gz", "/dump.nt.gz", "/dump.ttl"})
    void aGraphNamedByABlankNodeIsDumpedNotA500(String path) throws Exception {
        HttpResponse<byte[]> resp = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, resp.statusCode());
        byte[] body = resp.body();
        String text = new String(path.endsWith(".gz") ? new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes() : body,
                StandardCharsets.UTF_8);
        assertTrue(text.contains("空白图中心"), "the blank-node graph's triples are in the dump");
        assertFalse(text.contains("Exception"));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
