package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.graph.RG;

/** Linked data over HTTP against a server on a free port: conneg, formats, caching, CORS, search, dumps. */
class LinkedDataHttpTest {
    private static final String CENTRE_PATH = "/id/centre/guojia-zengcai-zhizao-chuangxin-zhongxin";
    private static final String AGENCY_PATH = "/id/agency/" + URLEncoder.encode("陕西省工业和信息化厅", StandardCharsets.UTF_8);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ReplyGraphServer server;
    private static DatasetGraph data;

    @BeforeAll
    static void start() {
        data = SampleData.load();
        server = ReplyGraphServer.start(data, ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | .html",
        "text/turtle | .ttl",
        "application/n-triples | .nt",
        "application/ld+json;q=1.0, text/turtle;q=0.5 | .jsonld",
        "application/rdf+xml | .rdf",
        "*/* | .html",
    })
    void entityIriRedirectsToTheDocumentForTheAcceptedFormat(String accept, String extension) {
        HttpResponse<String> resp = get(CENTRE_PATH, "Accept", accept);
        assertEquals(303, resp.statusCode());
        assertEquals(CENTRE_PATH + extension, resp.headers().firstValue("Location").orElseThrow());
        assertEquals("Accept", resp.headers().firstValue("Vary").orElseThrow());
    }

