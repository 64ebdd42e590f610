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

    @Test
    void theClassListOfAStoreCountedOnNodeIdsEqualsTheOneOfTheSameQuadsInMemory() throws IOException {
        Path dir = tmp.resolve("store");
        try (Store store = Store.openOrCreate(dir)) {
            build(store, letters(), false);
            var memory = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
            Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(memory::add));
            DatasetStats stats = counted(store);
            Set<Node> classes = Set.of(RG.Agency, RG.ReplyLetter, RG.Document);
            ClassList stored = Txn.calculateRead(store.dataset(),
                    () -> ClassList.of(store.dataset(), RG.DEFAULT_BASE, stats.letters(), classes));
            ClassList inMemory = ClassList.of(memory, RG.DEFAULT_BASE, stats.letters(), classes);
            assertEquals(inMemory, stored);
            assertEquals(10, stored.counts().get(RG.Document), "every document built is counted");
            assertTrue(stored.counts().get(RG.Agency) > 0, "agencies are counted in the entities graph");
            assertTrue(stored.documentClasses().contains(RG.ReplyLetter), "documents' classes are read from their graphs");
        }
    }

    private static final Set<Node> ONTOLOGY = Vocabulary.bundled().classes();

    private static ClassList recounted(Store store, Set<Node> ontologyClasses) {
        return Txn.calculateRead(store.dataset(),
                () -> ClassList.of(store.dataset(), RG.DEFAULT_BASE, counted(store).letters(), ontologyClasses));
    }

    @Test
    void aBuildSavesTheClassListAndAServedStoreReadsItBackWhileItsStampIsCurrent() throws IOException {
        Path dir = tmp.resolve("store");
        try (Store store = Store.openOrCreate(dir)) {
            HomeFigures.of(dir, store.dataset(), RG.DEFAULT_BASE).changed(build(store, letters().subList(0, 5), false));
            ClassList expected = recounted(store, ONTOLOGY);
            assertEquals(expected, HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).classes(ONTOLOGY));
            assertEquals(5, expected.counts().get(RG.Document));

            // Read back, not counted: a count changed in the file (stamp kept) is what is served.
            Path file = dir.resolve(HomeFigures.FILE);
            String saved = Files.readString(file);
            String line = "\nlisted " + RG.Document.getURI() + " 5 document\n";
            assertTrue(saved.contains(line), saved);
            Files.writeString(file, saved.replace(line, "\nlisted " + RG.Document.getURI() + " 4242 document\n"));
            assertEquals(4242, HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).classes(ONTOLOGY).counts().get(RG.Document));

            // Counted for other ontology classes: counted again for these.
            Set<Node> fewer = Set.of(RG.Agency, RG.ReplyLetter);
            assertEquals(recounted(store, fewer), HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).classes(fewer));
        }
    }

    @Test
    void aStaleStampCountsTheClassListAgainAndSavesIt() throws IOException {
        Path dir = tmp.resolve("store");
        try (Store store = Store.openOrCreate(dir)) {
            HomeFigures.of(dir, store.dataset(), RG.DEFAULT_BASE).changed(build(store, letters().subList(0, 5), false));
            String saved = Files.readString(dir.resolve(HomeFigures.FILE));
            build(store, letters().subList(5, 7), false); // a commit without the figures: the file is stale
            ClassList now = HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).classes(ONTOLOGY);
            assertEquals(recounted(store, ONTOLOGY), now);
            assertEquals(7, now.counts().get(RG.Document));
            assertNotEquals(saved, Files.readString(dir.resolve(HomeFigures.FILE)));
            assertEquals(now, HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).classes(ONTOLOGY));
        }
    }

    @Test
    void afterAnIngestTheClassListEqualsARecountServedAndSaved() throws IOException {
        Path dir = tmp.resolve("store");
        try (Store store = Store.openOrCreate(dir)) {
            HomeFigures.of(dir, store.dataset(), RG.DEFAULT_BASE).changed(build(store, letters().subList(0, 5), false));
            HomeFigures served = HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE);
            ClassList before = served.classes(ONTOLOGY);
            Set<Node> ingested = build(store, letters().subList(0, 8), false); // three letters posted to the server
            served.ingested(ingested);
            ClassList after = served.classes(ONTOLOGY);
            assertEquals(recounted(store, ONTOLOGY), after);
            assertNotEquals(before, after);
            assertEquals(8, after.counts().get(RG.Document));
            assertEquals(after, HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE).classes(ONTOLOGY), "saved after the ingest");
        }
    }
}
