package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SPARQL endpoint over HTTP: formats, GET and POST, union default graph, read-only, Jetty buffer. */
class ReplyGraphServerTest {
    private static final String CENTRES = """
            PREFIX rg: <https://w3id.org/replygraph/ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?c ?label WHERE { ?c a rg:InnovationCentre ; rdfs:label ?label FILTER(lang(?label) = "zh-Hans") }""";
    private static ReplyGraphServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = ReplyGraphServer.start(SampleData.load(), ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @ParameterizedTest(name = "{0} via {1}")
    @CsvSource({
        "application/sparql-results+json, GET",
        "application/sparql-results+json, POST",
        "text/csv, GET",
        "text/csv, POST",
        "application/sparql-results+xml, GET",
        "application/sparql-results+xml, POST",
        "text/tab-separated-values, GET",
    })
    void plainSelectSeesLettersTriplesInEveryFormat(String accept, String method) throws IOException, InterruptedException {
        HttpResponse<byte[]> resp = HTTP.send(request(CENTRES, accept, method), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, resp.statusCode(), () -> new String(resp.body(), StandardCharsets.UTF_8));
        assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        List<String> labels = labels(accept, resp.body());
        assertEquals(List.of("国家增材制造创新中心"), labels);
    }

    @Test
    void firstAnswerCompletesOnceARequestHasBeenAnsweredWhateverTheAnswer() throws IOException, InterruptedException {
        try (org.replygraph.index.SearchIndex index = org.replygraph.index.SearchIndex.inMemory(org.replygraph.graph.RG.DEFAULT_BASE);
             ReplyGraphServer fresh = ReplyGraphServer.start(SampleData.load(), ServerConfig.defaults().withPort(0), index)) {
            java.util.concurrent.CompletableFuture<Void> first = fresh.firstAnswer();
            assertTrue(!first.isDone(), "nothing answered yet");
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(fresh.url() + "nowhere")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode());
            assertEquals(null, first.orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join(), "a 404 is an answer");
        }
    }

    @Test
    void namedGraphsStayQueryableBesideTheOntologyGraph() throws IOException, InterruptedException {
        assertEquals(List.of("https://w3id.org/replygraph/id/graph/letter-1", "https://w3id.org/replygraph/id/graph/letter-2",
                "https://w3id.org/replygraph/ns"), column("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", "g"));
    }

    @Test
    void ontologyIsItsOwnGraphWithLabelsInEnglishAndChinese() throws IOException, InterruptedException {
        String q = """
                PREFIX rg: <https://w3id.org/replygraph/ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?label WHERE { GRAPH <https://w3id.org/replygraph/ns> { rg:issuedBy rdfs:label ?label } } ORDER BY ?label""";
        assertEquals(List.of("issued by", "主办单位"), column(q, "label"));
    }

    @Test
    void theQueryPagesOntologyExampleListsTermsWithBothLabels() throws IOException, InterruptedException {
        ExampleQueries.Example example = ExampleQueries.ontologyExample();
        assertTrue(example.title().startsWith("The vocabulary: classes and properties"), example.title());
        List<String> terms = column(example.sparql(), "term");
        List<String> zh = column(example.sparql(), "zh");
        int issuedBy = terms.indexOf("https://w3id.org/replygraph/ns#issuedBy");
        assertTrue(issuedBy >= 0, terms::toString);
        assertEquals("主办单位", zh.get(issuedBy));
        assertTrue(terms.contains("https://w3id.org/replygraph/ns#InnovationCentre"));
    }

    @Test
    void defaultGraphIsTheLettersUnionWithoutTheOntology() throws IOException, InterruptedException {
        String q = """
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT (COUNT(*) AS ?n) WHERE { ?c a owl:Class }""";
        assertEquals(List.of("0"), column(q, "n"));
        assertEquals(List.of(Long.toString(SampleData.load().getUnionGraph().size())),
                column("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "n"));
    }

    private static List<String> column(String query, String var) throws IOException, InterruptedException {
        HttpResponse<byte[]> resp = HTTP.send(request(query, "application/sparql-results+json", "GET"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, resp.statusCode(), () -> new String(resp.body(), StandardCharsets.UTF_8));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(resp.body()), ResultSetLang.RS_JSON);
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(b -> {
            org.apache.jena.rdf.model.RDFNode n = b.get(var);
            out.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI());
        });
        return out;
    }

    @Test
    void aDatasetThatAlreadyHasTheOntologyGraphIsRefused() {
        org.apache.jena.sparql.core.DatasetGraph data = SampleData.load();
        data.add(org.apache.jena.sparql.core.Quad.create(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/replygraph/ns"),
                org.apache.jena.graph.NodeFactory.createURI("urn:s"), org.apache.jena.graph.NodeFactory.createURI("urn:p"),
                org.apache.jena.graph.NodeFactory.createURI("urn:o")));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReplyGraphServer.start(data, ServerConfig.defaults().withPort(0)));
        assertEquals("Illegal named graph https://w3id.org/replygraph/ns in the data: the server serves the bundled ontology "
                + "under that name; leave it out of the input", e.getMessage());
    }

    @Test
    void updatesAreRefused() throws IOException, InterruptedException {
        HttpRequest update = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build();
        HttpResponse<String> resp = HTTP.send(update, HttpResponse.BodyHandlers.ofString());
        assertTrue(resp.statusCode() >= 400 && resp.statusCode() < 500, "status " + resp.statusCode());
        HttpResponse<byte[]> check = HTTP.send(request("ASK { <urn:a> ?p ?o }", "application/sparql-results+json", "GET"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(new String(check.body(), StandardCharsets.UTF_8).contains("false"));
    }

    @Test
    void jettyOutputBufferIsSmall() {
        assertEquals(ServerConfig.DEFAULT_OUTPUT_BUFFER, server.outputBufferSize());
    }

    @Test
    void urlsToOpenNameTheBoundPort() {
        assertTrue(server.port() > 0);
        assertTrue(server.urlsToOpen().get(1).endsWith("http://localhost:" + server.port() + "/sparql"));
    }

    private static HttpRequest request(String query, String accept, String method) {
        if (method.equals("GET")) {
            return HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", accept).GET().build();
        }
        return HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }

    private static List<String> labels(String accept, byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        if (accept.equals("text/csv") || accept.equals("text/tab-separated-values")) {
            List<String> out = new ArrayList<>();
            String[] lines = text.split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                String[] cols = lines[i].split(accept.equals("text/csv") ? "," : "\t");
                out.add(cols[1].replaceAll("^\"|\"(@zh-Hans)?$", ""));
            }
            return out;
        }
        ResultSet rs = ResultSetFactory.copyResults(ResultSetMgr.read(new ByteArrayInputStream(body),
                accept.endsWith("json") ? ResultSetLang.RS_JSON : ResultSetLang.RS_XML));
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(b -> out.add(b.getLiteral("label").getLexicalForm()));
        assertEquals(out.size(), ResultSetFormatter.consume(rs) + out.size());
        return out;
    }
}
