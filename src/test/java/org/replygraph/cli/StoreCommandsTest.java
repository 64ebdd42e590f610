package org.replygraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands with --store as a user runs them: build updates, the others read the store as it is. */
class StoreCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void buildUpdatesTheStoreAndTheOtherCommandsReadIt() throws IOException {
        String store = tmp.resolve("store").toString();
        CliRun first = CliRun.of("build", "--store", store, "seeds");
        assertEquals(Main.OK, first.exit(), first.err());
        assertTrue(first.out().endsWith("store " + store + ": 5 added, 0 replaced, 0 removed, 0 unchanged\n"), first.out());
        try (org.replygraph.index.SearchIndex index = org.replygraph.index.SearchIndex.open(tmp.resolve("store/search"),
                org.replygraph.graph.RG.DEFAULT_BASE)) {
            assertTrue(index.search("陕西省工业和信息化厅", 0, 5).total() > 0, "the build indexed the store beside it");
        }

        Path out = tmp.resolve("out.nq");
        CliRun again = CliRun.of("build", "--store", store, "seeds", "-o", out.toString());
        assertEquals(Main.OK, again.exit(), again.err());
        assertEquals("0 documents (0 reply letters, 0 other), 0 failed, 0 quads -> " + out + "\n"
                + "store " + store + ": 0 added, 0 replaced, 0 removed, 5 unchanged\n", again.out());

