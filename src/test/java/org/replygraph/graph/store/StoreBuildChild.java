package org.replygraph.graph.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.BuiltDocument;
import org.replygraph.graph.DocumentSink;
import org.replygraph.graph.CorpusBuilder;

/**
 * A build into a store in its own JVM, for {@link StoreCrashTest} to kill: {@code STORE BATCH FILE...}.
 * Prints {@code COMMITTED n} after each commit, so the parent knows when to pull the plug; each document
 * is handed over slowly, so the plug is pulled with a transaction open.
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
            // Each document takes at least 50 ms to hand over, so a kill lands inside an open transaction.
            new CorpusBuilder(options).build(files, new DocumentSink() {
                @Override
                public boolean isCurrent(String fileName, String sha256) {
                    return sink.isCurrent(fileName, sha256);
                }

                @Override
                public void add(BuiltDocument document) {
                    sink.add(document);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }

                @Override
                public void finish() {
                    sink.finish();
                }
            });
        }
        System.out.println("DONE");
    }
}
