package org.replygraph.serve;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What every handler shares: the served (read-only, union-default) dataset, the IRI mapping, the ontology,
 * figures and search index computed at start, and the time the data was loaded (Last-Modified).
 */
final class Site {
    private final DatasetGraph dataset;
    private final EntityIris iris;
    private final Vocabulary vocabulary;
    private final ExampleQueries examples;
    private final Instant loaded = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final DatasetStats stats;
    private final SearchIndex search;

    Site(DatasetGraph dataset, EntityIris iris, Vocabulary vocabulary, ExampleQueries examples) {
        this.dataset = dataset;
        this.iris = iris;
        this.vocabulary = vocabulary;
        this.examples = examples;
        this.stats = Txn.calculateRead(dataset, () -> DatasetStats.of(dataset, iris));
        this.search = Txn.calculateRead(dataset, () -> new SearchIndex(dataset.getUnionGraph(), iris));
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

    DatasetStats stats() {
        return stats;
    }

    SearchIndex search() {
        return search;
    }

    /** Runs a read in a transaction on the served dataset. */
    <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }
}
