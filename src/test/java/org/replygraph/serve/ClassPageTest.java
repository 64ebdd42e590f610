package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.Prefixes;
import org.replygraph.graph.RG;

/**
 * Class pages over the seeds and over 120 letters of one agency: linked from the home page, the
 * type badges and search hits (locally, not to the ontology IRI), paged with a total, sorted by
 * label or by the number of letters naming each instance; 400 and 404 for what is none.
 */
class ClassPageTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ReplyGraphServer seeds;
    private static ReplyGraphServer many;

    @BeforeAll
    static void start() {
        DatasetGraph data = CorpusBuilder.newDataset();
        new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("seeds")), data);
        seeds = ReplyGraphServer.start(data, ServerConfig.defaults().withPort(0));
        many = ReplyGraphServer.start(ManyLetters.of(120), ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        try {
            if (seeds != null) {
                seeds.stop();
            }
        } finally {
            if (many != null) {
                many.stop();
            }
        }
    }

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "https://w3id.org/replygraph/ns#Agency | /class/Agency | Agency",
        "http://www.w3.org/ns/org#Organization | /class/org:Organization | org:Organization",
        "http://www.w3.org/ns/oa#Annotation | /class/oa:Annotation | oa:Annotation",
        "http://example.org/vocab#Thing | - | -",
        "https://w3id.org/replygraph/id/agency/a | - | -",
    })
    void classesMapToPathsAndBack(String iri, String path, String tail) {
        ClassPaths paths = new ClassPaths(Prefixes.of(RG.DEFAULT_BASE));
        assertEquals(Optional.ofNullable(path), paths.path(NodeFactory.createURI(iri)));
        if (tail != null) {
            assertEquals(iri, paths.classOf(tail).orElseThrow().getURI());
        }
    }

    @ParameterizedTest
    @CsvSource({"../etc/passwd", "id:agency", "nope:Thing", "Agency%20x", "'Ag ency'", "''"})
    void pathsThatNameNoClassAreRefused(String tail) {
        assertEquals(Optional.empty(), new ClassPaths(Prefixes.of(RG.DEFAULT_BASE)).classOf(tail));
    }

    @Test
    void theHomePageAndEveryTypeBadgeLinkToTheClassPagesNotToTheOntology() {
        String home = get(seeds, "/").body();
        assertTrue(home.contains("<a href=\"/class/Agency\">机关单位 <span lang=\"en\">agency</span></a>"), home);
        assertTrue(home.contains("<a href=\"/class/oa:Annotation\">"), "evidence annotations have a class page too");
        String centre = get(seeds, "/id/centre/guo-jia-zeng-cai-zhi-zao-chuang-xin-zhong-xin-14cdd7e1c0.html").body();
        String badges = between(centre, "<p class=\"types\">", "</p>");
        assertTrue(badges.contains("href=\"/class/InnovationCentre\""), badges);
        assertTrue(badges.contains("href=\"/class/org:Organization\""), badges);
        assertFalse(badges.contains("href=\"https://w3id.org/replygraph/ns#"), badges);
        String search = get(seeds, "/search?q=zengcai").body();
        assertTrue(search.contains("<span class=\"type\"><a href=\"/class/InnovationCentre\">创新平台</a></span>"), search);
    }

    @Test
    void aClassPageListsItsInstancesWithTheirLettersAndSortsByEither() {
        String agencies = get(seeds, "/class/Agency").body();
        assertTrue(agencies.contains("个实例 instances"), agencies);
        List<String> byLabel = names(agencies);
        assertTrue(byLabel.contains("陕西省工业和信息化厅"), byLabel.toString());
        assertEquals(byLabel.stream().sorted(java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE)).toList(), byLabel,
                "by label in dictionary (pinyin) order");
        assertTrue(byLabel.indexOf("工业和信息化部") < byLabel.indexOf("山西省经济和信息化委员会"), "gong before shan: " + byLabel);
        String byLetters = get(seeds, "/class/Agency?sort=letters").body();
        List<Integer> counts = counts(byLetters);
        assertEquals(names(agencies).size(), counts.size());
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), "most letters first: " + counts);
        }
        assertTrue(counts.get(0) >= 1);
        String letters = get(seeds, "/class/ReplyLetter").body();
        assertEquals(4, names(letters).size(), letters);
        assertFalse(letters.contains(".txt<"), "letters are titled, not named by file: " + letters);
    }

    @Test
    void aLargeClassIsPagedWithItsTotalAndCountsLettersPerEntity() {
        String agency = get(many, "/class/Agency?sort=letters").body();
        assertTrue(agency.contains("<span class=\"count\">120 封答复函 letters</span>"), agency);
        String documents = get(many, "/class/Document?page=3").body();
        assertTrue(documents.contains("120 个实例 instances · 101–120"), documents);
        assertEquals(20, names(documents).size());
        assertTrue(documents.contains("<a href=\"/class/Document?page=2\">← 上一页</a> 3 / 3"), documents);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/class/Document?page=4 | 404 | No page 4: the last page is 3",
        "/class/Document?page=x | 400 | Illegal page=x : page must be a number from 1 to 999999",
        "/class/Agency?sort=size | 400 | Illegal sort=size : sort must be label or letters",
        "/class/Document?sort=letters | 400 | Illegal sort=letters for rg:Document : its instances each sit in one letter; sort=label",
        "/class/PolicyDocument | 404 | No class PolicyDocument in the data",
        "/class/nope:Thing | 404 | No class nope:Thing in the data",
    })
    void whatIsNoPageOrNoClassIsRefused(String path, int status, String says) {
        HttpResponse<String> resp = get(many, path);
        assertEquals(status, resp.statusCode(), resp.body());
        assertTrue(resp.body().contains(says), resp.body());
    }

    private static List<String> names(String html) {
        return matches(between(html, "<ol class=\"instances\"", "</ol>"), "<li><a href=\"[^\"]*\">([^<]*)</a>");
    }

    private static List<Integer> counts(String html) {
        return matches(html, "<span class=\"count\">(\\d+) 封").stream().map(Integer::parseInt).toList();
    }

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String between(String s, String from, String to) {
        int i = s.indexOf(from);
        assertTrue(i >= 0, from + " in " + s);
        return s.substring(i, s.indexOf(to, i));
    }

    private static HttpResponse<String> get(ReplyGraphServer server, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
