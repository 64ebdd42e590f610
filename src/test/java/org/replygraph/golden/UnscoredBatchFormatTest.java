package org.replygraph.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.replygraph.evaluate.GoldDocument;
import org.replygraph.evaluate.GoldFormatException;
import org.replygraph.evaluate.GoldReader;

/**
 * The staged, not yet scored batch in src/test/resources/real/unscored (README there): its gold must be readable
 * by {@link GoldReader} and name its own letters, so the batch can be scored later with scripts/score-batch.sh.
 * Format only: nothing here extracts from these letters, so they stay unseen until they are scored.
 */
class UnscoredBatchFormatTest {
    static final Path UNSCORED = Path.of("src/test/resources/real/unscored");
    static final Path LETTERS = UNSCORED.resolve("letters");
    static final Path GOLD = UNSCORED.resolve("gold");
    /**
     * Letters staged now: none. Batch 34 (r360-r369, 10 letters) was scored once on main 64de09b, batch 33 (r349-r359)
     * on f63c552, batches 30-32 (r315-r348) on 2e99849, batch 29 (r305-r314) on f200576 and batches 26-28 (r269-r304) on
     * 13f58bc; all were moved into the gated set on 2026-12-07 (as batches 21-25 before them).
     */
    static final int STAGED = 0;
    /** The staged batches, each scored once on its own (scripts/score-batch.sh BATCH src/test/resources/real/unscored). */
    static final Set<String> BATCHES = Set.of();
    /** Keys the real-letter gold adds for the unscored facts (SCORES.md, "Unscored facts"); evaluate ignores them. */
    static final Set<String> EXTRA_KEYS = Set.of("persons", "places", "organisations", "jurisdiction");

    @Test
    void everyStagedGoldParsesAndNamesItsLetter() throws IOException, GoldFormatException {
        List<Path> golds = list(GOLD, ".json");
        assertEquals(STAGED, golds.size(), "gold files in " + GOLD);
        GoldReader reader = new GoldReader();
        for (Path g : golds) {
            GoldDocument doc = reader.read(g);
            Path letter = LETTERS.resolve(doc.file());
            assertTrue(Files.isRegularFile(letter), g + " names a missing letter " + doc.file());
            assertTrue(EXTRA_KEYS.containsAll(doc.unknownKeys()), g + " has keys gold-format.md does not know: "
                    + doc.unknownKeys());
            String text = Files.readString(letter, StandardCharsets.UTF_8);
            for (String f : doc.forbiddenLiterals())
                assertTrue(text.contains(f), g + ": forbidden literal not in the page as stored: " + f);
        }
        assertEquals(names(list(LETTERS, ".txt"), ".txt"), names(golds, ".json"), "letters versus gold in " + UNSCORED);
    }

    /** The staged letters are new: none shares a name or a number with a scored letter in src/test/resources/real/letters. */
    @Test
    void stagedLettersAreNotInTheScoredSet() throws IOException {
        Set<String> scoredNumbers = new TreeSet<>();
        for (Path p : list(RealLettersGoldenTest.LETTERS, ".txt"))
            scoredNumbers.add(p.getFileName().toString().substring(0, 4));
        for (Path p : list(LETTERS, ".txt")) {
            String name = p.getFileName().toString();
            assertTrue(name.matches("r[0-9]{3}_[a-z0-9-]+\\.txt"), "letter name " + name);
            assertFalse(scoredNumbers.contains(name.substring(0, 4)), name + " reuses a scored letter's number");
        }
    }

    /** SOURCES.tsv: the columns of the scored set's file, one row per staged letter, each with its url. */
    @Test
    void everyStagedLetterHasOneSourceRow() throws IOException {
        List<String> lines = Files.readAllLines(UNSCORED.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
        assertEquals(Files.readAllLines(RealLettersGoldenTest.REAL.resolve("SOURCES.tsv"), StandardCharsets.UTF_8).get(0),
                lines.get(0), "SOURCES.tsv header");
        Set<String> listed = new TreeSet<>();
        for (String row : lines.subList(1, lines.size())) {
            String[] cells = row.split("\t", -1);
            assertEquals(9, cells.length, "columns in row " + row);
            assertTrue(listed.add(cells[0]), "listed twice: " + cells[0]);
            assertTrue(cells[1].startsWith("http://") || cells[1].startsWith("https://"), "no url for " + cells[0]);
            assertTrue(BATCHES.contains(cells[7]), "batch of " + cells[0] + ": " + cells[7] + " is not one of " + BATCHES);
        }
        assertEquals(names(list(LETTERS, ".txt"), ""), listed, "letters versus SOURCES.tsv rows");
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Set<String> names(List<Path> files, String suffix) {
        List<String> out = new ArrayList<>();
        for (Path p : files) {
            String n = p.getFileName().toString();
            out.add(n.substring(0, n.length() - suffix.length()));
        }
        return new TreeSet<>(out);
    }
}
