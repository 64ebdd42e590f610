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
    private final SearchIndex search;
    private final long cacheBytes;
    private final HomeFigures figures;
    private final PublicUrl publicUrl;
    private final org.replygraph.graph.JsonLdContext jsonLd;
    /** What the pages show of the data as one unit, replaced whole when the data changes. */
    private volatile View view;

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
        this.figures = figures != null ? figures : HomeFigures.inMemory(dataset, iris);
        this.view = new View(Instant.now().truncatedTo(ChronoUnit.SECONDS), null);
    }

    /**
     * The figures every page shows (home counts and lists, class counts, class pages' instances, the sizes), the
     * pages rendered from them and the data's Last-Modified, as one unit: a handler takes the view once and uses
     * only it, and an ingest replaces it whole once the new figures are counted. So the home page and the class
     * pages (cached or rendered now) never show counts of two states of the data: before, the counts were updated
     * in place and the render cache and class pages dropped after them, and a page rendered in between showed the
     * new counts beside cached pages with the old ones.
     */
    final class View {
        private final Instant loaded;
        private final RenderCache cache = new RenderCache(cacheBytes);
        private final java.util.concurrent.ConcurrentHashMap<org.apache.jena.graph.Node, ClassIndex> classIndexes =
                new java.util.concurrent.ConcurrentHashMap<>();
        /** The home figures and class counts of this view: taken together on first use, never changed after. */
        private volatile HomeFigures.Figures figures;
        private volatile TermCounts terms;
        private volatile java.util.Set<org.apache.jena.graph.Node> documents;
        private volatile DatasetSizes sizes;

        private View(Instant loaded, HomeFigures.Figures figures) {
            this.loaded = loaded;
            this.figures = figures;
        }

        /** When the data this view shows last changed (Last-Modified). */
        Instant loaded() {
            return loaded;
        }

        /** Rendered pages of this view, single-flight and bounded in bytes. */
        RenderCache cache() {
            return cache;
        }

        private HomeFigures.Figures figures() {
            HomeFigures.Figures f = figures;
            if (f == null) {
                synchronized (this) {
                    f = figures;
                    if (f == null) {
                        f = Site.this.figures.both();
                        figures = f;
                    }
                }
            }
            return f;
        }

        /** The home page's figures: saved beside a store, else counted on first use (not at start: a large store answers at once). */
        DatasetStats stats() {
            return figures().stats();
        }

        /** Every class used and its number of instances, the one count every page shows. */
        ClassCounts classes() {
            return figures().classes();
        }

        /** The class counts and triples per ontology property. */
        TermCounts terms() {
            TermCounts t = terms;
            if (t == null) {
                t = TermCounts.of(classes());
                terms = t;
            }
            return t;
        }

        /** One class's instances in both orders, read on first use (one computation per class however many ask at once). */
        ClassIndex classIndex(org.apache.jena.graph.Node cls) {
            ClassCounts counts = classes();
            java.util.Set<org.apache.jena.graph.Node> docs = documents();
            return classIndexes.computeIfAbsent(cls, c -> Txn.calculateRead(dataset,
                    () -> ClassIndex.of(dataset, iris.base(), c, counts.count(c), docs)));
        }

        /** The documents the home page lists, as a set (each is its own one letter on a class page). */
        private java.util.Set<org.apache.jena.graph.Node> documents() {
            java.util.Set<org.apache.jena.graph.Node> d = documents;
            if (d == null) {
                d = java.util.Set.copyOf(stats().letters());
                documents = d;
            }
            return d;
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
    }

    /** The view of the data now: take it once per request and use only it. */
    View view() {
        return view;
    }

    /**
     * Pages that show counts (home, class pages) are made here: from the view now, never while an ingest is between
     * its commit and the new view ({@link #changing}); a class page reads its instances from the data as it is, so
     * made in that moment it would list the new letter under the old view's count.
     */
    <T> T inView(java.util.function.Function<View, T> page) {
        changing.readLock().lock();
        try {
            return page.apply(view);
        } finally {
            changing.readLock().unlock();
        }
    }

    /**
     * A change of the data and its {@link #dataChanged}, as one step for the pages made {@link #inView}: they wait for it
     * (cached pages are served throughout).
     */
    <T> T changing(Supplier<T> change) {
        changing.writeLock().lock();
        try {
            return change.get();
        } finally {
            changing.writeLock().unlock();
        }
    }

    /** Fair: a stream of page renders does not keep an ingest waiting. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock changing = new java.util.concurrent.locks.ReentrantReadWriteLock(true);

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
        return view.loaded();
    }

    /** The dataset's figures (of the view now). */
    DatasetStats stats() {
        return view.stats();
    }

    /** The dataset's sizes (of the view now). */
    DatasetSizes sizes() {
        return view.sizes();
    }

    /** The class counts and triples per ontology property (of the view now). */
    TermCounts terms() {
        return view.terms();
    }

    /** Every class used and its number of instances (of the view now). */
    ClassCounts classes() {
        return view.classes();
    }

    /** One class's instances (of the view now). */
    ClassIndex classIndex(org.apache.jena.graph.Node cls) {
        return view.classIndex(cls);
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
        // The figures follow the change (only what it touched is read again) and are saved beside a store; the
        // pages keep the old view meanwhile, then the new figures, class counts, an empty render cache and the
        // new Last-Modified replace it in one step. The sizes are a pass over every quad: counted on next use.
        figures.ingested(changed);
        HomeFigures.Figures now = figures.both();
        Instant loaded = view.loaded();
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        view = new View(t.isAfter(loaded) ? t : loaded.plusSeconds(1), now);
    }

    /** Rendered pages of the view now, single-flight and bounded in bytes, shared by every handler. */
    RenderCache cache() {
        return view.cache();
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
