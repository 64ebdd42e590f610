package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ?page= over HTTP on 120 letters: 200 up to the last page, 404 past it, 400 for what is no page number. */
class PagingHttpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ReplyGraphServer server;

    @BeforeAll
    static void start() {
        DatasetGraph data = ManyLetters.of(120);
        ManyLetters.figures(data, 45, 25);
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
        "/id/agency/a.html?page=3 | 200 | 3 / 3",
        "/id/agency/a.html?page=4 | 404 | No page 4: the last page is 3",
        "/id/agency/a.html?page=0 | 400 | Illegal page=0 : page must be a number from 1 to 999999",
        "/id/agency/a.html?page=x | 400 | Illegal page=x : page must be a number from 1 to 999999",
        "/id/centre/c.ttl?page=2 | 200 | hydra:previous",
        "/id/centre/c.ttl?page=3 | 404 | No page 3: the last page is 2",
        "/?page=3 | 200 | 3 / 3",
        "/?page=4 | 404 | No page 4: the last page is 3",
        "/?page=-2 | 400 | Illegal page=-2",
        "/search?q=%E7%AD%94%E5%A4%8D&page=6 | 200 | 120 results · 101–120",
        "/search?q=%E7%AD%94%E5%A4%8D&page=7 | 404 | the last page is 6",
        "/search?q=%E7%AD%94%E5%A4%8D&page=1x | 400 | Illegal page=1x",
    })
    void pagesUpToTheLastAnswerAndNoOthers(String path, int status, String says) {
        HttpResponse<String> resp = get(path, "text/html, text/turtle;q=0.5");
        assertEquals(status, resp.statusCode(), resp.body());
        assertTrue(resp.body().contains(says), resp.body());
    }

    /** An error about a page or a sort of something that exists links that thing's data; a path naming nothing links none. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "/id/agency/a.html?page=4 | 404 | </id/agency/a.ttl>; rel=\"alternate\"; type=\"text/turtle\"",
        "/id/agency/a.html?page=x | 400 | </id/agency/a.jsonld>; rel=\"alternate\"; type=\"application/ld+json\"",
        "/?page=4 | 404 | </.well-known/void?output=ttl>; rel=\"alternate\"; type=\"text/turtle\"",
        "/class/Agency?sort=x | 400 | rel=\"alternate\"; type=\"application/sparql-results+json\"",
        "/class/Document?page=9 | 404 | rel=\"alternate\"; type=\"application/sparql-results+json\"",
        "/search?q=%E7%AD%94%E5%A4%8D&page=7 | 404 | </search?format=json&q=%E7%AD%94%E5%A4%8D>; rel=\"alternate\"; type=\"application/json\"",
        "/id/agency/nobody.html | 404 | -",
        "/class/Nothing | 404 | -",
        "/nothing | 404 | -",
    })
    void errorPagesLinkTheDataOfWhatExists(String path, int status, String link) {
        HttpResponse<String> resp = get(path, "text/html");
        assertEquals(status, resp.statusCode(), resp.body());
        if (link == null) {
            assertEquals(java.util.Optional.empty(), resp.headers().firstValue("Link"), path);
            assertTrue(!resp.body().contains("rel=\"alternate\""), resp.body());
            return;
        }
        String header = resp.headers().firstValue("Link").orElse("");
        assertTrue(header.contains(link), header);
        String first = header.substring(1, header.indexOf('>'));
        assertTrue(resp.body().contains("<link rel=\"alternate\" type=\"") && resp.body().contains("href=\""
                + first.replace("&", "&amp;") + "\">"), "the page's head names the same alternates: " + resp.body());
    }

    @Test
    void searchAnswersATotalAPageAndEachHitsClassAndContext() {
        String q = URLEncoder.encode("答复", StandardCharsets.UTF_8);
        JsonObject json = JsonParser.parseString(get("/search?format=json&limit=50&page=3&q=" + q, "application/json").body()).getAsJsonObject();
        assertEquals(120, json.get("total").getAsInt());
        assertEquals(3, json.get("page").getAsInt());
        assertEquals(3, json.get("pages").getAsInt());
        JsonArray results = json.getAsJsonArray("results");
        assertEquals(20, results.size());
        JsonObject hit = results.get(0).getAsJsonObject();
        assertEquals("文档", hit.get("class").getAsString());
        assertEquals("https://w3id.org/replygraph/ns#Document", hit.getAsJsonArray("types").get(0).getAsString());
        assertEquals("陕西省工业和信息化厅 · 2024-01-01", hit.get("context").getAsString(), "agency and date of a letter");
        String agency = get("/search?q=" + URLEncoder.encode("shaanxi", StandardCharsets.UTF_8), "text/html").body();
        assertTrue(agency.contains("0 results"), agency);
        String pinyin = get("/search?q=shanxisheng", "text/html").body();
        assertTrue(pinyin.contains("<a href=\"/id/agency/a\">陕西省工业和信息化厅</a> <span class=\"type\"><a href=\"/class/Agency\">机关单位</a></span>"), pinyin);
    }

    private static HttpResponse<String> get(String path, String accept) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                    .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
