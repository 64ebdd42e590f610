package org.replygraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.BuildReport;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.EntityGraph;
import org.replygraph.graph.IriMinter;
import org.replygraph.graph.RG;

class StoreSinkTest {
    private static final BuildOptions OPTIONS = BuildOptions.defaults();
    private static final Node ENTITIES = EntityGraph.name(RG.DEFAULT_BASE);
    /** One builder for every build here: making one loads the reference data and dictionaries. */
    private static final CorpusBuilder BUILDER = new CorpusBuilder(OPTIONS);

    @TempDir
    Path tmp;

    /** Builds {@code inputs} into the store at {@code dir} with batches of 3 documents (several commits). */
    private static BuildReport build(Path dir, List<Path> inputs, boolean prune, AtomicInteger commits) {
        try (Store store = Store.openOrCreate(dir);
             StoreSink sink = new StoreSink(store.dataset(), OPTIONS, prune, 3, Long.MAX_VALUE)) {
            sink.onCommit(n -> commits.incrementAndGet());
            return BUILDER.build(inputs, sink);
        }
    }

    private static BuildReport build(Path dir, List<Path> inputs, boolean prune) {
        return build(dir, inputs, prune, new AtomicInteger());
    }

    private static TreeSet<String> stored(Path dir) {
        try (Store store = Store.open(dir)) {
            return StoreFixtures.quads(store.dataset());
        }
    }

