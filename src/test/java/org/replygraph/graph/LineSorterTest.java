package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** Documents' sorted blocks (as a build adds them) and loose Strings (as an export adds them) merge into one order. */
    @Test
    void mergesDocumentBlocksAndLooseLinesInMemoryAndThroughRuns(@TempDir Path dir) throws IOException {
        Random random = new Random(11);
        List<String> all = new ArrayList<>();
        for (long buffer : new long[] {1 << 24, 8 << 10}) {
            all.clear();
            try (LineSorter s = new LineSorter(dir, buffer)) {
                for (int d = 0; d < 300; d++) {
                    List<String> doc = new ArrayList<>();
                    for (int i = 0; i < 20; i++)
                        doc.add("<https://w3id.org/replygraph/id/x/" + random.nextInt(900) + "> <p> \"" + (char) ('一' + random.nextInt(50)) + "\" .");
                    all.addAll(doc);
                    if (d % 10 == 0) doc.forEach(s::add); else s.add(SortedLineBlock.of(doc));
                }
                assertEquals(buffer < 1 << 20, s.runs() > 0, "runs: " + s.runs());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                s.writeDistinct(out, n -> { });
                assertEquals(String.join("\n", new TreeSet<>(all)) + "\n", out.toString(StandardCharsets.UTF_8));
            }
        }
    }

    /** Pairs whose UTF-8 byte order and String order disagree, or could: supplementary chars against U+E000-U+FFFF. */
    @ParameterizedTest
    @CsvSource({
            "'<a> \"𠀀\" .', '<a> \"，\" .'",      // U+20000 (F0 lead) against U+FF0C (EF lead): the string puts 𠀀 first
            "'<a> \"𠀀\" .', '<a> \"\uE000\" .'", // against the first char after the surrogates
            "'<a> \"\uD7FF\" .', '<a> \"𠀀\" .'", // the last char before them (ED lead)
            "'<a> \"𠀀\" .', '<a> \"𠀁\" .'",      // two supplementary chars: code point order
            "'<a> \"乙\" .', '<a> \"甲\" .'",
            "'<a> <p> .', '<a> <p> .x'",             // a prefix first
            "'<B> .', '<a> .'",
            "'<a> \"é\" .', '<a> \"乙\" .'",
            "'same', 'same'",
    })
    void comparesUtf8LinesAsTheirStringsCompare(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(LineSorter.compareAsStrings(x, x.length, y, y.length)), a + " vs " + b);
        assertEquals(Integer.signum(b.compareTo(a)), Integer.signum(LineSorter.compareAsStrings(y, y.length, x, x.length)), b + " vs " + a);
    }

    @Test
    void writesTheMergedRunsAsBytesInStringOrder(@TempDir Path dir) throws IOException {
        Random random = new Random(11);
        String[] chars = {"一", "乙", "，", "𠀀", "𠀁", "\uE000", "\uD7FF", "a", "Z", "é", "\\u00E9"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20_000; i++)
            lines.add("<x/" + random.nextInt(300) + "> \"" + chars[random.nextInt(chars.length)] + chars[random.nextInt(chars.length)] + "\" .");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> told = new ArrayList<>();
        try (LineSorter s = new LineSorter(dir, 16 << 10)) {
            lines.forEach(s::add);
            assertTrue(s.runs() > LineSorter.FAN_IN, "runs: " + s.runs());
            s.writeDistinct(out, told::add);
            assertEquals("Lines read twice", assertThrows(IllegalStateException.class, () -> s.writeDistinct(out, n -> { })).getMessage());
        }
        TreeSet<String> expected = new TreeSet<>(lines);
        assertEquals(String.join("\n", expected) + "\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), told, expected.size() + " lines: fewer than one progress step");
        assertEquals(0, count(dir), "close() deletes the runs and their folder");
    }

    /** Lines longer than a run reader's 64 KB block, and lines of every length across its edges, merge whole. */
    @Test
    void mergesLinesLongerThanTheReadBlockAndAcrossItsEdges(@TempDir Path dir) throws IOException {
        Random random = new Random(12);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            int length = i % 100 == 0 ? 70_000 + random.nextInt(70_000) : random.nextInt(3_000);
            lines.add("<x/" + random.nextInt(500) + "> \"" + "科".repeat(length / 3) + "x".repeat(random.nextInt(3)) + "\" .");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineSorter s = new LineSorter(dir, 512 << 10)) {
            lines.forEach(s::add);
            assertTrue(s.runs() > 2, "runs: " + s.runs());
            s.writeDistinct(out, n -> { });
        }
        assertEquals(String.join("\n", new TreeSet<>(lines)) + "\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesLinesThatFitTheBufferWithoutRuns(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineSorter s = new LineSorter(dir, 1 << 20)) {
            for (String l : List.of("<b> \"𠀀\" .", "<b> \"，\" .", "<a> <p> <o> .", "<b> \"𠀀\" .")) s.add(l);
            s.writeDistinct(out, n -> { });
            assertEquals(0, s.runs());
        }
        assertEquals("<a> <p> <o> .\n<b> \"𠀀\" .\n<b> \"，\" .\n", out.toString(StandardCharsets.UTF_8));
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