        Path exported = tmp.resolve("exported.nq");
        CliRun export = CliRun.of("export", "--store", store, "-o", exported.toString());
        assertEquals(Main.OK, export.exit(), export.err());
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(exported), "build -o and export read the same store");
        assertTrue(Files.readString(exported).contains("extractorVersion"));

        CliRun query = CliRun.of("query", "letters-per-agency", "--store", store);
        assertEquals(Main.OK, query.exit(), query.err());
        assertTrue(query.out().contains("陕西省工业和信息化厅"), query.out());

        CliRun validate = CliRun.of("validate", "--store", store);
        assertEquals(Main.OK, validate.exit(), validate.err() + validate.out());

        CliRun pruned = CliRun.of("build", "--store", store, "seeds/000_5dc32466c623b959.txt", "--prune");
        assertEquals(Main.OK, pruned.exit(), pruned.err());
        assertTrue(pruned.out().endsWith("store " + store + ": 0 added, 0 replaced, 4 removed, 1 unchanged\n"), pruned.out());
        try (org.replygraph.index.SearchIndex index = org.replygraph.index.SearchIndex.open(tmp.resolve("store/search"),
                org.replygraph.graph.RG.DEFAULT_BASE)) {
            assertEquals(0, index.search("杭州市科学技术局", 0, 5).total(), "seed 003's agency left the store and the index");
            assertTrue(index.search("陕西省工业和信息化厅", 0, 5).total() > 0);
        }
        CliRun reindexed = CliRun.of("build", "--store", store, "seeds/000_5dc32466c623b959.txt", "--reindex");
        assertEquals(Main.OK, reindexed.exit(), reindexed.err());
        try (org.replygraph.index.SearchIndex index = org.replygraph.index.SearchIndex.open(tmp.resolve("store/search"),
                org.replygraph.graph.RG.DEFAULT_BASE)) {
            assertEquals(0, index.search("杭州市科学技术局", 0, 5).total());
            assertTrue(index.search("陕西省工业和信息化厅", 0, 5).total() > 0);
        }

        CliRun serve = CliRun.of("serve", "--store", store, "--port", "0", "--check");
        assertEquals(Main.OK, serve.exit(), serve.err());
        assertTrue(serve.out().startsWith("Home            http://localhost:"), "no build at start: " + serve.out());
    }

    @Test
    void misuseIsAUsageErrorThatSaysWhat() {
        CliRun noOutput = CliRun.of("build", "seeds");
        assertEquals(Main.USAGE, noOutput.exit());
        assertEquals("replygraph build: Missing -o FILE : build writes a file, or updates a store with --store DIR\n", noOutput.err());

        CliRun prune = CliRun.of("build", "seeds", "-o", tmp.resolve("x.nq").toString(), "--prune");
        assertEquals(Main.USAGE, prune.exit());
        assertEquals("replygraph build: Illegal --prune without --store : only a store keeps documents between builds\n", prune.err());

        String store = tmp.resolve("s").toString();
        CliRun both = CliRun.of("validate", "seeds", "--store", store);
        assertEquals(Main.USAGE, both.exit());
        assertEquals("replygraph validate: Illegal INPUT with --store : validate reads the store as it is; "
                + "add letters with `replygraph build --store " + store + " INPUT...`\n", both.err());

        CliRun neither = CliRun.of("export", "-o", tmp.resolve("x.nt").toString());
        assertEquals(Main.USAGE, neither.exit());
        assertEquals("replygraph export: Missing INPUT : give letters, folders or RDF files, or --store DIR\n", neither.err());

        CliRun token = CliRun.of("serve", "--ingest-token", "0123456789abcdef", "--port", "0", "--check");
        assertEquals(Main.USAGE, token.exit());
        assertEquals("replygraph serve: Illegal --ingest-token without --store : letters are ingested into a store\n", token.err());

        CliRun rdf = CliRun.of("build", "--store", store, "src/test/resources/serve/sample.trig");
        assertEquals(Main.USAGE, rdf.exit());
        assertEquals("replygraph build: Illegal INPUT=src/test/resources/serve/sample.trig with --store : a store is built from letters; "
                + "serve or query an RDF export without --store\n", rdf.err());
    }

    @Test
    void aFolderThatIsNoStoreOrNoFolderAtAllIsAFailureThatSaysSo() throws IOException {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "not a database");
        CliRun notStore = CliRun.of("query", "letters-per-agency", "--store", notes.toString());
        assertEquals(Main.FAILURE, notStore.exit());
        assertEquals("replygraph query: Illegal store=" + notes + " : the folder is not a TDB2 store (no Data-0001 folder in it); "
                + "give a new or empty folder to make a store\n", notStore.err());

        CliRun file = CliRun.of("build", "--store", notes.resolve("todo.txt").toString(), "seeds");
        assertEquals(Main.FAILURE, file.exit());
        assertEquals("replygraph build: Illegal store=" + notes.resolve("todo.txt")
                + " : it is a file; a store is a folder (give a new or empty folder to make one)\n", file.err());

        CliRun missing = CliRun.of("serve", "--store", tmp.resolve("nothing").toString(), "--port", "0", "--check");
        assertEquals(Main.FAILURE, missing.exit());
        assertEquals("replygraph serve: no store at " + tmp.resolve("nothing") + ": make one with `replygraph build --store "
                + tmp.resolve("nothing") + " LETTERS...`\n", missing.err());
    }

    /**
     * A store folder that no process is writing is a snapshot: copied to each replica (cp -a, rsync) it is
     * served and exported as it is, with its search index and saved figures, and later builds into the
     * original do not reach the copies until a new snapshot is taken (README: Beyond one machine).
     */
    @Test
    void aCopiedStoreFolderIsASnapshotServedAsItIs() throws IOException {
        Path store = tmp.resolve("store");
        assertEquals(Main.OK, CliRun.of("build", "--store", store.toString(), "seeds").exit());
        Path replica = copy(store, tmp.resolve("replica"));

        Path original = tmp.resolve("original.nq");
        Path copied = tmp.resolve("copied.nq");
        assertEquals(Main.OK, CliRun.of("export", "--store", store.toString(), "-o", original.toString()).exit());
        CliRun export = CliRun.of("export", "--store", replica.toString(), "-o", copied.toString());
        assertEquals(Main.OK, export.exit(), export.err());
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copied), "the copy holds the same quads");
        try (org.replygraph.index.SearchIndex index = org.replygraph.index.SearchIndex.open(replica.resolve("search"),
                org.replygraph.graph.RG.DEFAULT_BASE)) {
            assertTrue(index.search("陕西省工业和信息化厅", 0, 5).total() > 0, "the copy's own search index");
        }

        assertEquals(Main.OK, CliRun.of("build", "--store", store.toString(), "src/test/resources/dev/letters").exit());
        Path later = tmp.resolve("later.nq");
        assertEquals(Main.OK, CliRun.of("export", "--store", replica.toString(), "-o", later.toString()).exit());
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(later), "a build into the original leaves the snapshot as it was");

        CliRun serve = CliRun.of("serve", "--store", replica.toString(), "--port", "0", "--check");
        assertEquals(Main.OK, serve.exit(), serve.err());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
        return to;
    }
}
