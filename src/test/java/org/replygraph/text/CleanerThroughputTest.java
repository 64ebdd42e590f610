package org.replygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.replygraph.ingest.TestCorpus;

/**
 * Prints how fast the cleaner runs over the whole corpus (warm JVM) and checks the results are the
 * same every time; it asserts no time, since shared machines are noisy. Run alone with
 * {@code mvn -q -o test -Dtest=CleanerThroughputTest}.
 */
class CleanerThroughputTest {
    private static final int WARM_UP_ROUNDS = 200;
    private static final int ROUNDS = 200;

    @Test
    void printsCharsPerSecondAndCleansDeterministically() {
        StringBuilder all = new StringBuilder();
        for (Path p : TestCorpus.letters()) all.append(TestCorpus.read(p)).append('\n');
        String corpus = all.toString();
        TextCleaner cleaner = new TextCleaner();
        String first = cleaner.clean(corpus).text();
        for (int i = 0; i < WARM_UP_ROUNDS; i++) assertEquals(first, cleaner.clean(corpus).text());
        long t0 = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) assertEquals(first, cleaner.clean(corpus).text());
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("TextCleaner: %.2f M chars/s (%d chars x %d rounds in %.2f s)%n",
                corpus.length() * (double) ROUNDS / seconds / 1e6, corpus.length(), ROUNDS, seconds);
    }
}
