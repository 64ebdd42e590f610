package org.replygraph.graph;

import java.util.Optional;
import org.replygraph.ingest.SourceDocument;

/**
 * Documents built before, found again by their bytes: a {@link CorpusBuilder} asks it before extracting a
 * document and gives it each document it built, so a restart on unchanged letters extracts nothing (and
 * never loads the extractor's dictionaries). A cache answers only for the same bytes, file name, base IRI
 * and rules (the graph's IRIs come from the file name and base); it never makes a build fail.
 * <pre>{@code
 * CorpusBuilder builder = new CorpusBuilder(options).withCache(new ExtractionCache(dir, options));
 * builder.build(List.of(Path.of("seeds")), dataset);   // second time: every letter from the cache
 * }</pre>
 */
public interface DocumentCache {
    /** A cache that holds nothing. */
    DocumentCache NONE = new DocumentCache() {
        @Override
        public Optional<BuiltDocument> find(SourceDocument source) {
            return Optional.empty();
        }

        @Override
        public void put(BuiltDocument document) { }
    };

    /** The document as built before from these bytes under this name, when the cache holds it. Called from any thread. */
    Optional<BuiltDocument> find(SourceDocument source);

    /** Keeps a document just built; a cache that cannot keep it (a full disk) forgets it. Called from any thread. */
    void put(BuiltDocument document);
}
