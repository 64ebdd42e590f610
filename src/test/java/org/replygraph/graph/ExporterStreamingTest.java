package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every export format streams, and .nt/.nq keep the bytes of the whole-string sort they replace. */
class ExporterStreamingTest {
    static DatasetGraph seeds;

    @BeforeAll
    static void build() {
        seeds = CorpusBuilder.newDataset();
        new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("seeds"), Path.of("src/test/resources/dev/letters")), seeds);
    }

    /** How main wrote .nt/.nq before: the whole output as one String, split, sorted, joined (the oracle). */
    static byte[] asOneStringSorted(DatasetGraph ds, String ext) {
        String all = ext.equals("nt") ? RDFWriter.source(ds.getUnionGraph()).lang(Lang.NTRIPLES).asString()
                : RDFWriter.source(ds).lang(Lang.NQUADS).asString();
        String[] ls = all.split("\n");
        Arrays.sort(ls);
        StringBuilder sb = new StringBuilder();
        for (String l : ls) if (!l.isEmpty()) sb.append(l).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nt", "nq"})
    void sortedLinesAreByteIdenticalToTheWholeStringSort(String ext, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("out." + ext);
        new Exporter(RG.DEFAULT_BASE).write(seeds, file);
        assertArrayEquals(asOneStringSorted(seeds, ext), Files.readAllBytes(file));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(RG.DEFAULT_BASE).write(seeds, ext, out);
        assertArrayEquals(asOneStringSorted(seeds, ext), out.toByteArray());
    }

    @Test
    void aSinkSpillingRunsWritesWhatTheDatasetHolds(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("letters.nq");
        try (SortedQuadsSink sink = new SortedQuadsSink(file, RG.DEFAULT_BASE, 64 << 10)) {
            new CorpusBuilder(BuildOptions.defaults(), 2).build(List.of(Path.of("seeds"), Path.of("src/test/resources/dev/letters")), sink);
            assertTrue(sink.runs() > 1, "runs: " + sink.runs());
        }
        assertArrayEquals(asOneStringSorted(seeds, "nq"), Files.readAllBytes(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no run or temporary file is left beside the output");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "trig", "jsonld", "rdf"})
    void theOtherFormatsHoldTheSameGraphs(String ext, @TempDir Path dir) {
        Path file = dir.resolve("out." + ext);
        new Exporter(RG.DEFAULT_BASE).write(seeds, file);
        if (ext.equals("trig")) {
            Dataset back = RDFDataMgr.loadDataset(file.toString());
            assertEquals(seeds.size(), back.asDatasetGraph().size(), "one graph per document and the entities graph");
            seeds.listGraphNodes().forEachRemaining(g ->
                    assertTrue(seeds.getGraph(g).isIsomorphicWith(back.asDatasetGraph().getGraph(g)), g::toString));
        } else {
            Graph back = RDFDataMgr.loadGraph(file.toString());
            Graph union = GraphFactory.createDefaultGraph();
            seeds.getUnionGraph().find().forEachRemaining(union::add);
            assertTrue(union.isIsomorphicWith(back));
        }
    }

    /** The formats table is what export knows: every DataFormat exports, and nothing else does. */
    @Test
    void everyFormatOfTheTableExports() throws IOException {
        for (DataFormat f : DataFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new Exporter(RG.DEFAULT_BASE).write(seeds, f.extension(), out);
            DatasetGraph back = DatasetGraphFactory.create();
            org.apache.jena.riot.RDFParser.fromString(out.toString(StandardCharsets.UTF_8), f.lang()).parse(back);
            long expected = f.quads() ? seeds.stream().count() : seeds.getUnionGraph().size();
            assertEquals(expected, f.quads() ? back.stream().count() : back.getDefaultGraph().size(), f.toString());
        }
        assertEquals("Illegal output extension=.owl : use one of .ttl, .nt, .jsonld, .rdf, .nq, .trig",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> new Exporter(RG.DEFAULT_BASE).write(seeds, "owl", new ByteArrayOutputStream())).getMessage());
    }

    @Test
    void aTransactionalDatasetIsReadInsideATransaction(@TempDir Path dir) throws IOException {
        DatasetGraph tim = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(tim, () -> seeds.find().forEachRemaining(tim::add));
        Path file = dir.resolve("tim.nq");
        new Exporter(RG.DEFAULT_BASE).write(tim, file);
        assertArrayEquals(asOneStringSorted(seeds, "nq"), Files.readAllBytes(file));
    }
}
