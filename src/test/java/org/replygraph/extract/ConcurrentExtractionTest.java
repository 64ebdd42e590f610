package org.replygraph.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.ingest.DocumentReader;
import org.replygraph.ingest.IngestException;
import org.replygraph.ingest.InputCollector;
import org.replygraph.ingest.SourceDocument;

/**
 * One {@link Extractor} shared by threads finds what it finds on one thread: its tables, tries,
 * patterns and HanLP segmenters are read-only after construction. Every seed, dev and challenge
 * letter is extracted twice over on 4 threads at once, and each result must equal the
 * single-threaded one, field by field (CleanText holds arrays, compared by content).
 */
class ConcurrentExtractionTest {
    static final List<Path> INPUTS = List.of(Path.of("seeds"), Path.of("src/test/resources/dev/letters"),
            Path.of("src/test/resources/challenge/letters"), Path.of("src/test/resources/challenge-entities/letters"));

    @Test
    void fourThreadsSharingOneExtractorFindWhatOneThreadFinds() throws Exception {
        List<SourceDocument> docs = new ArrayList<>();
        for (Path p : new InputCollector().list(INPUTS).files()) docs.add(read(p));
        assertTrue(docs.size() > 150, () -> "letters read: " + docs.size());

        List<DocumentFacts> single = new ArrayList<>();
        Extractor alone = new Extractor();
        for (SourceDocument d : docs) single.add(alone.extract(d));

        Extractor shared = new Extractor();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DocumentFacts>> futures = new ArrayList<>();
            // Each letter twice, interleaved, so threads work on different letters at once.
            for (int round = 0; round < 2; round++)
                for (SourceDocument d : docs) futures.add(pool.submit(() -> shared.extract(d)));
            for (int i = 0; i < futures.size(); i++) {
                DocumentFacts expected = single.get(i % docs.size());
                DocumentFacts actual = futures.get(i).get();
                String name = expected.source().fileName();
                assertEquals(expected.text().text(), actual.text().text(), name);
                assertArrayEquals(expected.text().starts(), actual.text().starts(), name);
                assertArrayEquals(expected.text().ends(), actual.text().ends(), name);
                assertEquals(expected.text().traditional(), actual.text().traditional(), name);
                assertEquals(expected.letter(), actual.letter(), name);
                assertEquals(expected.entities(), actual.entities(), name);
                assertEquals(expected.diagnostics(), actual.diagnostics(), name);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static SourceDocument read(Path p) {
        try {
            return new DocumentReader().read(p);
        } catch (IngestException e) {
            throw new AssertionError("cannot read " + p + ": " + e.reason(), e);
        }
    }
}
