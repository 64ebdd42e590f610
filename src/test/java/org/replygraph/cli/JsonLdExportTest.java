package org.replygraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replygraph.graph.JsonLdContext;
import org.replygraph.graph.RG;

/** {@code export … -o x.jsonld}: compacted JSON-LD with the served @context inline, the N-Quads export's triples. */
class JsonLdExportTest {
    @Test
    void theJsonLdExportReadsBackWithRiotToTheTriplesOfTheNQuadsExport(@TempDir Path dir) throws IOException {
        Path nq = dir.resolve("all.nq");
        Path jsonld = dir.resolve("all.jsonld");
        assertEquals(Main.OK, CliRun.of("export", "seeds", "-o", nq.toString()).exit());
        CliRun r = CliRun.of("export", "seeds", "-o", jsonld.toString());
        assertEquals(Main.OK, r.exit(), r.err());
        DatasetGraph quads = DatasetGraphFactory.create();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(quads);
        Graph union = GraphFactory.createDefaultGraph();
        quads.getUnionGraph().find().forEachRemaining(union::add);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(jsonld).lang(Lang.JSONLD).parse(back);
        assertEquals(union.size(), back.size());
        assertTrue(union.isIsomorphicWith(back), "the .jsonld export holds other triples than the union of the .nq export");
    }

    @Test
    void itIsCompactedWithTheServedContextCarriedInline(@TempDir Path dir) throws IOException {
        Path jsonld = dir.resolve("all.jsonld");
        assertEquals(Main.OK, CliRun.of("export", "seeds", "-o", jsonld.toString()).exit());
        JsonObject doc = JsonParser.parseString(Files.readString(jsonld)).getAsJsonObject();
        JsonElement served = JsonParser.parseString(JsonLdContext.standard(RG.DEFAULT_BASE).json()).getAsJsonObject().get("@context");
        assertEquals(served, doc.get("@context"));
        List<String> fullKeys = new ArrayList<>();
        JsonObject shaanxi = null;
        for (JsonElement e : doc.getAsJsonArray("@graph")) {
            JsonObject node = e.getAsJsonObject();
            assertTrue(!node.get("@id").getAsString().startsWith("http"), node.get("@id")::toString);  // id:…, rg:CategoryA
            for (String key : node.keySet()) if (key.startsWith("http")) fullKeys.add(key);
            if (node.has("rdfs:label") && node.getAsJsonObject("rdfs:label").has("zh-Hans")
                    && node.getAsJsonObject("rdfs:label").get("zh-Hans").toString().equals("\"陕西省\"")
                    && node.get("@type").getAsString().equals("rg:Jurisdiction")) shaanxi = node;
        }
        assertEquals(List.of(), fullKeys, "every property has a term of the context");
        assertTrue(shaanxi != null, "陕西省 is a node");
        assertEquals("wd:Q47974", shaanxi.get("skos:exactMatch").getAsString());
    }

    @Test
    void buildToJsonLdWritesTheExportsBytes(@TempDir Path dir) throws IOException {
        Path built = dir.resolve("built.jsonld");
        Path exported = dir.resolve("exported.jsonld");
        assertEquals(Main.OK, CliRun.of("build", "seeds", "-o", built.toString()).exit());
        assertEquals(Main.OK, CliRun.of("export", "seeds", "-o", exported.toString()).exit());
        assertArrayEquals(Files.readAllBytes(exported), Files.readAllBytes(built));
    }
}
