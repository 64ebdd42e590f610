package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.RG;
import org.replygraph.graph.store.Store;
import org.replygraph.graph.store.StoreSink;

/**
 * The home page's figures saved beside a store: what a build saves is what counting the store gives, a
 * served store reads it back instead of counting, a stale file is counted again, and updating the
 * figures after letters are added, replaced or removed gives what counting everything again gives.
 */
class HomeFiguresTest {
    private static final BuildOptions OPTIONS = BuildOptions.defaults();
    private static final CorpusBuilder BUILDER = new CorpusBuilder(OPTIONS);
    private static final EntityIris IRIS = new EntityIris(RG.DEFAULT_BASE);

    @TempDir
    Path tmp;

    private static Set<Node> build(Store store, List<Path> inputs, boolean prune) {
        try (StoreSink sink = new StoreSink(store.dataset(), OPTIONS, prune)) {
            BUILDER.build(inputs, sink);
            return sink.changedNodes();
        }
    }

    private static DatasetStats counted(Store store) {
        return Txn.calculateRead(store.dataset(), () -> DatasetStats.of(store.dataset(), IRIS));
    }

    private static List<Path> letters() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : List.of(Path.of("seeds"), Path.of("src/test/resources/dev/letters")))
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(all::add);
            }
        return all.subList(0, 10);
    }

    @Test
    void aBuildSavesTheFiguresAndAServedStoreReadsThemBackWhileTheyAreCurrent() throws IOException {
        Path dir = tmp.resolve("store");
        try (Store store = Store.openOrCreate(dir)) {
            HomeFigures figures = HomeFigures.of(dir, store.dataset(), RG.DEFAULT_BASE);
            figures.changed(build(store, letters().subList(0, 5), false));
            DatasetStats expected = counted(store);
            assertEquals(expected, figures.get());
            Path file = dir.resolve(HomeFigures.FILE);
            assertTrue(Files.readString(file).contains("\nentities " + expected.entities() + "\n"));

            // Read back, not counted: a figure changed in the file (stamp kept) is what is served.
            String saved = Files.readString(file);
            Files.writeString(file, saved.replace("\nentities " + expected.entities() + "\n", "\nentities 4242\n"));
            assertEquals(4242, HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).get().entities());

            // A commit since: the stamp is not the store's, so the figures are counted again (and saved).
            build(store, letters().subList(5, 6), false);
            DatasetStats now = HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).get();
            assertEquals(counted(store), now);
            assertEquals(6, now.letters().size());
            assertNotEquals(saved, Files.readString(file));
            assertEquals(now, HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).get());
        }
    }

    @Test
    void aStoreFolderWhereTheFileCannotBeWrittenStillGetsItsFigures() throws IOException {
        Path dir = tmp.resolve("store");
        try (Store store = Store.openOrCreate(dir)) {
            build(store, letters().subList(0, 3), false);
            Files.createDirectories(dir.resolve(HomeFigures.FILE).resolve("in-the-way")); // a folder where the file goes
            assertEquals(counted(store), HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).get());
            assertTrue(Files.isDirectory(dir.resolve(HomeFigures.FILE)));
        }
    }

    @Test
    void updatingAfterLettersAddedReplacedOrRemovedGivesWhatCountingAgainGives() throws IOException {
        List<Path> ten = new ArrayList<>();
        Files.createDirectories(tmp.resolve("letters"));
        for (Path f : letters()) ten.add(Files.copy(f, tmp.resolve("letters").resolve(f.getFileName())));
        try (Store store = Store.openOrCreate(tmp.resolve("store"))) {
            build(store, ten.subList(0, 6), false);
            DatasetStats before = counted(store);

            // added: four letters, one of them (dev 04) answered by an agency already listed (seed 000's)
            Set<Node> added = build(store, ten, false);
            DatasetStats afterAdding = Txn.calculateRead(store.dataset(), () -> before.updated(store.dataset(), IRIS, added));
            assertEquals(counted(store), afterAdding, "added");
            assertEquals(10, afterAdding.letters().size());

            // replaced: a letter's bytes change
            Files.writeString(ten.get(7), "\n(本文已于2024年1月1日更新)\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            Set<Node> replaced = build(store, ten, false);
            assertEquals(counted(store), Txn.calculateRead(store.dataset(), () -> afterAdding.updated(store.dataset(), IRIS, replaced)),
                    "replaced");

            // removed: seed 000 pruned; its agency keeps the replies of the others
            DatasetStats beforeRemoving = counted(store);
            Set<Node> removed = build(store, ten.subList(1, 10), true);
            DatasetStats afterRemoving = Txn.calculateRead(store.dataset(), () -> beforeRemoving.updated(store.dataset(), IRIS, removed));
            assertEquals(counted(store), afterRemoving, "removed");
            assertEquals(9, afterRemoving.letters().size());
        }
    }

    /** Instances per class as SPARQL counts them over the default graph (the union): the independent reference. */
    private static java.util.Map<Node, Long> sparqlCounts(org.apache.jena.sparql.core.DatasetGraph dataset) {
        java.util.Map<Node, Long> out = new java.util.HashMap<>();
        Txn.executeRead(dataset, () -> {
            var query = org.apache.jena.query.QueryFactory.create(
                    "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } FILTER isIRI(?c) } GROUP BY ?c");
            try (var exec = org.apache.jena.query.QueryExecutionFactory.create(query,
                    org.apache.jena.query.DatasetFactory.wrap(dataset))) {
                exec.execSelect().forEachRemaining(r -> out.put(r.get("c").asNode(), r.getLiteral("n").getLong()));
            }
        });
        return out;
    }

    @Test
    void theClassCountsOfAStoreCountedOnNodeIdsEqualTheOnesOfTheSameQuadsInMemoryAndSparqls() throws IOException {
        Path dir = tmp.resolve("store");
        try (Store store = Store.openOrCreate(dir)) {
            build(store, letters(), false);
            var memory = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
            Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(memory::add));
            ClassCounts stored = Txn.calculateRead(store.dataset(), () -> ClassCounts.of(store.dataset()));
            ClassCounts inMemory = ClassCounts.of(memory);
            assertEquals(inMemory.counts(), stored.counts());
            assertEquals(inMemory.properties(), stored.properties(), "triples per property: on node ids = a find per property in memory");
            assertTrue(stored.properties().get(RG.issuedBy) > 0, "rg:issuedBy is used: " + stored.properties());
            assertEquals(sparqlCounts(memory), stored.counts());
            stored.examples().forEach((cls, example) -> assertTrue(memory.getUnionGraph().contains(example, RG.rdfType, cls),
                    example + " is an instance of " + cls));
            assertEquals(10L, stored.count(RG.Document), "every document built is counted");
            assertTrue(stored.count(RG.skosConcept) > 0, "concepts are counted");
            assertEquals(stored.counts().keySet(), stored.examples().keySet(), "every class used has an IRI instance as example");
        }
    }

    private static ClassCounts recounted(Store store) {
        return Txn.calculateRead(store.dataset(), () -> ClassCounts.of(store.dataset()));
    }

    @Test
    void aBuildSavesTheClassCountsAndAServedStoreReadsThemBackWhileTheStampIsCurrent() throws IOException {
        Path dir = tmp.resolve("store");
        try (Store store = Store.openOrCreate(dir)) {
            HomeFigures.of(dir, store.dataset(), RG.DEFAULT_BASE).changed(build(store, letters().subList(0, 5), false));
            ClassCounts expected = recounted(store);
            assertEquals(expected, HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).classes());
            assertEquals(5L, expected.count(RG.Document));

            // Read back, not counted: a count changed in the file (stamp kept) is what is served.
            Path file = dir.resolve(HomeFigures.FILE);
            String saved = Files.readString(file);
            String line = "\nclass " + RG.Document.getURI() + " 5 " + expected.examples().get(RG.Document).getURI() + "\n";
            assertTrue(saved.contains(line), saved);
            Files.writeString(file, saved.replace(line, line.replace(" 5 ", " 4242 ")));
            assertEquals(4242L, HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).classes().count(RG.Document));

            // The triples per property are saved with them and read back too (what /ns shows without a scan).
            long issuedBy = expected.properties().get(RG.issuedBy);
            String property = "\nproperty " + RG.issuedBy.getURI() + " " + issuedBy + "\n";
            saved = Files.readString(file);
            assertTrue(saved.contains(property), saved);
            Files.writeString(file, saved.replace(property, "\nproperty " + RG.issuedBy.getURI() + " 4243\n"));
            assertEquals(4243L, HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).classes().properties().get(RG.issuedBy));

            // A file of the previous version (class lines, no property lines) is counted again, not read as 0 triples.
            Files.writeString(file, Files.readString(file).replaceAll("\nproperty [^\n]*", ""));
            assertEquals(issuedBy, HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).classes().properties().get(RG.issuedBy));
        }
    }

    @Test
    void aStaleStampCountsTheClassesAgainAndSavesThem() throws IOException {
        Path dir = tmp.resolve("store");
        try (Store store = Store.openOrCreate(dir)) {
            HomeFigures.of(dir, store.dataset(), RG.DEFAULT_BASE).changed(build(store, letters().subList(0, 5), false));
            String saved = Files.readString(dir.resolve(HomeFigures.FILE));
            build(store, letters().subList(5, 7), false); // a commit without the figures: the file is stale
            ClassCounts now = HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).classes();
            assertEquals(recounted(store), now);
            assertEquals(7L, now.count(RG.Document));
            assertNotEquals(saved, Files.readString(dir.resolve(HomeFigures.FILE)));
            assertEquals(now, HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).classes());
        }
    }

    @Test
    void afterAnIngestTheClassCountsEqualARecountServedAndSaved() throws IOException {
        Path dir = tmp.resolve("store");
        try (Store store = Store.openOrCreate(dir)) {
            HomeFigures.of(dir, store.dataset(), RG.DEFAULT_BASE).changed(build(store, letters().subList(0, 5), false));
            HomeFigures served = HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE);
            ClassCounts before = served.classes();
            Set<Node> ingested = build(store, letters().subList(0, 8), false); // three letters posted to the server
            served.ingested(ingested);
            String file = Files.readString(dir.resolve(HomeFigures.FILE));
            assertTrue(file.contains("\nclass " + RG.Document.getURI() + " 8 "), "saved by the ingest itself: " + file);
            ClassCounts after = served.classes();
            assertEquals(recounted(store), after);
            assertNotEquals(before, after);
            assertEquals(8L, after.count(RG.Document));
            assertEquals(after, HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).classes(), "saved after the ingest");
        }
    }
}
