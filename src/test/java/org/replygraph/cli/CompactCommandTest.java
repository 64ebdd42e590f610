package org.replygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.store.Store;
import org.replygraph.graph.store.StoreIngest;
import org.replygraph.graph.store.StoredSubjects;

/**
 * {@code compact --store DIR} after letters were ingested one commit each: the same quads in a new
 * generation, the old one deleted, the home figures saved with the new stamp; without --store a usage error.
 */
class CompactCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aStoreGrownByIngestsIsCompactedWithItsDataUnchangedAndItsFiguresRestamped() throws Exception {
        Path dir = tmp.resolve("store");
        CliRun built = CliRun.of("build", "--store", dir.toString(), "seeds");
        assertEquals(Main.OK, built.exit(), built.err());
        List<String> before;
        String stampBefore;
        try (Store store = Store.open(dir); Stream<Path> letters = Files.list(Path.of("src/test/resources/dev/letters"))) {
            StoreIngest ingest = new StoreIngest(store.dataset(), BuildOptions.defaults());
            for (Path letter : letters.filter(p -> p.toString().endsWith(".txt")).sorted().toList())
                ingest.ingest(letter.getFileName().toString(), Files.readAllBytes(letter)); // one commit each, as /ingest does
            before = quads(store);
            stampBefore = stamp(store);
        }
        CliRun compacted = CliRun.of("compact", "--store", dir.toString());
        assertEquals(Main.OK, compacted.exit(), compacted.err());
        assertTrue(compacted.out().matches("store " + java.util.regex.Pattern.quote(dir.toString())
                + " compacted: [0-9.]+ MB -> [0-9.]+ MB \\(Data-0002\\)\n"), compacted.out());
        assertFalse(Files.exists(dir.resolve("Data-0001")), "the old generation is deleted");
        try (Store store = Store.open(dir)) {
            assertEquals(before, quads(store), "the same quads");
            String stamp = stamp(store);
            assertTrue(stamp.startsWith("Data-0002@"), stamp);
            assertFalse(stamp.equals(stampBefore));
            assertTrue(Files.readString(dir.resolve("home-figures.txt")).startsWith("replygraph home figures 2\nstamp " + stamp + "\n"),
                    "the figures are saved with the compacted store's stamp, so serve reads them back");
        }
        // The compacted store takes new letters.
        CliRun again = CliRun.of("build", "--store", dir.toString(), "seeds", "src/test/resources/dev/letters");
        assertEquals(Main.OK, again.exit(), again.err());
    }

    @Test
    void withoutAStoreItIsAUsageError() {
        CliRun r = CliRun.of("compact");
        assertEquals(Main.USAGE, r.exit());
        assertEquals("replygraph compact: Missing --store DIR : compact works on a store\n", r.err());
    }

    private static List<String> quads(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            store.dataset().find().forEachRemaining(q -> out.add(NodeFmtLib.str(q)));
            out.sort(null);
            return out;
        });
    }

    private static String stamp(Store store) {
        return Txn.calculateRead(store.dataset(), () -> StoredSubjects.of(store.dataset()).orElseThrow().stamp());
    }
}
