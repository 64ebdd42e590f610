package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.graph.DataFormat;
import org.replygraph.graph.RG;

/**
 * Issue 11's formats and HTTP conduct over HTTP on the sample data, checked the way rapper, rdflib,
 * pyld and SPARQLWrapper would: every format parses with RIOT and the counts agree, the JSON-LD reads
 * back through Jena's JSON-LD 1.1 reader (titanium) with the served context handed to it locally.
 */
class LinkedDataFormatsTest {
    private static final String CENTRE_PATH = "/id/centre/guojia-zengcai-zhizao-chuangxin-zhongxin";
    private static final Node CENTRE = NodeFactory.createURI(SampleData.CENTRE);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ReplyGraphServer server;

    @BeforeAll
    static void start() {
        server = ReplyGraphServer.start(SampleData.load(), ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "text/plain | .nt",
        "application/n-triples | .nt",
        "text/plain, */*;q=0.1 | .nt",                       // rdflib 6/7, format="nt"
        "application/n-triples, */*;q=0.1 | .nt",
        "text/n3 | .ttl",
        "text/n3, */*;q=0.1 | .ttl",                         // rdflib, format="n3"
        "text/turtle, application/x-turtle, */*;q=0.1 | .ttl",
        "application/json | .jsonld",
        "application/ld+json, application/json;q=0.9, */*;q=0.1 | .jsonld",
        "application/n-quads | .nq",
        "application/trig, */*;q=0.1 | .trig",
        "application/rdf+xml, */*;q=0.1 | .rdf",
    })
    void clientsAskingForAFormatGetIt(String accept, String extension) {
        HttpResponse<String> resp = get(CENTRE_PATH, "Accept", accept);
        assertEquals(303, resp.statusCode());
        assertEquals(CENTRE_PATH + extension, resp.headers().firstValue("Location").orElseThrow());
    }

