package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusBuilderTest {
    @Test
    void buildsEverySeedIntoItsOwnNamedGraph() {
        DatasetGraph ds = CorpusBuilder.newDataset();
        BuildReport r = new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("seeds")), ds);
        assertEquals(5, r.documentsRead());
        assertEquals(List.of(), r.failures());
        assertEquals(6, ds.size(), "one named graph per document, and the entities graph");
        assertTrue(ds.containsGraph(EntityGraph.name(RG.DEFAULT_BASE)));
        assertEquals("000_5dc32466c623b959.txt", r.documents().get(0).file());
        assertTrue(r.quads() > 0);
    }

    @Test
    void theEntitiesGraphHoldsEachDescriptionOnceAndOnlyWhatLettersSaid() {
        DatasetGraph ds = CorpusBuilder.newDataset();
        new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("seeds")), ds);
        EntityGraph eg = new EntityGraph(RG.DEFAULT_BASE);
        Graph entities = ds.getGraph(eg.name());
        Graph letters = GraphFactory.createDefaultGraph();
        ds.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(eg.name())) ds.getGraph(g).find().forEachRemaining(letters::add);
        });
        // The union of the letters' descriptions, nothing more and nothing less.
        Graph expected = GraphFactory.createDefaultGraph();
        letters.find().filterKeep(eg::isDescription).forEachRemaining(expected::add);
        assertTrue(expected.size() > 100, "the seeds describe agencies, centres, policies, people");
        assertTrue(entities.isIsomorphicWith(expected));
        // The agency of seed 000 and dev 04 is described once, though named in several places.
        Node agency = new IriMinter(RG.DEFAULT_BASE).agency("陕西省工业和信息化厅");
        assertEquals(1, entities.find(agency, RG.skosPrefLabel, Node.ANY).toList().size());
        assertFalse(eg.isDescription(Triple.create(new IriMinter(RG.DEFAULT_BASE).document("x.txt"), RG.mentions, agency)));
    }

    @Test
    void aMissingFileIsReportedAndCostsNoOtherFile(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("a.txt"), "关于某事的答复");
        DatasetGraph ds = CorpusBuilder.newDataset();
        BuildReport r = new CorpusBuilder(BuildOptions.defaults())
                .build(List.of(dir.resolve("missing.txt"), good), ds);
        assertEquals(1, r.documentsRead());
        assertEquals(List.of(new BuildReport.Failure(dir.resolve("missing.txt").toString(), "no such file or folder")),
                r.failures());
    }

    @Test
    void aSecondFileOfTheSameNameIsReportedAsDuplicate(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("x"));
        Files.createDirectories(dir.resolve("y"));
        Files.writeString(dir.resolve("x/a.txt"), "甲");
        Files.writeString(dir.resolve("y/a.txt"), "乙");
        BuildReport r = new CorpusBuilder(BuildOptions.defaults()).build(List.of(dir), CorpusBuilder.newDataset());
        assertEquals(1, r.documentsRead());
        assertEquals("duplicate document name a.txt (already read from " + dir.resolve("x/a.txt") + ")",
                r.failures().get(0).reason());
    }

    @Test
    void aFileNamedTwiceIsReadOnce() {
        Path seed = Path.of("seeds/000_5dc32466c623b959.txt");
        BuildReport r = new CorpusBuilder(BuildOptions.defaults())
                .build(List.of(seed.toAbsolutePath(), Path.of("seeds"), seed), CorpusBuilder.newDataset());
        assertEquals(5, r.documentsRead());
        assertEquals(List.of(), r.failures());
    }
}
