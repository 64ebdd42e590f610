package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.EntityGraph;
import org.replygraph.graph.IriMinter;
import org.replygraph.graph.RG;
import org.replygraph.graph.store.Store;
import org.replygraph.graph.store.StoreIngest;
import org.replygraph.graph.store.StoreSink;
import org.replygraph.index.SearchIndex;

/**
 * {@code POST /ingest} on a served store: a token is required, the new letter shows at /sparql and on its
 * page, its agency joins the entities graph, and a reader polling pages and SPARQL meanwhile gets only 200s.
 */
class IngestServletTest {
    private static final String TOKEN = "test-token-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path LETTER = Path.of("src/test/resources/dev/letters/04_shaanxi-gxt-cement-staggered-production.txt");

    @TempDir
    Path tmp;

    @Test
    void anIngestedLetterIsServedWhileReadersKeepGettingAnswers() throws Exception {
        BuildOptions options = BuildOptions.defaults();
        try (Store store = Store.openOrCreate(tmp.resolve("store"))) {
            DatasetGraph ds = store.dataset();
            try (StoreSink sink = new StoreSink(ds, options, false)) {
                new CorpusBuilder(options).build(List.of(Path.of("seeds")), sink);
            }
            try (SearchIndex index = SearchIndex.inMemory(RG.DEFAULT_BASE);
                 ReplyGraphServer server = ReplyGraphServer.start(ds, ServerConfig.defaults().withPort(0), rebuilt(index, ds),
                    new StoreIngest(ds, options), TOKEN)) {
                String url = server.url();
                Node doc = new IriMinter(RG.DEFAULT_BASE).document(LETTER.getFileName().toString());
                String ask = server.sparqlUrl() + "?query=" + URLEncoder.encode("ASK { <" + doc.getURI() + "> a <https://w3id.org/replygraph/ns#Document> }", StandardCharsets.UTF_8);
                assertEquals("false", askResult(ask));
                Node seed = new IriMinter(RG.DEFAULT_BASE).document("000_5dc32466c623b959.txt");
                String seedPage = url + new EntityIris(RG.DEFAULT_BASE).path(seed).orElseThrow().substring(1) + ".html";

                AtomicBoolean stop = new AtomicBoolean();
                AtomicInteger answered = new AtomicInteger();
                Map<String, Integer> failures = new ConcurrentHashMap<>();
                Thread reader = new Thread(() -> {
                    while (!stop.get()) {
                        for (String u : List.of(url, ask, seedPage)) {
                            try {
                                int code = HTTP.send(HttpRequest.newBuilder(URI.create(u)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                                if (code == 200) answered.incrementAndGet();
                                else failures.merge(u + " " + code, 1, Integer::sum);
                            } catch (IOException | InterruptedException e) {
                                failures.merge(u + " " + e, 1, Integer::sum);
                            }
                        }
                    }
                }, "ingest-test-reader");
                reader.start();
                try {
                    byte[] bytes = Files.readAllBytes(LETTER);
                    String ingest = url + "ingest?name=" + LETTER.getFileName();
                    assertEquals(401, post(ingest, null, bytes).statusCode());
                    assertEquals(403, post(ingest, "wrong-token-0123456789", bytes).statusCode());
                    assertEquals(400, post(url + "ingest?name=../x.txt", TOKEN, bytes).statusCode());
                    HttpResponse<String> empty = post(url + "ingest?name=empty.txt", TOKEN, new byte[0]);
                    assertEquals(422, empty.statusCode());
                    assertEquals("{\"file\":\"empty.txt\",\"status\":\"failed\",\"reason\":\"empty file (0 bytes)\"}", empty.body());

                    HttpResponse<String> added = post(ingest, TOKEN, bytes);
                    assertEquals(201, added.statusCode(), added.body());
                    String page = added.headers().firstValue("Location").orElseThrow();
                    assertTrue(added.body().contains("\"status\":\"added\""), added.body());
                    assertEquals("true", askResult(ask));
                    HttpResponse<String> html = HTTP.send(HttpRequest.newBuilder(URI.create(url + page.substring(1) + ".html")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, html.statusCode());
                    assertTrue(html.body().contains(LETTER.getFileName().toString()), "the letter's page names its file");

                    HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create(url + "search?format=json&q="
                            + URLEncoder.encode("04_shaanxi-gxt", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
                    assertTrue(found.body().contains(doc.getURI()), "the search index knows the new letter: " + found.body());

                    HttpResponse<String> again = post(ingest, TOKEN, bytes);
                    assertEquals(200, again.statusCode());
                    assertTrue(again.body().contains("\"status\":\"unchanged\""), again.body());
                    Thread.sleep(200); // the reader goes on after the ingest too
                } finally {
                    stop.set(true);
                    reader.join(10_000);
                }
                assertEquals(Map.of(), failures);
                assertTrue(answered.get() > 3, "the reader was answered throughout: " + answered.get());

                // Dev 04's agency (陕西省工业和信息化厅) is seed 000's too: one description, now from both letters.
                Node agency = new IriMinter(RG.DEFAULT_BASE).agency("陕西省工业和信息化厅");
                Node entities = EntityGraph.name(RG.DEFAULT_BASE);
                assertEquals(1L, Txn.calculateRead(ds, () -> ds.stream(entities, agency, RG.skosPrefLabel, Node.ANY).count()));
            }
        }
    }

    private static SearchIndex rebuilt(SearchIndex index, DatasetGraph ds) {
        index.rebuild(ds);
        return index;
    }

    private static String askResult(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().replaceAll("\\s", "").contains("\"boolean\":true") ? "true" : "false";
    }

    private static HttpResponse<String> post(String url, String token, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
