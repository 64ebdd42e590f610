package org.replygraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.replygraph.text.TextCleaner;

/**
 * The letter-level fields of every seed and dev letter against its gold file. Seeds must be right
 * in every field; dev letters in at least 95% of all fields. Writes target/letter-eval.txt.
 */
class LetterGoldenTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final Path SEED_GOLD = Path.of("src/test/resources/gold/seeds");
    private static final Path DEV = Path.of("src/test/resources/dev/letters");
    private static final Path DEV_GOLD = Path.of("src/test/resources/dev/gold");
    private static final LetterExtractor EXTRACTOR = new LetterExtractor();
    private static final TextCleaner CLEANER = new TextCleaner();

    static Stream<String> seeds() {
        return names(SEEDS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void seedLettersAreRightInEveryField(String name) {
        Map<String, String> diff = compare(SEEDS, SEED_GOLD, name);
        diff.values().removeIf(v -> v == null);
        assertEquals(Map.of(), diff, name);
    }

    @Test
    void devLettersAreRightInAtLeast95PercentOfFields() throws IOException {
        Map<String, int[]> perField = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int right = 0;
        int total = 0;
        for (String name : names(DEV).toList()) {
            for (Map.Entry<String, String> e : compare(DEV, DEV_GOLD, name).entrySet()) {
                int[] c = perField.computeIfAbsent(e.getKey(), k -> new int[2]);
                c[1]++;
                total++;
                if (e.getValue() == null) {
                    c[0]++;
                    right++;
                } else {
                    misses.add(name + " " + e.getKey() + ": " + e.getValue());
                }
            }
        }
        StringBuilder report = new StringBuilder("field\tright\tof\n");
        perField.forEach((k, c) -> report.append(k).append('\t').append(c[0]).append('\t').append(c[1]).append('\n'));
        report.append("ALL\t").append(right).append('\t').append(total).append('\n');
        misses.forEach(m -> report.append("miss\t").append(m).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/letter-eval.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report);
        assertTrue(right >= 0.95 * total, right + "/" + total + " fields right:\n" + report);
    }

    private static Map<String, String> compare(Path dir, Path goldDir, String name) {
        try {
            String raw = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
            JsonObject gold = JsonParser.parseString(Files.readString(goldDir.resolve(name + ".json"))).getAsJsonObject();
            LetterExtractor.Result result = EXTRACTOR.extract(CLEANER.clean(raw));
            Letter letter = result.letter();
            // The actual output, for reading a failure side by side with the gold file.
            Path out = Path.of("target/letter-actual");
            Files.createDirectories(out);
            Files.writeString(out.resolve(name + ".txt"), letter.toString().replace(", ", ",\n  ")
                    + "\n" + result.diagnostics(), StandardCharsets.UTF_8);
            return new TreeMap<>(GoldLetterComparison.compare(gold, letter));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read letter " + name + " under " + dir, e);
        }
    }

    private static Stream<String> names(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list letters in " + dir, e);
        }
    }
}
