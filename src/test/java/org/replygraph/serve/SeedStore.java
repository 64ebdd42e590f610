package org.replygraph.serve;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.RG;
import org.replygraph.graph.store.StoreSink;

/** The set-up of the serve tests that ingest into a store: the seeds built into it, its home figures saved, as `build --store` leaves it. */
final class SeedStore {
    private SeedStore() {
    }

    /** Builds seeds/ into the store at {@code dir} (its dataset {@code ds}) and saves the home page's figures beside it. */
    static void build(Path dir, DatasetGraph ds, BuildOptions options) {
        HomeFigures built = HomeFigures.of(dir, ds, RG.DEFAULT_BASE);
        try (StoreSink sink = new StoreSink(ds, options, false)) {
            new CorpusBuilder(options).build(List.of(Path.of("seeds")), sink);
            sink.close();
            built.changed(sink.changedNodes());
        }
    }
}
