package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineSorterTest {
    @Test
    void sortsInStringOrderAndDropsDuplicatesInMemory(@TempDir Path dir) throws IOException {
        try (LineSorter s = new LineSorter(dir, 1 << 20)) {
            for (String l : List.of("<b> <p> \"乙\" .", "<a> <p> <o> .", "<b> <p> \"乙\" .", "<B> <p> <o> .")) s.add(l);
            assertEquals(0, s.runs(), "four lines fit the buffer");
            assertEquals(List.of("<B> <p> <o> .", "<a> <p> <o> .", "<b> <p> \"乙\" ."), read(s));
        }
        assertEquals(0, count(dir), "nothing was written to disk");
    }

    @Test
    void mergesMoreRunsThanItsFanInIntoTheSameOrder(@TempDir Path dir) throws IOException {
        Random random = new Random(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20_000; i++)
            lines.add("<https://w3id.org/replygraph/id/x/" + random.nextInt(12_000) + "> <p> \"" + (char) ('一' + random.nextInt(500)) + "\" .");
        List<String> merged;
        try (LineSorter s = new LineSorter(dir, 16 << 10)) { // ~16 KB: about 150 lines a run
            lines.forEach(s::add);
            assertTrue(s.runs() > LineSorter.FAN_IN, "runs: " + s.runs());
            merged = read(s);
            assertTrue(count(dir) > 0, "the runs are on disk while they are read");
        }
        assertEquals(new ArrayList<>(new TreeSet<>(lines)), merged);
        assertEquals(0, count(dir), "close() deletes the runs and their folder");
    }

    @Test
    void linesAreReadOnce(@TempDir Path dir) throws IOException {
        try (LineSorter s = new LineSorter(dir, 1024)) {
            s.add("x");
            read(s);
            assertEquals("Lines read twice", assertThrows(IllegalStateException.class, s::sorted).getMessage());
            assertEquals("Lines added after they were read", assertThrows(IllegalStateException.class, () -> s.add("y")).getMessage());
        }
        assertEquals("Illegal bufferBytes=0 : must be positive",
                assertThrows(IllegalArgumentException.class, () -> new LineSorter(dir, 0)).getMessage());
    }

    private static List<String> read(LineSorter s) throws IOException {
        List<String> out = new ArrayList<>();
        try (LineSorter.SortedLines lines = s.sorted()) {
            lines.forEachRemaining(out::add);
            assertFalse(lines.hasNext());
        }
        return out;
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).count();
        }
    }
}