    @Test
    void nothingAcceptableIs406() {
        HttpResponse<String> resp = get(CENTRE_PATH, "Accept", "image/png");
        assertEquals(406, resp.statusCode());
        assertTrue(resp.body().contains("None of html, ttl, nt, jsonld, rdf, nq, trig is acceptable to Accept: image/png"), resp.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ttl", "nt", "jsonld", "rdf"})
    void eachFormatParsesBackWithTheEntitysTriplesAndLinkedLabels(String extension) {
        DocFormat format = DocFormat.byName(extension).orElseThrow();
        for (String path : new String[] {CENTRE_PATH + "." + extension, CENTRE_PATH + "?output=" + extension}) {
            HttpResponse<String> resp = get(path);
            assertEquals(200, resp.statusCode(), path);
            assertEquals(format.contentType(), resp.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
            assertEquals("*", resp.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
            Graph g = parse(resp.body(), RDFLanguages.contentTypeToLang(format.mediaType()));
            Node centre = NodeFactory.createURI(SampleData.CENTRE);
            assertTrue(g.contains(centre, RG.rdfsLabel, NodeFactory.createLiteralLang("国家增材制造创新中心", "zh-Hans")));
            assertTrue(g.contains(centre, RG.rdfsLabel, NodeFactory.createLiteralLang("國家增材製造創新中心", "zh-Hant")));
        }
    }

    @Test
    void chineseIrisWorkBothWays() {
        HttpResponse<String> redirect = get(AGENCY_PATH, "Accept", "text/turtle");
        assertEquals(303, redirect.statusCode());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertEquals(AGENCY_PATH + ".ttl", location);
        Graph g = parse(get(location).body(), Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI(SampleData.AGENCY), RG.skosAltLabel,
                NodeFactory.createLiteralLang("省工信厅", "zh-Hans")));
        String html = get(AGENCY_PATH + ".html").body();
        assertTrue(html.contains("<h1>陕西省工业和信息化厅<span class=\"alt\" lang=\"zh-Latn-pinyin\">"), html);
    }

    @Test
    void conditionalRequestsGet304() {
        HttpResponse<String> first = get(CENTRE_PATH + ".ttl");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> byTag = get(CENTRE_PATH + ".ttl", "If-None-Match", etag);
        assertEquals(304, byTag.statusCode());
        assertEquals("", byTag.body());
        assertEquals(304, get(CENTRE_PATH + ".ttl", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, get(CENTRE_PATH + ".ttl", "If-None-Match", "\"other\"").statusCode());
    }

    @Test
    void headGivesTheHeadersOfGetWithoutBody() {
        HttpResponse<String> get = get(CENTRE_PATH + ".html");
        HttpResponse<String> head = send(HttpRequest.newBuilder(url(CENTRE_PATH + ".html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertEquals(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/id/no-such-thing", "/id/no-such-thing.ttl", "/id/centre/guojia-zengcai-zhizao-chuangxin-zhongxin.xyz", "/nowhere"})
    void unknownThingsAre404(String path) {
        HttpResponse<String> resp = get(path, "Accept", "text/turtle");
        assertEquals(404, resp.statusCode());
        assertTrue(resp.body().contains("<h1>404</h1>"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "增材 | format=json | ''",
        "zengcai | '' | application/json",
        "國家增材 | format=json | ''",
    })
    void searchAnswersJson(String q, String param, String accept) {
        String path = "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + (param.isEmpty() ? "" : "&" + param);
        HttpResponse<String> resp = accept.isEmpty() ? get(path) : get(path, "Accept", accept);
        assertTrue(resp.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonObject first = JsonParser.parseString(resp.body()).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("国家增材制造创新中心", first.get("label").getAsString());
        assertEquals(CENTRE_PATH, first.get("href").getAsString());
    }

    @Test
    void searchAnswersHtmlToBrowsers() {
        String html = get("/search?q=" + URLEncoder.encode("增材", StandardCharsets.UTF_8), "Accept", "text/html").body();
        assertTrue(html.contains("<a href=\"" + CENTRE_PATH + "\">国家增材制造创新中心</a>"));
    }

    @Test
    void dumpsStreamTheUnionAndTheNamedGraphs() throws IOException {
        Graph nt = parseGz(getBytes("/dump.nt.gz"), Lang.NTRIPLES);
        assertEquals(data.getUnionGraph().size(), nt.size());
        Graph ttl = parse(get("/dump.ttl").body(), Lang.TURTLE);
        assertEquals(nt.size(), ttl.size());
        DatasetGraph quads = DatasetGraphFactory.create();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(getBytes("/dump.nq.gz")))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(quads);
        }
        assertEquals(3, quads.size(), "two letters' graphs and the ontology's");
        assertTrue(quads.containsGraph(NodeFactory.createURI(SampleData.BASE + "graph/letter-1")));
        Node ontology = NodeFactory.createURI("https://w3id.org/replygraph/ns");
        assertTrue(quads.getGraph(ontology).contains(NodeFactory.createURI("https://w3id.org/replygraph/ns#issuedBy"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralLang("issued by", "en")));
        assertFalse(nt.contains(Node.ANY, Node.ANY, NodeFactory.createURI("http://www.w3.org/2002/07/owl#Class")),
                "the union dumps leave the ontology out");
    }

    @Test
    void dumpsAreTheSameBytesWhateverOrderTheDataWasLoadedIn() throws IOException {
        DatasetGraph reversed = DatasetGraphFactory.createTxnMem();
        java.util.List<org.apache.jena.sparql.core.Quad> quads = new java.util.ArrayList<>();
        data.find().forEachRemaining(quads::add);
        java.util.Collections.reverse(quads);
        quads.forEach(reversed::add);
        try (ReplyGraphServer other = ReplyGraphServer.start(reversed, ServerConfig.defaults().withPort(0))) {
            for (String dump : new String[] {"/dump.ttl", "/dump.nt.gz", "/dump.nq.gz"}) {
                HttpResponse<byte[]> theirs = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + other.port() + dump)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(gunzipIfNeeded(dump, getBytes(dump)), gunzipIfNeeded(dump, theirs.body()), dump);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String gunzipIfNeeded(String name, byte[] bytes) throws IOException {
        if (!name.endsWith(".gz")) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void voidDescribesCountsDumpsAndEndpoint() {
        String base = "http://localhost:" + server.port();
        Graph g = parse(get("/.well-known/void").body(), Lang.TURTLE);
        Node ds = NodeFactory.createURI(base + "/.well-known/void#dataset");
        assertTrue(g.contains(ds, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(base + "/sparql")));
        assertTrue(g.contains(ds, VOID.dataDump.asNode(), NodeFactory.createURI(base + "/dump.nq.gz")));
        assertTrue(g.contains(ds, VOID.triples.asNode(),
                NodeFactory.createLiteralDT(Long.toString(data.getUnionGraph().size()), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        Node ontology = NodeFactory.createURI(base + "/.well-known/void#ontology");
        assertTrue(g.contains(ontology, SD.name, NodeFactory.createURI("https://w3id.org/replygraph/ns")));
        long ontologyTriples = Long.parseLong(g.find(ontology, VOID.triples.asNode(), Node.ANY)
                .next().getObject().getLiteralLexicalForm());
        assertTrue(ontologyTriples > 100, "the ontology's own count: " + ontologyTriples);
        assertTrue(g.contains(ds, NodeFactory.createURI("http://purl.org/dc/terms/description"),
                NodeFactory.createLiteralLang("void:triples and the class partitions count the default graph: the union of the 2 letters' "
                        + "named graphs. The ontology graph <https://w3id.org/replygraph/ns> is not counted here; see "
                        + base + "/.well-known/void#ontology.", "en")));
    }

    @Test
    void endpointWithoutQueryDescribesTheService() {
        Graph sd = parse(get("/sparql", "Accept", "text/turtle").body(), Lang.TURTLE);
        assertTrue(sd.contains(Node.ANY, SD.feature,
                SD.UnionDefaultGraph));
        assertTrue(sd.contains(Node.ANY, SD.name,
                NodeFactory.createURI("https://w3id.org/replygraph/ns")), "the ontology's named graph is described");
        assertEquals(303, get("/sparql", "Accept", "text/html").statusCode());
    }

    @Test
    void sparqlAnswersCrossOrigin() {
        HttpResponse<String> resp = get("/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "Origin", "http://example.org");
        assertEquals(200, resp.statusCode());
        assertTrue(resp.headers().firstValue("Access-Control-Allow-Origin").isPresent(), resp.headers().toString());
    }

    @Test
    void homePageShowsCountsLatestLettersAndAgencies() {
        String html = get("/").body();
        assertTrue(html.contains("创新平台 <span lang=\"en\">innovation centre</span></a> "
                + "<small class=\"qname\">rg:InnovationCentre</small></td><td>1</td>"), html);
        assertTrue(html.contains("<h2 id=\"letters\">答复函 Letters <small>(2)</small></h2>"));
        assertTrue(html.contains("<tr><td>2022-05-10</td><td><a href=\"/id/letter-2\">关于支持增材制造的建议的答复</a></td>"), html);
        assertTrue(html.indexOf("关于支持增材制造的建议的答复") < html.indexOf("关于加快发展增材制造产业的提案的答复"));
        String data = html.substring(html.indexOf("<ul class=\"data\">"));
        for (String link : new String[] {"/query", "/dump.ttl", "/dump.nt.gz", "/dump.nq.gz", "/dump.trig.gz", "/.well-known/void", "/ns", "/context.jsonld"}) {
            assertTrue(data.contains("<a href=\"" + link + "\">"), link);
        }
        assertTrue(html.contains("<a href=\"" + AGENCY_PATH + "\">陕西省工业和信息化厅</a> (1)"));
    }

    @Test
    void queryPageOffersExamples() {
        String html = get("/query").body();
        assertTrue(html.contains("<select id=\"examples\">"));
        assertTrue(html.contains("<button id=\"run\""));
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    private static Graph parseGz(byte[] gz, Lang lang) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            RDFParser.source(in).lang(lang).parse(g);
        }
        return g;
    }

    private static URI url(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    private static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    private static byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> resp = HTTP.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, resp.statusCode());
            return resp.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
