package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The compacting writer the server and the export share: streamed by subject, it writes what it writes whole. */
class JsonLdWriterTest {
    private static final JsonLdContext CONTEXT = JsonLdContext.standard(RG.DEFAULT_BASE);
    private final GraphWriter writer = new GraphWriter(BuildOptions.defaults());

    @Test
    void streamingBySubjectGivesTheBytesOfTheWholeGraphWrite() {
        Graph g = writer.toGraph(Fixtures.provincial());
        String whole = JsonLdWriter.embedding(CONTEXT).write(g, null);
        StringWriter out = new StringWriter();
        StreamRDF s = JsonLdWriter.embedding(CONTEXT).stream(out);
        s.start();
        g.find().toList().stream()
                .sorted(Comparator.comparing((Triple t) -> NodeFmtLib.strNT(t.getSubject()))
                        .thenComparing(t -> NodeFmtLib.strNT(t.getPredicate())).thenComparing(t -> NodeFmtLib.strNT(t.getObject())))
                .forEach(s::triple);
        s.finish();
        assertEquals(whole, out.toString());
    }

    @Test
    void anEmbeddedContextIsTheServedOneAndReadsBackToTheSameTriples() {
        Graph g = writer.toGraph(Fixtures.provincial());
        String json = JsonLdWriter.embedding(CONTEXT).write(g, null);
        JsonObject doc = JsonParser.parseString(json).getAsJsonObject();
        assertEquals(JsonParser.parseString(CONTEXT.json()).getAsJsonObject().get("@context"), doc.get("@context"));
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(json, Lang.JSONLD).parse(back);
        assertTrue(g.isIsomorphicWith(back));
        assertEquals(g.size(), back.size());
    }

    @Test
    void aServedDocumentNamesTheContextByUrl() {
        Graph g = writer.toGraph(Fixtures.city());
        JsonObject doc = JsonParser.parseString(new JsonLdWriter(CONTEXT, "http://localhost:3030/context.jsonld").write(g, null))
                .getAsJsonObject();
        assertEquals("http://localhost:3030/context.jsonld", doc.get("@context").getAsString());
        assertEquals(List.of("rg:inJurisdiction"), List.of(CONTEXT.compact(RG.inJurisdiction.getURI())));
    }
}
