package org.replygraph.serve;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.replygraph.index.Descriptions;
import org.replygraph.index.SearchIndex;

/**
 * What every handler shares: the served (read-only, union-default) dataset, the IRI mapping, the
 * ontology, the search index, the render cache, figures computed on first use, and the time the data
 * last changed (Last-Modified).
 */
final class Site {
    private final DatasetGraph dataset;
    private final EntityIris iris;
    private final Vocabulary vocabulary;
    private final ExampleQueries examples;
    private volatile Instant loaded = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final SearchIndex search;
    private final long cacheBytes;
    private volatile RenderCache cache;
    private final HomeFigures figures;
    private volatile DatasetSizes sizes;
    private volatile TermCounts terms;
    private final PublicUrl publicUrl;
    private final org.replygraph.graph.JsonLdContext jsonLd;
    private volatile java.util.concurrent.ConcurrentHashMap<org.apache.jena.graph.Node, ClassIndex> classIndexes =
            new java.util.concurrent.ConcurrentHashMap<>();

    Site(DatasetGraph dataset, EntityIris iris, Vocabulary vocabulary, ExampleQueries examples,
            SearchIndex search, long cacheBytes, PublicUrl publicUrl, HomeFigures figures) {
        this.publicUrl = publicUrl;
        this.jsonLd = JsonLdContext.of(vocabulary.graph(), iris.base());
        this.dataset = dataset;
        this.iris = iris;
        this.vocabulary = vocabulary;
        this.examples = examples;
        this.search = search;
        this.cacheBytes = cacheBytes;
        this.cache = new RenderCache(cacheBytes);
        this.figures = figures != null ? figures : HomeFigures.inMemory(dataset, iris);
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

    /** The server's advertised address ({@code --public-url}, or localhost), per request for TLS proxies. */
    PublicUrl publicUrl() {
        return publicUrl;
    }

    /** The JSON-LD context every {@code .jsonld} document names. */
    org.replygraph.graph.JsonLdContext jsonLd() {
        return jsonLd;
    }

    /** A JSON-LD writer naming the context at the address this request advertises. */
    org.replygraph.graph.JsonLdWriter jsonLdWriter(String server) {
        return new org.replygraph.graph.JsonLdWriter(jsonLd, server + JsonLdContext.PATH);
    }

    ExampleQueries examples() {
        return examples;
    }

    Instant loaded() {
        return loaded;
    }

    /** The dataset's figures: saved beside a store, else counted on first use (not at start: a large store answers at once). */
    DatasetStats stats() {
        return figures.get();
    }

    /** The dataset's sizes (a pass over every quad), counted on the first description request. */
    DatasetSizes sizes() {
        DatasetSizes s = sizes;
        if (s == null) {
            synchronized (this) {
                s = sizes;
                if (s == null) {
                    s = Txn.calculateRead(dataset, () -> DatasetSizes.of(dataset));
                    sizes = s;
                }
            }
        }
        return s;
    }

    /** The class counts and triples per ontology property (counted with the class counts: saved beside a store). */
    TermCounts terms() {
        TermCounts t = terms;
        ClassCounts classes = classes();
        if (t == null || t.classes() != classes) {
            t = TermCounts.of(classes);
            terms = t;
        }
        return t;
    }

    /**
     * Every class used and its number of instances, the one count every page shows: saved beside a store
     * with the home figures (read back, not counted), counted again after each ingest; in memory counted on
     * first use.
     */
    ClassCounts classes() {
        return figures.classes();
    }

    /**
     * One class's instances in both orders, read on first use after each data change and kept (one
     * computation per class however many ask at once).
     */
    ClassIndex classIndex(org.apache.jena.graph.Node cls) {
        ClassCounts counts = classes();
        java.util.Set<org.apache.jena.graph.Node> documents = documents();
        return classIndexes.computeIfAbsent(cls, c -> Txn.calculateRead(dataset,
                () -> ClassIndex.of(dataset, iris.base(), c, counts.count(c), documents)));
    }

    private volatile java.util.Set<org.apache.jena.graph.Node> documents;

    /** The documents the home page lists, as a set (each is its own one letter on a class page). */
    private java.util.Set<org.apache.jena.graph.Node> documents() {
        java.util.Set<org.apache.jena.graph.Node> d = documents;
        if (d == null) {
            d = java.util.Set.copyOf(stats().letters());
            documents = d;
        }
        return d;
    }

    SearchIndex search() {
        return search;
    }

    /**
     * The data changed under the server (a letter ingested into the store, the search index already
     * updated): figures are counted again on next use, rendered pages are dropped, and Last-Modified
     * moves on so no client keeps a 304.
     */
    synchronized void dataChanged(java.util.Set<org.apache.jena.graph.Node> changed) {
        // The figures follow the change (only what it touched is read again) and are saved beside a store;
        // the sizes are a pass over every quad anyway and are counted again on next use.
        figures.ingested(changed);
        sizes = null;
        terms = null;
        documents = null;
        classIndexes = new java.util.concurrent.ConcurrentHashMap<>();
        cache = new RenderCache(cacheBytes);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        loaded = now.isAfter(loaded) ? now : loaded.plusSeconds(1);
    }

    /** Rendered pages, single-flight and bounded in bytes, shared by every handler. */
    RenderCache cache() {
        return cache;
    }

    /** Where descriptions are read; call inside {@link #read}. */
    Descriptions descriptions() {
        return Descriptions.of(dataset, iris.base());
    }

    /** Runs a read in a transaction on the served dataset. */
    <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }
}
