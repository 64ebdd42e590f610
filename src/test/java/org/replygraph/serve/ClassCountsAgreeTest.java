package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.VOID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.Prefixes;
import org.replygraph.graph.RG;
import org.replygraph.graph.store.Store;
import org.replygraph.graph.store.StoreIngest;
import org.replygraph.index.SearchIndex;

/**
 * One count of instances per class, read from every place that shows it over HTTP — the home page's
 * class list, each class page's total and the instances it lists, {@code /ns}'s table of classes and
 * VoID's class partitions — equal to SPARQL's {@code COUNT(DISTINCT ?s)} over the default graph: on the
 * seeds (skos:Concept has 5 concepts in the entities graph and 9 ontology terms typed in letters'
 * graphs only), on data with a class whose instances sit only in letters' graphs and an agency outside
 * the entities graph, and on a served store before and after a letter is ingested.
 */
class ClassCountsAgreeTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = "test-token-0123456789";
    private static final Path LETTER = Path.of("src/test/resources/dev/letters/04_shaanxi-gxt-cement-staggered-production.txt");
    private static final ClassPaths PATHS = new ClassPaths(Prefixes.of(RG.DEFAULT_BASE));

    @TempDir
    Path tmp;

    private static DatasetGraph seeds() {
        DatasetGraph data = CorpusBuilder.newDataset();
        new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("seeds")), data);
        return data;
    }

    @Test
    void onTheSeedsEveryPageShowsTheCountSparqlGives() {
        try (ReplyGraphServer server = ReplyGraphServer.start(seeds(), ServerConfig.defaults().withPort(0))) {
            Map<Node, Long> counts = agreed(server);
            assertEquals(14L, counts.get(RG.skosConcept), "5 concepts of the entities graph and 9 ontology terms typed in letters");
        }
    }

    @Test
    void aClassWhoseInstancesSitOnlyInLettersGraphsIsCountedAndListedEverywhere() {
        DatasetGraph data = seeds();
        String base = RG.DEFAULT_BASE;
        Node letterGraph = NodeFactory.createURI(base + "graph/extra-letter");
        Node other = NodeFactory.createURI(base + "graph/other-letter");
        Node person = NodeFactory.createURI(base + "person/only-in-letters");
        Node agency = NodeFactory.createURI(base + "agency/only-in-letters");
        Txn.executeWrite(data, () -> {
            // a foaf:Agent typed only in letters' graphs, the same one in two graphs (one instance)
            for (Node g : List.of(letterGraph, other)) data.add(Quad.create(g, person, RG.rdfType, FOAF.Agent.asNode()));
            // an agency a letter types that the entities graph does not describe
            data.add(Quad.create(letterGraph, agency, RG.rdfType, RG.Agency));
            data.add(Quad.create(letterGraph, agency, RG.rdfsLabel, NodeFactory.createLiteralLang("只在答复函中的机关", "zh-Hans")));
        });
        long agenciesInEntities;
        try (ReplyGraphServer server = ReplyGraphServer.start(data, ServerConfig.defaults().withPort(0))) {
            Map<Node, Long> counts = agreed(server);
            assertEquals(1L, counts.get(FOAF.Agent.asNode()));
            assertEquals(List.of(base + "person/only-in-letters"), listed(server, FOAF.Agent.asNode(), 1));
            assertTrue(listed(server, RG.Agency, counts.get(RG.Agency)).contains(base + "agency/only-in-letters"));
            agenciesInEntities = Txn.calculateRead(data, () -> DatasetStats.distinctSubjects(
                    data.getGraph(org.replygraph.graph.EntityGraph.name(base)), RG.rdfType, RG.Agency).size());
            assertEquals(agenciesInEntities + 1, counts.get(RG.Agency));
        }
    }

    @Test
    void aServedStoreShowsOneCountBeforeAndAfterAnIngest() throws IOException {
        BuildOptions options = BuildOptions.defaults();
        Path dir = tmp.resolve("store");
        try (Store store = Store.openOrCreate(dir)) {
            DatasetGraph ds = store.dataset();
            SeedStore.build(dir, ds, options);
            try (SearchIndex index = SearchIndex.inMemory(RG.DEFAULT_BASE);
                 ReplyGraphServer server = ReplyGraphServer.start(ds, ServerConfig.defaults().withPort(0), index,
                         new StoreIngest(ds, options), TOKEN, HomeFigures.saved(dir, ds, RG.DEFAULT_BASE))) {
                index.rebuild(ds);
                Map<Node, Long> before = agreed(server);
                assertEquals(14L, before.get(RG.skosConcept));
                long issuedByBefore = nsTable(server, "properties").get(RG.issuedBy);
                HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "ingest?name=" + LETTER.getFileName()))
                        .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(LETTER))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(201, posted.statusCode(), posted.body());
                Map<Node, Long> after = agreed(server);
                assertEquals(before.get(RG.Document) + 1, after.get(RG.Document), "the ingested letter is counted");
                assertEquals(before.get(RG.ReplyLetter) + 1, after.get(RG.ReplyLetter));
                String saved = Files.readString(dir.resolve(HomeFigures.FILE));
                assertTrue(saved.contains("\nclass " + RG.Document.getURI() + " " + after.get(RG.Document) + " "),
                        "the counts after the ingest are saved beside the store");
                long issuedBy = nsTable(server, "properties").get(RG.issuedBy);
                assertTrue(issuedBy > issuedByBefore, "the ingested letter's rg:issuedBy is counted: " + issuedByBefore + " -> " + issuedBy);
                assertTrue(saved.contains("\nproperty " + RG.issuedBy.getURI() + " " + issuedBy + "\n"), "and the triples per property: " + saved);
                // VoID started writing the dumps in the background: wait for them (a request for a dump waits for
                // its file) so no reader is left in the store when it closes.
                for (Dumps.Dump dump : Dumps.Dump.values()) {
                    assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + dump.path.substring(1))).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode(), dump.path);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Checks that the home page, every class page (total and instances listed), /ns and VoID give SPARQL's
     * count for every class, and returns the counts.
     */
    private static Map<Node, Long> agreed(ReplyGraphServer server) {
        Map<Node, Long> sparql = sparqlCounts(server);
        assertEquals(sparql, homeCounts(server), "home page");
        assertEquals(sparql, voidCounts(server), "VoID class partitions");
        Map<Node, Long> ns = nsCounts(server);
        ns.forEach((cls, n) -> assertEquals(sparql.getOrDefault(cls, 0L), n, "/ns " + cls));
        assertTrue(ns.values().stream().anyMatch(n -> n > 0), "/ns counts the ontology's classes: " + ns);
        Map<Node, Long> sparqlTriples = sparqlTriples(server);
        Map<Node, Long> nsTriples = nsTable(server, "properties");
        assertEquals(ClassCounts.ontologyProperties(), nsTriples.keySet(), "/ns lists every property of the ontology");
        nsTriples.forEach((p, n) -> assertEquals(sparqlTriples.getOrDefault(p, 0L), n, "/ns triples of " + p));
        assertTrue(nsTriples.get(RG.issuedBy) > 0, "rg:issuedBy is used: " + nsTriples);
        for (Map.Entry<Node, Long> e : sparql.entrySet()) {
            if (PATHS.path(e.getKey()).isEmpty()) continue;
            Document page = html(server, PATHS.path(e.getKey()).get().substring(1));
            String total = page.selectFirst("p.total").text();
            assertTrue(total.startsWith(e.getValue() + " "), e.getKey() + " class page: " + total + " for " + e.getValue());
            List<String> listed = listed(server, e.getKey(), e.getValue());
            assertEquals(Math.min(e.getValue(), Paging.CAP), listed.size(), "instances listed on " + e.getKey());
            assertEquals(listed.size(), new java.util.HashSet<>(listed).size(), "each instance listed once on " + e.getKey());
        }
        return sparql;
    }

    /** What a class's pages list, page after page for its {@code count} instances: each item's link (an IRI for this base's). */
    private static List<String> listed(ReplyGraphServer server, Node cls, long count) {
        List<String> out = new java.util.ArrayList<>();
        String path = PATHS.path(cls).orElseThrow().substring(1);
        long pages = Math.max(1, (Math.min(count, Paging.CAP) + ClassPage.PAGE_SIZE - 1) / ClassPage.PAGE_SIZE);
        for (int page = 1; page <= pages; page++) {
            for (Element li : html(server, path + "?page=" + page).select("ol.instances > li")) {
                Element a = li.selectFirst("a");
                String href = a == null ? "" : a.attr("href");
                out.add(href.startsWith("/id/") ? RG.DEFAULT_BASE + href.substring(4) : href);
            }
        }
        return out;
    }

    private static Map<Node, Long> homeCounts(ReplyGraphServer server) {
        Map<Node, Long> out = new TreeMap<>(ClassCounts.BY_IRI);
        for (Element row : html(server, "").select("tr:has(a[href^=/class/])")) {
            String href = row.selectFirst("a[href^=/class/]").attr("href");
            Node cls = PATHS.classOf(href.substring(ClassPaths.PREFIX.length())).orElseThrow();
            out.put(cls, Long.parseLong(row.select("td").last().text()));
        }
        return out;
    }

    private static Map<Node, Long> nsCounts(ReplyGraphServer server) {
        return nsTable(server, "classes");
    }

    /** The counts of /ns's table {@code id} ("classes", "properties"), by term. */
    private static Map<Node, Long> nsTable(ReplyGraphServer server, String id) {
        Map<Node, Long> out = new HashMap<>();
        for (Element row : html(server, "ns.html").select("h2#" + id + " + table tr[id]")) {
            out.put(NodeFactory.createURI(RG.NS + row.id()), Long.parseLong(row.select("td").get(3).text()));
        }
        return out;
    }

    /** SPARQL's number of triples per property of the default graph (the letters' union). */
    private static Map<Node, Long> sparqlTriples(ReplyGraphServer server) {
        return sparqlCountsBy(server, "SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p");
    }

    private static Map<Node, Long> voidCounts(ReplyGraphServer server) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(get(server, ".well-known/void", "text/turtle"), Lang.TURTLE).parse(g);
        Map<Node, Long> out = new TreeMap<>(ClassCounts.BY_IRI);
        g.find(Node.ANY, VOID._class.asNode(), Node.ANY).forEachRemaining(t -> out.put(t.getObject(),
                ((Number) g.find(t.getSubject(), VOID.entities.asNode(), Node.ANY).next().getObject().getLiteralValue()).longValue()));
        return out;
    }

    private static Map<Node, Long> sparqlCounts(ReplyGraphServer server) {
        return sparqlCountsBy(server, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c FILTER isIRI(?c) } GROUP BY ?c");
    }

    /** A two-column count query's answer (an IRI, then a number), as TSV from /sparql, by IRI. */
    private static Map<Node, Long> sparqlCountsBy(ReplyGraphServer server, String query) {
        String tsv = get(server, "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/tab-separated-values");
        Map<Node, Long> out = new TreeMap<>(ClassCounts.BY_IRI);
        for (String line : tsv.split("\n")) {
            if (!line.startsWith("<")) continue;
            String[] f = line.split("\t");
            out.put(NodeFactory.createURI(f[0].substring(1, f[0].length() - 1)), Long.parseLong(f[1].replaceAll("^\"|\".*$|\\^\\^.*$", "")));
        }
        assertTrue(out.size() > 5, tsv);
        return out;
    }

    private static Document html(ReplyGraphServer server, String path) {
        return Jsoup.parse(get(server, path, "text/html"));
    }

    private static String get(ReplyGraphServer server, String path, String accept) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
