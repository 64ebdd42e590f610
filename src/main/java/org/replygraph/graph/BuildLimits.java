package org.replygraph.graph;

import java.time.Duration;
import java.util.Objects;
import org.replygraph.ingest.DocumentReader;
import org.replygraph.ingest.DocumentTimeLimit;

/**
 * What one document may cost a build: the time its extraction may take (60 s by default; a letter
 * takes milliseconds) and the size of its file (16 MiB by default; a letter is 2-50 KB). A document
 * past either is a reported failure naming the limit; the others are built.
 *
 * <pre>{@code
 * BuildLimits l = BuildLimits.defaults().withDocTimeout(Duration.ofSeconds(5)).withMaxFileBytes(64L << 20);
 * new CorpusBuilder(BuildOptions.defaults(), 4, l).build(inputs, sink);
 * }</pre>
 */
public record BuildLimits(Duration docTimeout, long maxFileBytes) {
    public BuildLimits {
        Objects.requireNonNull(docTimeout, "docTimeout");
        if (docTimeout.isNegative() || docTimeout.isZero())
            throw new IllegalArgumentException("Illegal docTimeout=" + DocumentTimeLimit.seconds(docTimeout)
                    + " : a document's time limit must be positive");
        if (maxFileBytes < 1)
            throw new IllegalArgumentException("Illegal maxFileBytes=" + maxFileBytes + " : must be at least 1");
    }

    public static BuildLimits defaults() {
        return new BuildLimits(DocumentTimeLimit.DEFAULT, DocumentReader.DEFAULT_MAX_BYTES);
    }

    public BuildLimits withDocTimeout(Duration timeout) {
        return new BuildLimits(timeout, maxFileBytes);
    }

    public BuildLimits withMaxFileBytes(long bytes) {
        return new BuildLimits(docTimeout, bytes);
    }
}
