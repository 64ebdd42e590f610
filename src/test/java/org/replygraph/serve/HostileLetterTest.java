package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.CorpusBuilder;

/**
 * A letter written to attack the pages ({@code <script>}, {@code "><img onerror=…>},
 * {@code javascript:} URLs, {@code </textarea>}, U+2028) and to leak personal data (a mobile in every
 * written form, an ID number, a private e-mail) goes through build and serve: every page, search
 * answer, dump and SPARQL answer shows the words as text and none of the personal data.
 */
class HostileLetterTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<Pattern> PERSONAL = List.of(
            Pattern.compile("139[ -]?1234[ -]?567[2-6]"), Pattern.compile("8613912345675"), Pattern.compile("１３９１２３４５６７８"),
            Pattern.compile("13912345678"), Pattern.compile("11010119900307123X", Pattern.CASE_INSENSITIVE),
            Pattern.compile("zhang\\.san"), Pattern.compile("163\\.com"));
    /** Markup from the letter that must never reach a page unescaped. */
    private static final List<String> RAW_MARKUP = List.of("<script>alert", "<img src=x", "<svg onload", "</textarea><style>",
            "<a href=\"javascript:", "</script><script>");
    private static ReplyGraphServer server;
    private static List<String> pages;

    @BeforeAll
    static void start() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("src/test/resources/security/letters")), data);
        server = ReplyGraphServer.start(data, ServerConfig.defaults().withPort(0));
        EntityIris iris = new EntityIris(BuildOptions.defaults().baseIri());
        TreeSet<String> paths = new TreeSet<>(List.of("/", "/query", "/search?q=" + URLEncoder.encode("关于", StandardCharsets.UTF_8)));
        Txn.executeRead(data, () -> data.getUnionGraph().find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
                iris.path(n).filter(p -> !p.contains("#")).ifPresent(p -> paths.add(p + ".html"));
            }
        }));
        pages = new ArrayList<>(paths);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void everyPageShowsTheLettersMarkupAsTextAndNoPersonalData() throws Exception {
        assertTrue(pages.size() > 10, pages::toString);
        int withHostileText = 0;
        for (String path : pages) {
            String html = get(path).body();
            for (String raw : RAW_MARKUP) {
                assertFalse(html.contains(raw), raw + " unescaped in " + path);
            }
            assertEquals(List.of(), personal(html), path);
            if (html.contains("&lt;script&gt;alert") || html.contains("&quot;&gt;&lt;img src=x")) {
                withHostileText++;
            }
        }
        assertTrue(withHostileText >= 2, "the hostile words are shown, escaped, on the letter and proposal pages");
    }

    @Test
    void searchAnswersEscapeAndMask() throws Exception {
        for (String q : new String[] {"关于", "李四", "img", "script", "139"}) {
            String json = get("/search?format=json&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body();
            assertFalse(json.contains("<") || json.contains(">"), json);
            assertFalse(json.contains("\u2028") || json.contains("\u2029"), json);
            assertEquals(List.of(), personal(json), q);
            String html = get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body();
            for (String raw : RAW_MARKUP) {
                assertFalse(html.contains(raw), raw + " unescaped in search for " + q);
            }
        }
        String json = get("/search?format=json&q=" + URLEncoder.encode("关于", StandardCharsets.UTF_8)).body();
        assertTrue(json.contains("\\u003cimg src\\u003dx") || json.contains("\\u003csvg"), json);
    }

    @Test
    void dumpsAndSparqlCarryNoPersonalData() throws Exception {
        for (String path : new String[] {"/dump.ttl", "/dump.nt.gz", "/dump.nq.gz"}) {
            HttpResponse<byte[]> resp = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String text = new String(path.endsWith(".gz") ? new GZIPInputStream(new ByteArrayInputStream(resp.body())).readAllBytes()
                    : resp.body(), StandardCharsets.UTF_8);
            assertEquals(List.of(), personal(text), path);
            assertTrue(text.contains("029-87294985"), "the office line stays in " + path);
        }
        String all = get("/sparql?query=" + URLEncoder.encode("SELECT ?o { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8)).body();
        assertEquals(List.of(), personal(all));
    }

    private static List<String> personal(String text) {
        List<String> hits = new ArrayList<>();
        for (Pattern p : PERSONAL) {
            var m = p.matcher(text);
            while (m.find()) {
                hits.add(m.group());
            }
        }
        return hits;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
