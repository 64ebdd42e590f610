package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SERVICE is off unless its host is allowed: no request leaves the server for a refused one (a
 * stand-in "internal" server on loopback counts its hits), the caller gets a 400 naming the rule,
 * and an allowed service's failure never echoes the remote body.
 */
class FederatedQueryTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SECRET = "INTERNAL-ADMIN-PAGE root:x:0:0";
    private static final AtomicInteger HITS = new AtomicInteger();
    private static HttpServer internal;
    private static ReplyGraphServer closed;
    private static ReplyGraphServer open;

    @BeforeAll
    static void start() throws IOException {
        internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        internal.createContext("/", exchange -> {
            HITS.incrementAndGet();
            byte[] body = SECRET.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        internal.start();
        closed = ReplyGraphServer.start(SampleData.load(), ServerConfig.defaults().withPort(0));
        open = ReplyGraphServer.start(SampleData.load(), ServerConfig.defaults().withPort(0).withServiceHosts(Set.of("127.0.0.1")));
    }

    @AfterAll
    static void stop() {
        internal.stop(0);
        closed.stop();
        open.stop();
    }

    private static String internalUrl() {
        return "http://127.0.0.1:" + internal.getAddress().getPort() + "/admin";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SELECT * { SERVICE <%s> { ?s ?p ?o } }",
        "SELECT * { SERVICE SILENT <%s> { ?s ?p ?o } }",
        "SELECT * { ?x ?y ?z FILTER EXISTS { SERVICE <%s> { ?s ?p ?o } } }",
        "SELECT * { { SELECT * { SERVICE <%s> { ?s ?p ?o } } } }",
        "ASK { OPTIONAL { SERVICE <%s> { ?s ?p ?o } } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <%s> { ?s ?p ?o } }",
        "SELECT * { VALUES ?u { <%s> } SERVICE ?u { ?s ?p ?o } }",
        "SELECT * { BIND(IRI(\"%s\") AS ?u) SERVICE ?u { ?s ?p ?o } }",
    })
    void serviceIsRefusedWith400AndNothingIsFetched(String template) throws Exception {
        int before = HITS.get();
        HttpResponse<String> resp = query(closed, template.formatted(internalUrl()));
        assertEquals(400, resp.statusCode(), resp.body());
        assertTrue(resp.body().contains("is not allowed"), resp.body());
        assertFalse(resp.body().contains(SECRET));
        assertEquals(before, HITS.get(), "the server fetched the SERVICE URL");
    }

    @Test
    void theRefusalNamesTheServiceAndTheOption() throws Exception {
        HttpResponse<String> resp = query(closed, "SELECT * { SERVICE <" + internalUrl() + "> { ?s ?p ?o } }");
        assertEquals("SERVICE <" + internalUrl() + "> is not allowed: federated queries are off "
                + "(the operator may allow hosts with serve --allow-service HOST,HOST)", resp.body().trim());
    }

    @Test
    void anAllowedHostIsCalledButItsBodyNeverEchoed() throws Exception {
        int before = HITS.get();
        HttpResponse<String> resp = query(open, "SELECT * { SERVICE <" + internalUrl() + "> { ?s ?p ?o } }");
        assertEquals(before + 1, HITS.get());
        assertEquals(502, resp.statusCode(), resp.body());
        assertEquals("SERVICE <" + internalUrl() + "> failed with HTTP 500", resp.body().trim());
        assertFalse(resp.body().contains(SECRET), resp.body());
        assertFalse(resp.body().contains("Exception"), resp.body());
    }

    @Test
    void anAllowedHostAnswersRows() throws Exception {
        String self = "http://127.0.0.1:" + open.port() + "/sparql";
        HttpResponse<String> resp = query(open, "PREFIX rg: <https://w3id.org/replygraph/ns#> "
                + "SELECT ?c { SERVICE <" + self + "> { ?c a rg:InnovationCentre } }");
        assertEquals(200, resp.statusCode(), resp.body());
        assertTrue(resp.body().contains("guojia-zengcai-zhizao-chuangxin-zhongxin"), resp.body());
    }

    @Test
    void anotherHostStaysRefusedWhenSomeAreAllowed() throws Exception {
        HttpResponse<String> resp = query(open, "SELECT * { SERVICE <http://localhost:1/x> { ?s ?p ?o } }");
        assertEquals(400, resp.statusCode());
        assertTrue(resp.body().contains("except to 127.0.0.1"), resp.body());
    }

    /** The second line of defence: ARQ's executor chain refuses even a query that skipped the first check. */
    @Test
    void theExecutorChainRefusesWhatTheStaticCheckMissed() {
        ServiceGuard guard = new ServiceGuard(Set.of());
        int before = HITS.get();
        try (QueryExec exec = QueryExec.newBuilder().dataset(DatasetGraphFactory.createTxnMem())
                .query(QueryFactory.create("SELECT * { SERVICE <" + internalUrl() + "> { ?s ?p ?o } }"))
                .set(ARQConstants.registryServiceExecutors, guard.registry()).build()) {
            ActionErrorException e = assertThrows(ActionErrorException.class, () -> exec.select().hasNext());
            assertEquals(400, e.getRC());
        }
        assertEquals(before, HITS.get());
    }

    private static HttpResponse<String> query(ReplyGraphServer server, String sparql) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                        + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
