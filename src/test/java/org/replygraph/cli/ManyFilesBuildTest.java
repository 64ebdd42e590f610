package org.replygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replygraph.graph.EntityGraph;
import org.replygraph.graph.RG;

/**
 * A folder of many small letters builds in a heap that cannot hold their output (issue 10): a child
 * JVM with {@code -Xmx64m} builds {@value #DEFAULT_FILES} tiny letters (~100 quads each) to a sorted
 * {@code .nq}, and every letter is there. With a fixed 64 MB sort buffer the child ran out of heap at
 * 2,000 letters; the buffer is now an eighth of a smaller heap. The 20,000-file run is the same test:
 * {@code mvn -o test -Dtest=ManyFilesBuildTest -Dreplygraph.manyfiles=20000} (README, Security and limits).
 */
class ManyFilesBuildTest {
    static final int DEFAULT_FILES = 2_000;
    private static final String HEAP = "-Xmx64m";

    @Test
    void aFolderOfManySmallLettersBuildsInASmallHeap(@TempDir Path dir) throws Exception {
        int files = Integer.getInteger("replygraph.manyfiles", DEFAULT_FILES);
        Path letters = Files.createDirectories(dir.resolve("letters"));
        for (int i = 0; i < files; i++)
            Files.writeString(letters.resolve(String.format("%05d.txt", i)), letter(i), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.nq");
        Path log = dir.resolve("child.log");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", letters.toString(), "--threads", "2", "-q", "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(files / 10 + 120, TimeUnit.SECONDS);
        if (!ended) child.destroyForcibly().waitFor();
        String printed = Files.readString(log);
        assertTrue(ended, "the build did not end: " + printed);
        assertEquals(0, child.exitValue(), printed);
        String summary = printed.strip().substring(printed.strip().lastIndexOf('\n') + 1);
        assertTrue(summary.startsWith(files + " documents (" + files + " reply letters, 0 other), 0 failed"), summary);

        Set<String> graphs = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int g = line.lastIndexOf(" <");
                if (g > 0) graphs.add(line.substring(g + 1, line.length() - 2));
            }
        }
        graphs.remove("<" + EntityGraph.name(RG.DEFAULT_BASE).getURI() + ">");
        assertEquals(files, graphs.size(), "one named graph per letter in the output, and the entities graph");
        try (var left = Files.list(dir)) {
            assertEquals(List.of("child.log", "letters", "out.nq"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no sort run or temporary file left");
        }
    }

    /** A tiny reply letter: number, title, proposer and date vary. */
    private static String letter(int i) {
        return "对市十四届人大二次会议第" + i + "号建议的答复\n王" + (i % 97) + "代表:\n您提出的《关于加强第" + i
                + "项工作的建议》收悉。现答复如下:\n我局将认真研究。\n西安市科学技术局\n2024年5月" + (i % 28 + 1) + "日\n";
    }
}
