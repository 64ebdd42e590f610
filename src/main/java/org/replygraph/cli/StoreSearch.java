package org.replygraph.cli;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.replygraph.graph.store.Store;
import org.replygraph.index.SearchIndex;

/**
 * The search index kept beside a store, in {@code DIR/search}: built whole the first time, then only the
 * documents and entities a build or an ingest changed are read again.
 * <pre>
 * try (SearchIndex index = StoreSearch.open(store, base)) {
 *     StoreSearch.update(store, index, built.changed());
 * }
 * </pre>
 */
final class StoreSearch {
    private StoreSearch() { }

    static SearchIndex open(Store store, String base) {
        return SearchIndex.open(store.dir().resolve("search"), base);
    }

    /** Re-reads {@code changed}; the whole store when the index is still empty (a store made before it). */
    static void update(Store store, SearchIndex index, Set<Node> changed) {
        if (index.size() == 0) index.rebuild(store.dataset());
        else if (!changed.isEmpty()) index.update(store.dataset(), changed);
    }
}
