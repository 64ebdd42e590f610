package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parallel pipeline gives what one thread gives: the same bytes, the same facts, in any file order. */
class ParallelBuildTest {
    static final List<Path> CORPUS = List.of(Path.of("seeds"), Path.of("src/test/resources/dev/letters"),
            Path.of("src/test/resources/challenge/letters"));

    @Test
    void fourThreadsOnShuffledFilesGiveTheBytesAndFactsOfOneThread(@TempDir Path dir) throws IOException {
        DatasetGraph one = CorpusBuilder.newDataset();
        BuildReport r1 = new CorpusBuilder(BuildOptions.defaults(), 1).build(CORPUS, one);
        assertTrue(r1.documentsRead() >= 170, "seeds, dev and challenge letters: " + r1.documentsRead());

        List<Path> shuffled = files();
        Collections.shuffle(shuffled, new Random(42));
        Path nq = dir.resolve("four.nq");
        BuildReport r4;
        try (SortedQuadsSink sink = new SortedQuadsSink(nq, RG.DEFAULT_BASE, 256 << 10)) {
            r4 = new CorpusBuilder(BuildOptions.defaults(), 4).build(shuffled, sink);
            assertTrue(sink.runs() > 1, "a small buffer makes the sink merge runs from disk: " + sink.runs());
        }
        assertArrayEquals(ExporterStreamingTest.asOneStringSorted(one, "nq"), Files.readAllBytes(nq),
                "4 threads, shuffled, merged from runs = 1 thread, sorted as one string (main's way)");
        assertEquals(byFile(r1.documents()), byFile(r4.documents()), "same entries: type, proposal, agency, date, quads, diagnostics");
        assertEquals(r1.failures(), r4.failures());
    }

    @Test
    void anyThrowableFromOneDocumentIsThatDocumentsFailure() {
        DocumentSink failing = new DocumentSink() {
            final List<String> added = new ArrayList<>();

            @Override
            public boolean isCurrent(String fileName, String sha256) {
                if (fileName.startsWith("001_")) throw new StackOverflowError();
                if (fileName.startsWith("002_")) throw new OutOfMemoryError("Java heap space");
                return false;
            }

            @Override
            public void add(BuiltDocument d) {
                added.add(d.fileName());
            }
        };
        BuildReport r = new CorpusBuilder(BuildOptions.defaults(), 4).build(List.of(Path.of("seeds")), failing);
        assertEquals(List.of("000_5dc32466c623b959.txt", "003_3669a09881a7b6b9.txt", "004_d7130a2498b5e7f4.txt"),
                r.documents().stream().map(BuildReport.DocumentEntry::file).toList());
        assertEquals(List.of(
                new BuildReport.Failure("seeds/001_60e5ecf956b3d736.txt", "cannot build: java.lang.StackOverflowError"),
                new BuildReport.Failure("seeds/002_1d1a2c9262ce10cc.txt", "cannot build: java.lang.OutOfMemoryError: Java heap space")),
                r.failures());
    }

    @Test
    void atMostFourDocumentsPerThreadAreInFlight() {
        AtomicInteger asked = new AtomicInteger();
        int threads = 2;
        int[] worst = {0};
        DocumentSink slow = new DocumentSink() {
            int added;

            @Override
            public boolean isCurrent(String fileName, String sha256) {
                asked.incrementAndGet();
                return false;
            }

            @Override
            public void add(BuiltDocument d) {
                added++;
                worst[0] = Math.max(worst[0], asked.get() - added);
                try {
                    Thread.sleep(100); // a slow sink: the workers run ahead as far as the window lets them
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        BuildReport r = new CorpusBuilder(BuildOptions.defaults(), threads).build(CORPUS.subList(0, 2), slow);
        assertEquals(17, r.documentsRead());
        assertTrue(worst[0] <= CorpusBuilder.WINDOW_PER_THREAD * threads, "in flight beyond the sink: " + worst[0]);
        assertTrue(worst[0] >= threads, "the workers did run ahead: " + worst[0]);
    }

    @Test
    void threadsMustBePositive() {
        assertEquals("Illegal threads=0 : must be 1 or more", org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new CorpusBuilder(BuildOptions.defaults(), 0)).getMessage());
    }

    static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path in : CORPUS) try (Stream<Path> s = Files.list(in)) {
            files.addAll(s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList());
        }
        return files;
    }

    private static List<BuildReport.DocumentEntry> byFile(List<BuildReport.DocumentEntry> entries) {
        return entries.stream().sorted(Comparator.comparing(BuildReport.DocumentEntry::file)).toList();
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
