package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build killed with kill -9 leaves (sort runs, the output's temporary file) is removed by the next one. */
class StaleTempsTest {
    @TempDir
    Path tmp;

    /** The PID of a process that has exited. */
    private static long deadPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void onlyEntriesOfProcessesThatAreGoneAreRemoved() throws Exception {
        long dead = deadPid();
        long live = ProcessHandle.current().parent().orElseThrow().pid();
        long self = ProcessHandle.current().pid();
        Files.createDirectories(tmp.resolve(".replygraph-sort-" + dead + "-123/"));
        Files.writeString(tmp.resolve(".replygraph-sort-" + dead + "-123/run-1.txt"), "<a> <b> <c> .");
        Files.createDirectory(tmp.resolve(".replygraph-sort-" + live + "-456"));
        Files.createDirectory(tmp.resolve(".replygraph-sort-" + self + "-789"));
        Files.createDirectory(tmp.resolve(".replygraph-sort-12345678901")); // an older name without a PID: kept
        Files.createDirectory(tmp.resolve("letters"));
        StaleTemps.remove(tmp, ".replygraph-sort-");
        assertEquals(List.of(".replygraph-sort-12345678901", ".replygraph-sort-" + live + "-456",
                ".replygraph-sort-" + self + "-789", "letters").stream().sorted().toList(), names());
    }

    @Test
    void aNewSortAndANewOutputRemoveWhatAKilledBuildLeftBesideThem() throws Exception {
        long dead = deadPid();
        Files.createDirectories(tmp.resolve(LineSorter.RUN_DIR_PREFIX + dead + "-1"));
        Files.writeString(tmp.resolve(LineSorter.RUN_DIR_PREFIX + dead + "-1/run-2.txt"), "x");
        Files.writeString(tmp.resolve(".out.nt." + dead + "-1f3a9c2e.tmp"), "half an export");
        Files.writeString(tmp.resolve(".other.nt." + dead + "-1f3a9c2e.tmp"), "another file's: kept");
        try (LineSorter sorter = new LineSorter(tmp, 64)) {
            for (int i = 0; i < 20; i++) sorter.add("<s" + i + "> <p> <o> .");   // spills runs: a run folder of its own
            try (LineSorter.SortedLines lines = sorter.sorted()) {
                lines.forEachRemaining(l -> { });
            }
            try (AtomicFile f = AtomicFile.open(tmp.resolve("out.nt"))) {
                f.stream().write("<a> <b> <c> .\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                f.commit();
            }
            assertEquals(List.of(".other.nt." + dead + "-1f3a9c2e.tmp", "out.nt"),
                    names().stream().filter(n -> !n.startsWith(StaleTemps.name(LineSorter.RUN_DIR_PREFIX))).toList());
        }
    }
}
