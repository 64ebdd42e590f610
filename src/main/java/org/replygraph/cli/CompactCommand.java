package org.replygraph.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.replygraph.graph.store.Store;
import org.replygraph.serve.HomeFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code replygraph compact --store rg-store}: copies what the store holds into a new generation and
 * deletes the old one, reclaiming the index blocks that commits (ingests, batched builds) left behind.
 * Run it with the server stopped: TDB2's compaction of a database that is being served let a query begun
 * before the switch run on without end here, and the compaction waited for it (README, "The store").
 * The home page's figures are saved again with the compacted store's stamp (counted first when the saved
 * ones were not current), so {@code serve} reads them.
 * <pre>
 * $ replygraph compact --store rg-store
 * store rg-store compacted: 652.3 MB -> 652.3 MB (Data-0002)
 * </pre>
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compacts a --store (stop the server first): the data is copied into a new generation and the "
                + "old one, with the blocks earlier commits left behind, is deleted.")
public final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BuildMixin build;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        return Failures.run(spec, build.verbose, () -> {
            if (!store.given()) throw new IllegalArgumentException("Missing --store DIR : compact works on a store");
            try (Store s = Store.open(store.store)) {
                HomeFigures figures = HomeFigures.of(s.dir(), s.dataset(), build.baseIri); // the saved ones, if current
                long before = s.dataBytes();
                s.compact();
                figures.restamped();                 // current figures: saved again under the new stamp
                figures.changed(java.util.Set.of()); // stale or missing ones: counted now and saved (else a no-op)
                spec.commandLine().getOut().println("store " + store.store + " compacted: " + mb(before) + " -> " + mb(s.dataBytes())
                        + " (" + s.dataFolder().getFileName() + ")");
            }
            return Main.OK;
        });
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
