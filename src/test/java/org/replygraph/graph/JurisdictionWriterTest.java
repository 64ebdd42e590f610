package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.replygraph.extract.Extractor;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.ingest.DocumentReader;

/** A letter of a provincial body links to its province as a node, and the node to its Wikidata item. */
class JurisdictionWriterTest {
    private static final Node SHAANXI_WD = NodeFactory.createURI("http://www.wikidata.org/entity/Q47974");
    private final GraphWriter writer = new GraphWriter(BuildOptions.defaults());
    private final Node shaanxi = writer.minter().jurisdiction("陕西省");

    @Test
    void aProvincialLetterLinksToItsProvinceNodeAndTheNodeToWikidata() {
        DocumentFacts f = Fixtures.provincial();
        Graph g = writer.toGraph(f);
        Node doc = writer.documentNode(f);
        assertTrue(shaanxi.getURI().startsWith(RG.DEFAULT_BASE + "place/shan-xi-sheng-"), shaanxi::getURI);
        assertTrue(g.contains(doc, RG.inJurisdiction, shaanxi));
        assertTrue(g.contains(doc, RG.jurisdiction, NodeFactory.createLiteralLang("陕西省", "zh-Hans")), "the literal stays");
        assertTrue(g.contains(shaanxi, RG.rdfType, RG.Jurisdiction));
        assertTrue(g.contains(shaanxi, RG.rdfsLabel, NodeFactory.createLiteralLang("陕西省", "zh-Hans")));
        assertEquals(List.of(SHAANXI_WD), g.find(shaanxi, RG.skosExactMatch, Node.ANY).mapWith(t -> t.getObject()).toList());
        // the issuer and the co-handler are bodies of the province
        for (String body : List.of("陕西省工业和信息化厅", "陕西省发展和改革委员会"))
            assertTrue(g.contains(writer.minter().agency(body), RG.inJurisdiction, shaanxi), body);
        // a national body is in no province
        assertFalse(g.contains(writer.minter().agency("工业和信息化部"), RG.inJurisdiction, Node.ANY));
        // and its Wikidata item is listed unverified in wikidata.tsv: no link until a source ties a QID to it
        assertTrue(WikidataItems.standard().isListed("工业和信息化部"));
        assertFalse(g.contains(writer.minter().agency("工业和信息化部"), RG.skosExactMatch, Node.ANY));
    }

    @Test
    void aCityLetterKeepsItsLiteralAndGetsNoNode() {
        DocumentFacts f = Fixtures.city();
        Graph g = writer.toGraph(f);
        Node doc = writer.documentNode(f);
        assertTrue(g.contains(doc, RG.jurisdiction, NodeFactory.createLiteralLang("杭州市", "zh-Hans")));
        assertFalse(g.contains(doc, RG.inJurisdiction, Node.ANY));
        assertFalse(g.contains(Node.ANY, RG.rdfType, RG.Jurisdiction));
        assertFalse(g.contains(writer.minter().agency("杭州市科学技术局"), RG.inJurisdiction, Node.ANY));
    }

    @Test
    void theProvinceIsDescribedOnceInTheEntitiesGraph() {
        DatasetGraph ds = CorpusBuilder.newDataset();
        writer.write(Fixtures.provincial(), ds);
        Node entities = EntityGraph.name(RG.DEFAULT_BASE);
        assertTrue(ds.contains(entities, shaanxi, RG.skosExactMatch, SHAANXI_WD));
        assertTrue(ds.contains(entities, shaanxi, RG.rdfType, RG.Jurisdiction));
    }

    @Test
    void aSeedLetterOfShaanxiYieldsTheNodeAndItsExactMatch() throws Exception {
        Path seed = Path.of("seeds/000_5dc32466c623b959.txt");
        DocumentFacts f = new Extractor().extract(new DocumentReader().read(seed));
        assertEquals("陕西省", f.letter().jurisdiction());
        Graph g = writer.toGraph(f);
        assertTrue(g.contains(writer.documentNode(f), RG.inJurisdiction, shaanxi));
        assertTrue(g.contains(shaanxi, RG.skosExactMatch, SHAANXI_WD));
    }
}
