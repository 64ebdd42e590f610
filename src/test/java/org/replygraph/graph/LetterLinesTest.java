package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction as a library gives what {@code build} gives: letters mapped one at a time on any partition,
 * each part sorted, and the parts merged by {@code build part-*.nq -o corpus.nq} make the bytes of one build.
 */
class LetterLinesTest {
    static final List<Path> CORPUS = List.of(Path.of("seeds"), Path.of("src/test/resources/dev/letters"),
            Path.of("src/test/resources/real/letters"));

    @Test
    void lettersMappedOnThreePartsAndMergedGiveTheBytesOfOneBuild(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole.nq");
        try (SortedQuadsSink sink = new SortedQuadsSink(whole, RG.DEFAULT_BASE)) {
            new CorpusBuilder(BuildOptions.defaults(), 2).build(CORPUS, sink);
        }

        List<Path> files = files();
        assertTrue(files.size() >= 300, "seeds, dev and real letters: " + files.size());
        Collections.shuffle(files, new Random(7));
        LetterLines map = new LetterLines(BuildOptions.defaults());
        List<TreeSet<String>> parts = List.of(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        TreeSet<String> everything = new TreeSet<>();
        for (int i = 0; i < files.size(); i++) {
            LetterLines.Result r = map.lines(files.get(i).getFileName().toString(), Files.readAllBytes(files.get(i)));
            assertEquals(new TreeSet<>(r.lines()).stream().toList(), r.lines(), "sorted and distinct: " + r.fileName());
            assertTrue(r.lines().stream().anyMatch(l -> l.endsWith("<" + r.graph() + "> .")), "lines in the letter's graph: " + r.fileName());
            parts.get(i % 3).addAll(r.lines());
            everything.addAll(r.lines());
        }
        List<Path> partFiles = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            Path part = dir.resolve("part-" + k + ".nq");
            Files.writeString(part, String.join("\n", parts.get(k)) + "\n", StandardCharsets.UTF_8);
            partFiles.add(part);
        }
        Path merged = dir.resolve("merged.nq");
        try (SortedQuadsSink sink = new SortedQuadsSink(merged, RG.DEFAULT_BASE, 1 << 20)) {
            for (Path part : partFiles) RdfInputs.stream(part, sink::add); // as build part-*.nq -o merged.nq does
            sink.finish();
            assertTrue(sink.runs() > 1, "parts bigger than the buffer are merged from sorted runs on disk: " + sink.runs());
        }

        byte[] expected = Files.readAllBytes(whole);
        assertArrayEquals(expected, Files.readAllBytes(merged), "three parts merged by build = one build of every letter");
        assertArrayEquals(expected, (String.join("\n", everything) + "\n").getBytes(StandardCharsets.UTF_8),
                "the union of every letter's lines, sorted as Strings, one per line = one build");
    }

    @Test
    void aDocumentThatCannotBeReadIsAFailureNamingItAndTheReason() {
        LetterLines map = new LetterLines(BuildOptions.defaults());
        LetterLines.Failure empty = assertThrows(LetterLines.Failure.class, () -> map.lines("r999.txt", new byte[0]));
        assertEquals("r999.txt: empty file (0 bytes)", empty.getMessage());
        LetterLines.Failure blank = assertThrows(LetterLines.Failure.class,
                () -> map.lines("page.html", "<html><body>  </body></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("page.html: empty file: the web page has no text", blank.getMessage());
    }

    private static List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path folder : CORPUS)
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(Files::isRegularFile).sorted().forEach(out::add);
            }
        return out;
    }
}