    /** rapper/rdflib-style: every format parses, and every format states the same triples. */
    @Test
    void everyFormatParsesAndTheCountsAgree() {
        Graph turtle = aboutEntity(parse(get(CENTRE_PATH + ".ttl").body(), Lang.TURTLE), "ttl");
        assertTrue(turtle.size() > 10, "a real document: " + turtle.size());
        for (DocFormat f : List.of(DocFormat.NTRIPLES, DocFormat.RDFXML)) {
            Graph g = aboutEntity(parse(get(CENTRE_PATH + "." + f.extension()).body(), f.data().orElseThrow().lang()), f.extension());
            assertTrue(g.isIsomorphicWith(turtle), f + " states other triples than Turtle");
        }
        for (DocFormat f : List.of(DocFormat.NQUADS, DocFormat.TRIG)) {
            HttpResponse<String> resp = get(CENTRE_PATH + "." + f.extension());
            assertEquals(f.contentType(), resp.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
            DatasetGraph quads = DatasetGraphFactory.create();
            RDFParser.fromString(resp.body(), f.data().orElseThrow().lang()).parse(quads);
            Graph all = GraphFactory.createDefaultGraph();
            quads.find().forEachRemaining(q -> all.add(q.asTriple()));
            Graph union = aboutEntity(all, f.extension());
            assertTrue(union.isIsomorphicWith(turtle), f + " states other triples than Turtle");
        }
    }

    @Test
    void quadsCarryTheGraphOfEachLetterAFactComesFrom() {
        DatasetGraph quads = DatasetGraphFactory.create();
        RDFParser.fromString(get(CENTRE_PATH + ".nq").body(), Lang.NQUADS).parse(quads);
        Node letter1 = NodeFactory.createURI(SampleData.BASE + "graph/letter-1");
        Node letter2 = NodeFactory.createURI(SampleData.BASE + "graph/letter-2");
        assertTrue(quads.getGraph(letter1).contains(CENTRE, RG.rdfsLabel, NodeFactory.createLiteralLang("国家增材制造创新中心", "zh-Hans")));
        assertTrue(quads.containsGraph(letter2), "the second letter names the centre too");
        Node doc = NodeFactory.createURI(SampleData.CENTRE + ".nq");
        assertTrue(quads.getDefaultGraph().contains(doc, EntityDocument.PRIMARY_TOPIC, CENTRE),
                "what only the document says is in the default graph");
    }

    @Test
    void everyDocumentDescribesItself() {
        for (DocFormat f : DocFormat.TRIPLES) {
            Graph g = f == DocFormat.JSONLD ? jsonLd(get(CENTRE_PATH + ".jsonld").body())
                    : parse(get(CENTRE_PATH + "." + f.extension()).body(), f.data().orElseThrow().lang());
            Node doc = NodeFactory.createURI(SampleData.CENTRE + "." + f.extension());
            assertTrue(g.contains(doc, EntityDocument.PRIMARY_TOPIC, CENTRE), f.toString());
            assertTrue(g.contains(doc, DCTerms.license.asNode(), NodeFactory.createURI("http://creativecommons.org/licenses/by/4.0/")), f.toString());
            assertTrue(g.contains(doc, DCTerms.modified.asNode(), Node.ANY), f.toString());
        }
    }

    @Test
    void jsonLdIsCompactedWithTheServedContextAndReadsBackAsTheTurtle() {
        HttpResponse<String> context = get("/context.jsonld");
        assertEquals(200, context.statusCode());
        assertEquals("application/ld+json;charset=utf-8", context.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        assertEquals(context.body(), get("/ns/context.jsonld").body(), "the context beside the ontology is the same");
        String body = get(CENTRE_PATH + ".jsonld").body();
        JsonObject doc = JsonParser.parseString(body).getAsJsonObject();
        assertEquals(base() + "/context.jsonld", doc.get("@context").getAsString());
        JsonObject first = doc.getAsJsonArray("@graph").get(0).getAsJsonObject();
        assertEquals("id:centre/guojia-zengcai-zhizao-chuangxin-zhongxin", first.get("@id").getAsString(), "the entity comes first");
        JsonObject labels = first.getAsJsonObject("rdfs:label");
        assertEquals("国家增材制造创新中心", labels.get("zh-Hans").getAsString(), "labels are a language map");
        assertEquals("國家增材製造創新中心", labels.get("zh-Hant").getAsString());
        Graph turtle = aboutEntity(parse(get(CENTRE_PATH + ".ttl").body(), Lang.TURTLE), "ttl");
        Graph fromJson = aboutEntity(jsonLd(body), "jsonld");
        assertEquals(turtle.size(), fromJson.size());
        assertTrue(fromJson.isIsomorphicWith(turtle), "the JSON-LD states other triples than the Turtle");
    }

    @Test
    void applicationJsonGetsJsonLd() {
        HttpResponse<String> resp = get(CENTRE_PATH + ".jsonld", "Accept", "application/json");
        assertTrue(resp.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        assertTrue(jsonLd(resp.body()).contains(CENTRE, RG.rdfType, RG.InnovationCentre));
    }

    @Test
    void pagesLinkEveryFormatInTheHeadAndInTheLinkHeader() {
        HttpResponse<String> page = get(CENTRE_PATH + ".html");
        String link = page.headers().firstValue("Link").orElseThrow();
        for (DataFormat f : DataFormat.values()) {
            String href = CENTRE_PATH + "." + f.extension();
            assertTrue(page.body().contains("<link rel=\"alternate\" type=\"" + f.mediaType() + "\" href=\"" + href + "\">"), f.toString());
            assertTrue(link.contains("<" + href + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\""), link);
        }
        assertEquals(link, get(CENTRE_PATH + ".ttl").headers().firstValue("Link").orElseThrow(), "data documents link the others too");
        HttpResponse<String> home = get("/");
        assertTrue(home.body().contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/.well-known/void?output=ttl\">"));
        assertTrue(home.headers().firstValue("Link").orElseThrow().contains("</.well-known/void?output=ttl>; rel=\"alternate\""));
        Graph voidNt = parse(get("/.well-known/void?output=nt").body(), Lang.NTRIPLES);
        assertTrue(voidNt.contains(Node.ANY, RG.rdfType, VOID.Dataset.asNode()));
        assertTrue(get("/query").body().contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/sparql?output=ttl\">"));
        HttpResponse<String> cls = get("/class/Agency");
        String classData = cls.headers().firstValue("Link").orElseThrow();
        assertTrue(classData.endsWith("; rel=\"alternate\"; type=\"application/sparql-results+json\""), classData);
        String href = classData.substring(1, classData.indexOf('>'));
        assertTrue(cls.body().contains("<link rel=\"alternate\" type=\"application/sparql-results+json\" href=\""
                + href.replace("&", "&amp;") + "\">"));
        HttpResponse<String> instances = get(href);
        assertEquals(200, instances.statusCode());
        assertEquals(2, JsonParser.parseString(instances.body()).getAsJsonObject().getAsJsonObject("results")
                .getAsJsonArray("bindings").size(), "the sample's two agencies");
        assertTrue(get("/search?q=x").body().contains("<link rel=\"alternate\" type=\"application/json\" href=\"/search?format=json&amp;q=x\">"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle, TURTLE", "application/n-triples, NTRIPLES", "application/rdf+xml, RDFXML", "application/ld+json, JSONLD"})
    void theVocabularyIsDereferenceableInEveryFormat(String accept, DocFormat format) {
        HttpResponse<String> resp = get("/ns", "Accept", accept);
        assertEquals(200, resp.statusCode());
        assertEquals("/ns." + format.extension(), resp.headers().firstValue("Content-Location").orElseThrow());
        Graph g = format == DocFormat.JSONLD ? jsonLd(resp.body()) : parse(resp.body(), format.data().orElseThrow().lang());
        assertTrue(g.contains(RG.InnovationCentre, RG.rdfType, NodeFactory.createURI("http://www.w3.org/2002/07/owl#Class")));
        assertTrue(g.contains(NodeFactory.createURI(base() + "/ns." + format.extension()), EntityDocument.PRIMARY_TOPIC, Vocabulary.GRAPH));
        assertEquals(resp.body(), get("/ns." + format.extension()).body());
    }

    @Test
    void theVocabularyPageListsTermsWithTheirCounts() {
        HttpResponse<String> page = get("/ns", "Accept", "text/html");
        assertEquals("/ns.html", page.headers().firstValue("Content-Location").orElseThrow());
        String html = page.body();
        assertTrue(html.contains("<tr id=\"InnovationCentre\"><td><code>rg:InnovationCentre</code></td><td>创新平台</td>"
                + "<td lang=\"en\">innovation centre</td><td>1</td>"), html);
        assertTrue(html.contains("<tr id=\"ReplyLetter\"><td><code>rg:ReplyLetter</code></td>"), html);
        assertTrue(html.matches("(?s).*<tr id=\"issuedBy\"><td><code>rg:issuedBy</code></td><td>[^<]*</td><td lang=\"en\">issued by</td><td>2</td>.*"), html);
        assertTrue(html.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/ns.ttl\">"));
        assertEquals(404, get("/ns.xyz").statusCode());
        HttpResponse<String> none = get("/ns", "Accept", "image/png");
        assertEquals(406, none.statusCode());
        assertTrue(none.body().contains("None of html, ttl, nt, jsonld, rdf is acceptable to Accept: image/png"), none.body());
    }

    @Test
    void dumpsHaveTheirLengthOnHeadAnETagAndByteRanges() throws IOException {
        for (Dumps.Dump dump : Dumps.Dump.values()) {
            HttpResponse<byte[]> full = getBytes(dump.path);
            assertEquals(200, full.statusCode());
            HttpResponse<byte[]> head = send(HttpRequest.newBuilder(url(dump.path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(String.valueOf(full.body().length), head.headers().firstValue("Content-Length").orElseThrow(), dump.path);
            assertEquals(full.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
            assertEquals("bytes", head.headers().firstValue("Accept-Ranges").orElseThrow());
            String etag = full.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, getBytes(dump.path, "If-None-Match", etag).statusCode());

            HttpResponse<byte[]> part = getBytes(dump.path, "Range", "bytes=10-19");
            assertEquals(206, part.statusCode());
            assertEquals("bytes 10-19/" + full.body().length, part.headers().firstValue("Content-Range").orElseThrow());
            assertEquals(new String(full.body(), 10, 10, StandardCharsets.ISO_8859_1), new String(part.body(), StandardCharsets.ISO_8859_1));
            HttpResponse<byte[]> tail = getBytes(dump.path, "Range", "bytes=-5");
            assertEquals(206, tail.statusCode());
            assertEquals(5, tail.body().length);
            HttpResponse<byte[]> past = getBytes(dump.path, "Range", "bytes=" + full.body().length + "-");
            assertEquals(416, past.statusCode());
            assertEquals("bytes */" + full.body().length, past.headers().firstValue("Content-Range").orElseThrow());
            assertEquals(200, getBytes(dump.path, "Range", "bytes=0-4", "If-Range", "\"other\"").statusCode(),
                    "a changed file is sent whole");
        }
    }

    @Test
    void quadDumpsAgree() throws IOException {
        DatasetGraph nq = DatasetGraphFactory.create();
        RDFParser.source(gunzip(getBytes("/dump.nq.gz").body())).lang(Lang.NQUADS).parse(nq);
        DatasetGraph trig = DatasetGraphFactory.create();
        RDFParser.source(gunzip(getBytes("/dump.trig.gz").body())).lang(Lang.TRIG).parse(trig);
        assertEquals(nq.stream().count(), trig.stream().count());
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(nq, trig));
    }

    @Test
    void voidStatesLicencePublisherExamplesPartitionsAndEachDumpsSizeAndChecksum() throws Exception {
        // VoID does not wait for the dumps: download them first (each request waits for its file), so they are ready.
        Map<Dumps.Dump, byte[]> downloaded = new java.util.EnumMap<>(Dumps.Dump.class);
        for (Dumps.Dump dump : Dumps.Dump.values()) downloaded.put(dump, getBytes(dump.path).body());
        Graph g = parse(get("/.well-known/void").body(), Lang.TURTLE);
        Node ds = NodeFactory.createURI(base() + "/.well-known/void#dataset");
        assertTrue(g.contains(ds, DCTerms.license.asNode(), NodeFactory.createURI("http://creativecommons.org/licenses/by/4.0/")));
        assertTrue(g.contains(ds, DCTerms.publisher.asNode(), Node.ANY));
        assertTrue(g.contains(ds, DCTerms.modified.asNode(), Node.ANY));
        assertTrue(g.contains(ds, VOID.exampleResource.asNode(), CENTRE));
        List<Node> partitioned = new ArrayList<>();
        g.find(Node.ANY, VOID._class.asNode(), Node.ANY).forEachRemaining(t -> partitioned.add(t.getObject()));
        for (String cls : new String[] {RG.OA + "Annotation", RG.OA + "TextQuoteSelector", RG.NS + "ReplyLetter", RG.NS + "Agency"}) {
            assertTrue(partitioned.contains(NodeFactory.createURI(cls)), cls + " has a class partition: " + partitioned);
        }
        for (Dumps.Dump dump : Dumps.Dump.values()) {
            byte[] bytes = downloaded.get(dump);
            Node dist = NodeFactory.createURI(base() + dump.path + "#distribution");
            assertTrue(g.contains(dist, DCAT.byteSize.asNode(), NodeFactory.createLiteralDT(Long.toString(bytes.length),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger)), dump.path);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertTrue(g.contains(Node.ANY, NodeFactory.createURI(JsonLdContext.SPDX + "checksumValue"),
                    NodeFactory.createLiteralDT(sha, org.apache.jena.datatypes.xsd.XSDDatatype.XSDhexBinary)), dump.path);
            assertEquals(dump.gzip, g.contains(dist, DCAT.compressFormat.asNode(),
                    NodeFactory.createURI("https://www.iana.org/assignments/media-types/application/gzip")), dump.path);
            assertTrue(g.contains(dist, DCAT.mediaType.asNode(),
                    NodeFactory.createURI("https://www.iana.org/assignments/media-types/" + dump.format.mediaType())), dump.path);
        }
    }

    @Test
    void behindATlsProxyEveryAdvertisedUrlIsHttpsAndTheHostHeaderIsIgnored() {
        try (ReplyGraphServer proxied = ReplyGraphServer.start(SampleData.load(),
                ServerConfig.defaults().withPort(0).withPublicUrl("http://data.example.org/"))) {
            for (String path : new String[] {"/.well-known/void", "/sparql", "/ns.ttl"}) {
                HttpResponse<String> tls = send(proxied, path, "X-Forwarded-Proto", "https", "Accept", "text/turtle");
                assertTrue(tls.body().contains("<https://data.example.org/"), path + ": " + tls.body());
                assertFalse(tls.body().contains("http://data.example.org"), path);
                assertFalse(tls.body().contains("localhost"), path);
                assertTrue(tls.headers().firstValue("Vary").orElseThrow().contains("X-Forwarded-Proto"), path);
                HttpResponse<String> plain = send(proxied, path, "Accept", "text/turtle");
                assertTrue(plain.body().contains("<http://data.example.org/"), path);
                assertFalse(plain.body().contains("https://data.example.org"), path);
            }
            HttpResponse<String> jsonld = send(proxied, CENTRE_PATH + ".jsonld", "X-Forwarded-Proto", "https");
            assertTrue(jsonld.body().contains("\"@context\": \"https://data.example.org/context.jsonld\""), jsonld.body());
            assertTrue(send(proxied, CENTRE_PATH + ".jsonld").body().contains("\"@context\": \"http://data.example.org/context.jsonld\""));
            assertFalse(send(proxied, "/.well-known/void", "X-Forwarded-Proto", "gopher").body().contains("gopher"));
        }
    }

    @Test
    void theServiceDescriptionListsEveryNamedGraph() {
        Graph sd = parse(get("/sparql", "Accept", "text/turtle").body(), Lang.TURTLE);
        for (String g : new String[] {"graph/letter-1", "graph/letter-2"}) {
            assertTrue(sd.contains(Node.ANY, SD.name, NodeFactory.createURI(SampleData.BASE + g)), g);
        }
        assertTrue(sd.contains(Node.ANY, SD.name, Vocabulary.GRAPH));
        assertTrue(sd.contains(Node.ANY, SD.resultFormat, NodeFactory.createURI("http://www.w3.org/ns/formats/JSON-LD")));
        Graph nt = parse(get("/sparql?output=nt").body(), Lang.NTRIPLES);
        assertTrue(nt.isIsomorphicWith(sd), "?output= names the format of the description too");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GET", "OPTIONS"})
    void corsPreflightIsAnsweredForEveryReadableResource(String unused) {
        for (String path : new String[] {CENTRE_PATH, CENTRE_PATH + ".jsonld", "/context.jsonld", "/ns", "/dump.nq.gz",
            "/.well-known/void", "/search?q=x", "/"}) {
            HttpResponse<String> pre = send(HttpRequest.newBuilder(url(path)).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://app.example.org").header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "accept, range, if-none-match").build());
            assertEquals(204, pre.statusCode(), path);
            assertEquals("*", pre.headers().firstValue("Access-Control-Allow-Origin").orElseThrow(), path);
            assertEquals("GET, HEAD, OPTIONS", pre.headers().firstValue("Access-Control-Allow-Methods").orElseThrow(), path);
            String allowed = pre.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase();
            for (String h : new String[] {"accept", "range", "if-none-match"}) assertTrue(allowed.contains(h), path + ": " + allowed);
            assertTrue(pre.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "never with credentials");
        }
        HttpResponse<String> doc = get(CENTRE_PATH + ".ttl", "Origin", "https://app.example.org");
        String exposed = doc.headers().firstValue("Access-Control-Expose-Headers").orElseThrow();
        for (String h : new String[] {"ETag", "Link", "Content-Range"}) assertTrue(exposed.contains(h), exposed);
    }

    @Test
    void headOnAQueryWorks() {
        String q = "/sparql?query=" + java.net.URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        HttpResponse<String> head = send(HttpRequest.newBuilder(url(q)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("Accept", "application/sparql-results+json").build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertTrue(head.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sparql-results+json"));
    }

    /** SPARQLWrapper's CONSTRUCT/DESCRIBE with format= and output= (it sends both) get a graph. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "CONSTRUCT, rdf+xml, RDFXML", "CONSTRUCT, xml, RDFXML", "CONSTRUCT, n3, TURTLE", "CONSTRUCT, turtle, TURTLE",
        "CONSTRUCT, json-ld, JSONLD", "CONSTRUCT, nt, NTRIPLES", "DESCRIBE, rdf+xml, RDFXML", "DESCRIBE, turtle, TURTLE",
    })
    void sparqlWrapperFormatNamesGetAGraph(String form, String name, DataFormat expected) {
        String query = form.equals("CONSTRUCT") ? "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5" : "DESCRIBE <" + SampleData.CENTRE + ">";
        String q = "/sparql?query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8) + "&format=" + enc(name) + "&output=" + enc(name);
        HttpResponse<String> resp = get(q);
        assertEquals(200, resp.statusCode(), resp.body());
        assertTrue(resp.headers().firstValue("Content-Type").orElseThrow().startsWith(expected.mediaType()),
                resp.headers().firstValue("Content-Type").orElseThrow());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(resp.body(), expected.lang()).parse(g);
        assertFalse(g.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"xml, application/sparql-results+xml", "json, application/sparql-results+json", "csv, text/csv"})
    void selectKeepsItsResultFormats(String name, String type) {
        String q = "/sparql?query=" + java.net.URLEncoder.encode("SELECT * { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8) + "&format=" + name;
        HttpResponse<String> resp = get(q);
        assertEquals(200, resp.statusCode(), resp.body());
        assertTrue(resp.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
    }

    /** Jena's JSON-LD 1.1 reader, its document loader answering only the served context (no remote fetch). */
    private static Graph jsonLd(String body) {
        String contextUrl = base() + "/context.jsonld";
        String context = get("/context.jsonld").body();
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((u, o) -> {
            if (u.toString().equals(contextUrl)) {
                return JsonDocument.of(new StringReader(context));
            }
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "the test fetches nothing: " + u);
        });
        Context ctx = new Context();
        ctx.set(LangJSONLD11.JSONLD_OPTIONS, options);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, Lang.JSONLD).context(ctx).parse(g);
        return g;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The document's statements about the entity, its self-description (whose subject names the format) left out. */
    private static Graph aboutEntity(Graph doc, String extension) {
        Graph out = GraphFactory.createDefaultGraph();
        String self = SampleData.CENTRE + "." + extension;
        doc.find().forEachRemaining(t -> {
            if (!(t.getSubject().isURI() && t.getSubject().getURI().startsWith(self))) out.add(t);
        });
        return out;
    }

    private static String base() {
        return "http://localhost:" + server.port();
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    private static java.io.InputStream gunzip(byte[] gz) throws IOException {
        return new GZIPInputStream(new ByteArrayInputStream(gz));
    }

    private static URI url(String path) {
        return URI.create(base() + path);
    }

    private static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url(path)).GET();
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return send(b.build());
    }

    private static HttpResponse<String> send(ReplyGraphServer other, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + other.port() + path)).GET();
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return send(b.build());
    }

    private static HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url(path)).GET();
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> HttpResponse<T> send(HttpRequest request) {
        return (HttpResponse<T>) send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
