package org.replygraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replygraph.ingest.SpecialFiles;

/** build -o streams to the file on every core, replaces it only when complete, and catches each input on its own. */
class BuildPipelineCommandTest {
    @Test
    void buildWritesTheBytesExportWritesOnAnyThreadCount(@TempDir Path dir) throws IOException {
        Path one = dir.resolve("one.nq");
        Path two = dir.resolve("two.nq");
        Path exported = dir.resolve("export.nq");
        assertEquals(Main.OK, CliRun.of("build", "seeds", "--threads", "1", "-q", "-o", one.toString()).exit());
        assertEquals(Main.OK, CliRun.of("build", "seeds", "--threads", "2", "--quiet", "-o", two.toString()).exit());
        assertEquals(Main.OK, CliRun.of("export", "seeds", "-o", exported.toString()).exit());
        assertArrayEquals(Files.readAllBytes(exported), Files.readAllBytes(one), "build and export write the same bytes");
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(3, s.count(), "no temporary file or sort run left");
        }
    }

    @Test
    void aFailedBuildKeepsThePreviousGoodFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.nt");
        assertEquals(Main.OK, CliRun.of("build", "seeds/000_5dc32466c623b959.txt", "-o", out.toString()).exit());
        byte[] good = Files.readAllBytes(out);
        CliRun none = CliRun.of("build", dir.resolve("nothing.txt").toString(), "-o", out.toString());
        assertEquals(Main.FAILURE, none.exit());
        assertArrayEquals(good, Files.readAllBytes(out), "the earlier output is neither emptied nor truncated");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(out), s.toList());
        }
    }

    /** A page whose body cannot be found is still built, and build warns naming the file; a letter gets no warning. */
    @Test
    void aPageWithoutALetterBodyIsWarnedAboutByName(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("no-letter.txt"), "网站首页 新闻中心 政务公开\n示例市人民政府\n联系我们\n");
        Path out = dir.resolve("out.nt");
        CliRun r = CliRun.of("build", page.toString(), "seeds/000_5dc32466c623b959.txt", "-o", out.toString());
        assertEquals(Main.OK, r.exit(), r.err());
        assertEquals("warning: no-letter.txt: no salutation or reply heading found: the whole page (less its chrome) is read as the letter\n",
                r.err().replace("\r\n", "\n"));
        assertTrue(r.out().contains("2 documents (1 reply letters, 1 other), 0 failed"), r.out());
    }

    @Test
    void deeplyNestedRdfIsOneFailureAndTheLettersAreBuilt(@TempDir Path dir) throws IOException {
        // 100,000 nested lists overflow RIOT's recursive descent: a StackOverflowError, not a RiotException.
        Path deep = Files.writeString(dir.resolve("deep.ttl"),
                "<urn:a> <urn:b> " + "(".repeat(100_000) + ")".repeat(100_000) + " .\n");
        Path out = dir.resolve("out.nq");
        CliRun r = CliRun.of("build", deep.toString(), "seeds/000_5dc32466c623b959.txt", "-o", out.toString());
        assertEquals(Main.OK, r.exit(), r.err());
        assertTrue(r.err().startsWith("FAILED " + deep + ": cannot read RDF: java.lang.StackOverflowError"), r.err());
        assertTrue(r.out().contains("1 document (1 reply letters, 0 other), 1 failed"), r.out());
        assertTrue(Files.size(out) > 10_000);
    }

    @Test
    void threadsMustBePositive(@TempDir Path dir) {
        CliRun r = CliRun.of("build", "seeds", "--threads", "0", "-o", dir.resolve("x.nt").toString());
        assertEquals(Main.USAGE, r.exit());
        assertEquals("replygraph build: Illegal --threads=0 : must be 1 or more\n", r.err());
    }

    @Test
    void serveReportsABusyPortBeforeReadingAnything() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            long start = System.nanoTime();
            CliRun r = CliRun.of("serve", "--port", Integer.toString(taken.getLocalPort()), "--check",
                    "no-such-folder", "seeds");
            assertEquals(Main.FAILURE, r.exit());
            // no "FAILED no-such-folder" line: the port is checked before any input is read
            assertEquals("replygraph serve: Cannot serve on port=" + taken.getLocalPort() + " : Address already in use\n", r.err());
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "at once, not after a build");
        }
    }

    @Test
    void aFifoInAFolderIsReportedAndTheLettersAreBuilt(@TempDir Path dir) throws Exception {
        Path letters = Files.createDirectories(dir.resolve("letters"));
        Files.copy(Path.of("seeds/000_5dc32466c623b959.txt"), letters.resolve("000.txt"));
        Path fifo = SpecialFiles.mkfifo(letters.resolve("001.txt"));
        Path out = dir.resolve("out.nq");
        CliRun r = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> CliRun.of("build", letters.toString(), "-q", "-o", out.toString()));
        assertEquals(Main.OK, r.exit(), r.err());
        assertEquals("FAILED " + fifo + ": refused: not a regular file (a FIFO, socket or device)\n", r.err());
        assertTrue(r.out().contains("1 document (1 reply letters, 0 other), 1 failed"), r.out());
    }

    @Test
    void docTimeoutAndMaxFileMbAreUsageErrorsWhenNotPositive(@TempDir Path dir) {
        CliRun t = CliRun.of("build", "seeds", "--doc-timeout", "0", "-o", dir.resolve("x.nt").toString());
        assertEquals(Main.USAGE, t.exit());
        assertEquals("replygraph build: Illegal --doc-timeout=0.0 : must be a number of seconds, at least 0.001\n", t.err());
        CliRun m = CliRun.of("build", "seeds", "--max-file-mb", "0", "-o", dir.resolve("x.nt").toString());
        assertEquals(Main.USAGE, m.exit());
        assertEquals("replygraph build: Illegal --max-file-mb=0 : must be 1 or more\n", m.err());
    }

    @Test
    void aFileOverMaxFileMbIsReportedWithTheLimitAndTheOthersAreBuilt(@TempDir Path dir) throws IOException {
        Path big = Files.write(dir.resolve("big.txt"), "甲".repeat(800_000).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path out = dir.resolve("out.nq");
        CliRun r = CliRun.of("build", big.toString(), "seeds/000_5dc32466c623b959.txt", "--max-file-mb", "2", "-q", "-o", out.toString());
        assertEquals(Main.OK, r.exit(), r.err());
        assertEquals("FAILED " + big + ": refused: too large for one document (2.3 MB; the limit is 2.0 MB, set by --max-file-mb)\n",
                r.err());
        assertTrue(r.out().contains("1 document (1 reply letters, 0 other), 1 failed"), r.out());
    }
}