    @Test
    void fiveLettersThenFiveMoreGiveTheSameQuadsAsTenAtOnceAndAsAnInMemoryBuild() {
        List<Path> ten = StoreFixtures.letters(5);
        build(tmp.resolve("a"), ten.subList(0, 5), false);
        BuildReport second = build(tmp.resolve("a"), ten.subList(5, 10), false);
        assertEquals(5, second.documentsRead());
        build(tmp.resolve("b"), ten, false);

        TreeSet<String> incremental = stored(tmp.resolve("a"));
        // StoreSink fills each quad index on its own (sorted): all six must hold every quad.
        try (Store store = Store.open(tmp.resolve("a"))) {
            var tuples = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(store.dataset()).getQuadTable()
                    .getNodeTupleTable().getTupleTable();
            java.util.Map<String, Long> sizes = Txn.calculateRead(store.dataset(), () -> {
                java.util.Map<String, Long> out = new java.util.TreeMap<>();
                for (var index : tuples.getIndexes()) out.put(index.getName(), index.size());
                return out;
            });
            assertEquals(6, sizes.size(), sizes.toString());
            assertEquals(1, new HashSet<>(sizes.values()).size(), "every index holds the same quads: " + sizes);
            assertEquals((long) incremental.size(), sizes.values().iterator().next());
        }
        StoreFixtures.assertSameQuads(stored(tmp.resolve("b")), incremental, "5+5 vs 10");

        // The same quads as the in-memory build, plus each document's rg:extractorVersion.
        DatasetGraph memory = CorpusBuilder.newDataset();
        BUILDER.build(ten, memory);
        // TDB2 (Jena 5) reads "13"^^xsd:decimal back as 13.0: the same value in its canonical form.
        TreeSet<String> expected = new TreeSet<>();
        memory.find().forEachRemaining(q -> expected.add(org.apache.jena.riot.out.NodeFmtLib.str(
                Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), canonicalDecimal(q.getObject())))));
        String version = "\"" + ExtractorVersion.of(OPTIONS) + "\"";
        TreeSet<String> withoutVersions = new TreeSet<>(incremental);
        withoutVersions.removeIf(l -> l.contains("#extractorVersion> " + version));
        assertEquals(incremental.size() - 10, withoutVersions.size(), "one version per document");
        StoreFixtures.assertSameQuads(expected, withoutVersions, "store vs memory");
    }

    @Test
    void pruneRemovesWhatOnlyTheDroppedLetterSaidAndKeepsWhatOthersAlsoSaid() {
        List<Path> ten = StoreFixtures.letters(5);
        Path dropped = ten.get(0); // seed 000: its agency is also dev 04's
        List<Path> nine = new ArrayList<>(ten);
        nine.remove(dropped);
        build(tmp.resolve("a"), ten, false);

        // Before: which of the dropped letter's descriptions do other letters also hold?
        Set<Triple> onlyDropped = new HashSet<>();
        Set<Triple> shared = new HashSet<>();
        try (Store store = Store.open(tmp.resolve("a"))) {
            DatasetGraph ds = store.dataset();
            Node graph = new IriMinter(RG.DEFAULT_BASE).graph(dropped.getFileName().toString());
            Txn.executeRead(ds, () -> ds.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!new EntityGraph(RG.DEFAULT_BASE).isDescription(q.asTriple())) return;
                boolean elsewhere = ds.stream(Node.ANY, q.getSubject(), q.getPredicate(), q.getObject())
                        .anyMatch(o -> !o.getGraph().equals(graph) && !o.getGraph().equals(ENTITIES));
                (elsewhere ? shared : onlyDropped).add(q.asTriple());
            }));
        }
        assertFalse(onlyDropped.isEmpty(), "seed 000 says things no other letter says");
        Node agency = new IriMinter(RG.DEFAULT_BASE).agency("陕西省工业和信息化厅");
        assertTrue(shared.stream().anyMatch(t -> t.getSubject().equals(agency)), "seed 000 and dev 04 both describe 陕西省工业和信息化厅");

        BuildReport pruned;
        try (Store store = Store.open(tmp.resolve("a"));
             StoreSink sink = new StoreSink(store.dataset(), OPTIONS, true)) {
            pruned = BUILDER.build(nine, sink);
            assertEquals(new StoreSink.Summary(0, 0, 1), sink.summary());
            assertEquals(Set.of(new IriMinter(RG.DEFAULT_BASE).graph(dropped.getFileName().toString())), sink.changedGraphs());
        }
        assertEquals(9, pruned.unchanged().size(), "nothing else is extracted again");

        try (Store store = Store.open(tmp.resolve("a"))) {
            DatasetGraph ds = store.dataset();
            Txn.executeRead(ds, () -> {
                for (Triple t : onlyDropped)
                    assertFalse(ds.contains(ENTITIES, t.getSubject(), t.getPredicate(), t.getObject()), "gone: " + t);
                for (Triple t : shared)
                    assertTrue(ds.contains(ENTITIES, t.getSubject(), t.getPredicate(), t.getObject()), "kept: " + t);
            });
        }
        build(tmp.resolve("b"), nine, false);
        StoreFixtures.assertSameQuads(stored(tmp.resolve("b")), stored(tmp.resolve("a")), "pruned = built without it");
    }

    @Test
    void aLetterWhoseBytesChangedIsReplacedAndTheRestAreNotExtracted() throws IOException {
        List<Path> files = StoreFixtures.copies(StoreFixtures.letters(5), tmp.resolve("letters"));
        build(tmp.resolve("a"), files, false);
        Path changed = files.get(5); // dev 01
        Files.writeString(changed, "\n联系人:王明 电话:028-12345678\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        BuildReport rebuilt = build(tmp.resolve("a"), files, false);
        assertEquals(List.of(changed.getFileName().toString()), rebuilt.documents().stream().map(BuildReport.DocumentEntry::file).toList());
        assertEquals(9, rebuilt.unchanged().size());
        build(tmp.resolve("b"), files, false);
        StoreFixtures.assertSameQuads(stored(tmp.resolve("b")), stored(tmp.resolve("a")), "replaced = built from the new bytes");

        try (Store store = Store.open(tmp.resolve("a"))) {
            DatasetGraph ds = store.dataset();
            Node doc = new IriMinter(RG.DEFAULT_BASE).document(changed.getFileName().toString());
            Node sha = NodeFactory.createLiteralString(sha256(Files.readAllBytes(changed)));
            assertTrue(Txn.calculateRead(ds, () -> ds.contains(Node.ANY, doc, RG.sha256, sha)));
            assertEquals(1L, Txn.calculateRead(ds, () -> ds.stream(Node.ANY, doc, RG.sha256, Node.ANY).count()), "one version only");
        }
    }

    @Test
    void aRebuildWithNothingChangedExtractsNothingAndCommitsNothing() {
        List<Path> ten = StoreFixtures.letters(5);
        build(tmp.resolve("a"), ten, false);
        TreeSet<String> first = stored(tmp.resolve("a"));
        AtomicInteger commits = new AtomicInteger();
        BuildReport again = build(tmp.resolve("a"), ten, true, commits);
        assertEquals(0, again.documentsRead());
        assertEquals(10, again.unchanged().size());
        assertEquals(0, commits.get(), "no write transaction was committed");
        StoreFixtures.assertSameQuads(first, stored(tmp.resolve("a")), "unchanged");
    }

    @Test
    void anotherExtractorVersionMakesEveryDocumentStale() {
        List<Path> five = StoreFixtures.letters(0);
        build(tmp.resolve("a"), five, false);
        try (Store store = Store.open(tmp.resolve("a"));
             StoreSink mobiles = new StoreSink(store.dataset(), OPTIONS.withPersonalMobiles(true), false)) {
            String file = five.get(0).getFileName().toString();
            String sha = Txn.calculateRead(store.dataset(), () -> store.dataset().stream(Node.ANY,
                    new IriMinter(RG.DEFAULT_BASE).document(file), RG.sha256, Node.ANY).findFirst().orElseThrow().getObject().getLiteralLexicalForm());
            assertTrue(new StoreSink(store.dataset(), OPTIONS, false).isCurrent(file, sha));
            assertFalse(mobiles.isCurrent(file, sha), "built without --publish-mobiles: not current for a build with it");
            assertFalse(new StoreSink(store.dataset(), OPTIONS, false).isCurrent(file, "0".repeat(64)));
        }
        assertTrue(ExtractorVersion.of(OPTIONS).matches("0\\.1\\.0\\+[0-9a-f]{12}"), ExtractorVersion.of(OPTIONS));
    }

    @Test
    void aBuildGivenUpKeepsItsCommittedBatchesAndNothingOfTheBatchInProgress() throws Exception {
        List<Path> five = StoreFixtures.letters(0);
        AtomicInteger committed = new AtomicInteger();
        try (Store store = Store.openOrCreate(tmp.resolve("a"));
             StoreSink sink = new StoreSink(store.dataset(), OPTIONS, false, 3, Long.MAX_VALUE)) {
            java.util.concurrent.CountDownLatch firstCommit = new java.util.concurrent.CountDownLatch(1);
            sink.onCommit(n -> {
                committed.set(n);
                firstCommit.countDown();
            });
            for (Path f : five.subList(0, 3)) sink.add(BUILDER.buildOne(f));
            assertTrue(firstCommit.await(60, java.util.concurrent.TimeUnit.SECONDS));
            sink.add(BUILDER.buildOne(five.get(3)));
            // close() without finish(): the fourth document is dropped or its transaction aborted
        }
        assertEquals(3, committed.get());
        try (Store store = Store.open(tmp.resolve("a"))) {
            DatasetGraph ds = store.dataset();
            IriMinter minter = new IriMinter(RG.DEFAULT_BASE);
            for (int i = 0; i < 4; i++) {
                Node graph = minter.graph(five.get(i).getFileName().toString());
                assertEquals(i < 3, Txn.calculateRead(ds, () -> ds.containsGraph(graph)), five.get(i).toString());
            }
        }
    }

    @Test
    void aFirstBuildIntoAnEmptyStoreIsOneCommitALaterOneKeepsItsBatchesAndCompactingKeepsEveryQuad() throws IOException {
        List<Path> ten = StoreFixtures.letters(5);
        Path dir = tmp.resolve("a");
        AtomicInteger commits = new AtomicInteger();
        try (Store store = Store.openOrCreate(dir);
             StoreSink sink = new StoreSink(store.dataset(), OPTIONS, false, 3, Long.MAX_VALUE).oneTransactionIntoAnEmptyStore()) {
            sink.onCommit(n -> commits.incrementAndGet());
            BUILDER.build(ten.subList(0, 4), sink);
            assertEquals(1, sink.commits(), "4 letters in batches of 3 into an empty store: one commit");
            assertEquals(1, commits.get());
        }
        try (Store store = Store.openOrCreate(dir);
             StoreSink sink = new StoreSink(store.dataset(), OPTIONS, false, 3, Long.MAX_VALUE).oneTransactionIntoAnEmptyStore()) {
            BUILDER.build(ten, sink);
            assertEquals(2, sink.commits(), "6 more letters into a store that has some: batches of 3, a commit each");
        }
        build(tmp.resolve("b"), ten, false); // batches of 3 from the start
        TreeSet<String> before = stored(dir);
        StoreFixtures.assertSameQuads(stored(tmp.resolve("b")), before, "one transaction vs batches");
        try (Store store = Store.open(dir)) {
            store.compact();
        }
        try (Stream<Path> names = Files.list(dir)) {
            assertEquals(List.of("Data-0002", "tdb.lock"),
                    names.map(p -> p.getFileName().toString()).sorted().toList(), "the old generation is deleted");
        }
        StoreFixtures.assertSameQuads(before, stored(dir), "compacted");
    }

    @Test
    void quadsWrittenInSmallChunksAndSlicesBetweenDocumentsGiveTheSameQuadsInEveryIndex() {
        List<Path> ten = StoreFixtures.letters(5);
        build(tmp.resolve("whole"), ten, false);
        // Chunks of 50 quads, 7 inserts per slice: hundreds of chunks, each index written in many slices,
        // in one transaction and in batches of 3 committed one by one.
        for (boolean oneTransaction : new boolean[] {true, false}) {
            Path dir = tmp.resolve("sliced-" + oneTransaction);
            try (Store store = Store.openOrCreate(dir);
                 StoreSink sink = new StoreSink(store.dataset(), OPTIONS, false, 3, Long.MAX_VALUE).chunks(50, 7)) {
                if (oneTransaction) sink.oneTransactionIntoAnEmptyStore();
                BUILDER.build(ten, sink);
                assertEquals(oneTransaction ? 1 : 4, sink.commits(), "10 letters in batches of 3");
            }
            TreeSet<String> sliced = stored(dir);
            StoreFixtures.assertSameQuads(stored(tmp.resolve("whole")), sliced, "chunks of 50, one transaction: " + oneTransaction);
            try (Store store = Store.open(dir)) {
                var tuples = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(store.dataset()).getQuadTable()
                        .getNodeTupleTable().getTupleTable();
                Set<Long> sizes = Txn.calculateRead(store.dataset(), () -> {
                    Set<Long> out = new HashSet<>();
                    for (var index : tuples.getIndexes()) out.add(index.size());
                    return out;
                });
                assertEquals(Set.of((long) sliced.size()), sizes, "every index holds every quad");
            }
        }
    }

    @Test
    void chunksAndSlicesOfNothingAreRefused() {
        try (Store store = Store.openOrCreate(tmp.resolve("a"))) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> Txn.executeWrite(store.dataset(), () -> new StoredQuads(store.dataset(), 0, 7)));
            assertEquals("Illegal chunk=0, slice=7 : both at least 1", e.getMessage());
        }
    }

    private static Node canonicalDecimal(Node o) {
        if (!o.isLiteral() || !o.getLiteralDatatypeURI().equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal.getURI())) return o;
        return NodeFactory.createLiteralDT(org.apache.jena.sparql.expr.nodevalue.XSDFuncOp.canonicalDecimalStr(
                new java.math.BigDecimal(o.getLiteralLexicalForm())), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
