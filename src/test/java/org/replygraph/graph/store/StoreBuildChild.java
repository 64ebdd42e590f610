package org.replygraph.graph.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.CorpusBuilder;

/**
 * A build into a store in its own JVM, for {@link StoreCrashTest} to kill: {@code STORE BATCH FILE...}.
 * Prints {@code COMMITTED n} after each commit, so the parent knows when to pull the plug.
 */
public final class StoreBuildChild {
    private StoreBuildChild() { }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int batch = Integer.parseInt(args[1]);
        List<Path> files = Arrays.stream(args).skip(2).map(Path::of).toList();
        BuildOptions options = BuildOptions.defaults();
        try (Store store = Store.openOrCreate(dir);
             StoreSink sink = new StoreSink(store.dataset(), options, false, batch, Long.MAX_VALUE)) {
            sink.onCommit(n -> {
                System.out.println("COMMITTED " + n);
                System.out.flush();
            });
            new CorpusBuilder(options).build(files, sink);
        }
        System.out.println("DONE");
    }
}
