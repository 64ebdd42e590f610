package org.replygraph.serve;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What every handler shares: the served (read-only, union-default) dataset, the IRI mapping, the ontology,
 * figures and search index computed on first use, and the time the data last changed (Last-Modified).
 */
final class Site {
    private final DatasetGraph dataset;
    private final EntityIris iris;
    private final Vocabulary vocabulary;
    private final ExampleQueries examples;
    private volatile Instant loaded = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private volatile long generation;
    private volatile DatasetStats stats;
    private volatile SearchIndex search;

    Site(DatasetGraph dataset, EntityIris iris, Vocabulary vocabulary, ExampleQueries examples) {
        this.dataset = dataset;
        this.iris = iris;
        this.vocabulary = vocabulary;
        this.examples = examples;
    }

    DatasetGraph dataset() {
        return dataset;
    }

    EntityIris iris() {
        return iris;
    }

    /** The ontology (served as its own named graph) and the labels of vocabulary terms. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    ExampleQueries examples() {
        return examples;
    }

    Instant loaded() {
        return loaded;
    }

    /**
     * Computed on first use, not at start: a store of 100k letters is served at once, and only the first
     * page that needs the figures pays for them.
     */
    DatasetStats stats() {
        DatasetStats s = stats;
        if (s == null) {
            synchronized (this) {
                if (stats == null) stats = Txn.calculateRead(dataset, () -> DatasetStats.of(dataset, iris));
                s = stats;
            }
        }
        return s;
    }

    /** Built on first search, as {@link #stats()}. */
    SearchIndex search() {
        SearchIndex s = search;
        if (s == null) {
            synchronized (this) {
                if (search == null) search = Txn.calculateRead(dataset, () -> new SearchIndex(dataset.getUnionGraph(), iris));
                s = search;
            }
        }
        return s;
    }

    /**
     * The data changed under the server (a letter ingested into the store): figures and the search index
     * are computed again on next use, rendered pages are keyed by the new {@link #generation()}, and
     * Last-Modified moves on.
     */
    synchronized void dataChanged() {
        stats = null;
        search = null;
        generation++;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        loaded = now.isAfter(loaded) ? now : loaded.plusSeconds(1);
    }

    /** Counts {@link #dataChanged()} calls: part of every render-cache key. */
    long generation() {
        return generation;
    }

    /** Runs a read in a transaction on the served dataset. */
    <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }
}
