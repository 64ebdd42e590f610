package org.replygraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gold in ../shared (or -Dreplygraph.shared) reads without errors and says the same as the copies
 * in src/test/resources, so the evaluator and CI score against one truth. Skips when shared is absent.
 */
class SharedGoldTest {
    static Path shared() {
        return Path.of(System.getProperty("replygraph.shared", "../shared"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"gold, src/test/resources/gold/seeds", "corpus/dev/gold, src/test/resources/dev/gold"})
    void sharedGoldMatchesTheCopies(String sharedDir, Path copyDir) throws IOException {
        Path dir = shared().resolve(sharedDir);
        assumeTrue(Files.isDirectory(dir), () -> "skipped: no shared gold at " + dir.toAbsolutePath());
        GoldSet original = GoldSet.load(dir);
        assertEquals(List.of(), original.errors().stream().map(Throwable::getMessage).toList());
        GoldSet copy = GoldSet.load(copyDir);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(files.filter(f -> f.toString().endsWith(".json")).count(), original.documents().size());
        }
        assertEquals(original.documents(), copy.documents());
    }
}
