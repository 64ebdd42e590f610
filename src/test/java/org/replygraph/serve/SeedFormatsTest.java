package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.RG;

/**
 * The rapper/rdflib check on the built seeds: for the example of every class VoID lists (letters,
 * proposals, agencies, organisations, annotations, centres …) each of the six formats parses with
 * RIOT (JSON-LD through Jena's JSON-LD 1.1 reader, the context handed over locally) and states the
 * same triples as the Turtle; VoID has a class partition for every class used.
 */
class SeedFormatsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ReplyGraphServer server;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isDirectory(Path.of("seeds")), "no seeds/ folder");
        DatasetGraph data = CorpusBuilder.newDataset();
        new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("seeds")), data);
        server = ReplyGraphServer.start(data, ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @Test
    void everyClassExampleReadsTheSameInEveryFormat() {
        Graph voidGraph = parse(get("/.well-known/void").body(), Lang.TURTLE);
        List<Node> partitioned = new ArrayList<>();
        voidGraph.find(Node.ANY, VOID._class.asNode(), Node.ANY).forEachRemaining(t -> partitioned.add(t.getObject()));
        for (String cls : new String[] {RG.ORG + "Organization", RG.OA + "Annotation", RG.NS + "ReplyLetter", RG.NS + "Proposal",
            RG.NS + "Agency", RG.NS + "InnovationCentre"}) {
            assertTrue(partitioned.contains(NodeFactory.createURI(cls)), cls + " has a class partition: " + partitioned);
        }
        List<Node> examples = new ArrayList<>();
        voidGraph.find(Node.ANY, VOID.exampleResource.asNode(), Node.ANY).forEachRemaining(t -> examples.add(t.getObject()));
        // one example per class; an agency is the example of rg:Agency and org:Organization both
        assertTrue(examples.size() >= 10, "examples of the classes: " + examples);
        String context = get("/context.jsonld").body();
        int checked = 0;
        for (Node entity : examples) {
            String path = "/id/" + entity.getURI().substring(RG.DEFAULT_BASE.length());
            Graph turtle = about(parse(get(path + ".ttl").body(), Lang.TURTLE), entity, "ttl");
            for (String ext : new String[] {"nt", "rdf", "jsonld", "nq", "trig"}) {
                String body = get(path + "." + ext).body();
                Graph g;
                if (ext.equals("nq") || ext.equals("trig")) {
                    DatasetGraph quads = DatasetGraphFactory.create();
                    RDFParser.fromString(body, ext.equals("nq") ? Lang.NQUADS : Lang.TRIG).parse(quads);
                    g = GraphFactory.createDefaultGraph();
                    Graph all = g;
                    quads.find().forEachRemaining(q -> all.add(q.asTriple()));
                } else if (ext.equals("jsonld")) {
                    g = jsonLd(body, context);
                } else {
                    g = parse(body, ext.equals("nt") ? Lang.NTRIPLES : Lang.RDFXML);
                }
                Graph same = about(g, entity, ext);
                assertEquals(turtle.size(), same.size(), entity + " ." + ext);
                assertTrue(same.isIsomorphicWith(turtle), entity + " ." + ext + " states other triples than .ttl");
            }
            checked++;
        }
        assertTrue(checked >= 8, "checked " + checked);
    }

    /** The triples about the entity, the document's self-description (subject X.ext…) left out. */
    private static Graph about(Graph doc, Node entity, String ext) {
        Graph out = GraphFactory.createDefaultGraph();
        String self = entity.getURI() + "." + ext;
        doc.find().forEachRemaining(t -> {
            if (!(t.getSubject().isURI() && t.getSubject().getURI().startsWith(self))) out.add(t);
        });
        return out;
    }

    private static Graph jsonLd(String body, String context) {
        String contextUrl = "http://localhost:" + server.port() + "/context.jsonld";
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((u, o) -> {
            if (u.toString().equals(contextUrl)) return JsonDocument.of(new StringReader(context));
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "the test fetches nothing: " + u);
        });
        Context ctx = new Context();
        ctx.set(LangJSONLD11.JSONLD_OPTIONS, options);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, Lang.JSONLD).context(ctx).parse(g);
        return g;
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    private static HttpResponse<String> get(String path) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), path);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
