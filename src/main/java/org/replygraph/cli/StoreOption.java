package org.replygraph.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --store DIR}: keep the dataset in a TDB2 folder instead of the heap (build, serve, query, export, validate). */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the dataset in the TDB2 store in DIR (made when new or empty); without it everything stays in memory.")
    Path store;

    boolean given() {
        return store != null;
    }

    /**
     * query, export and validate read either INPUT or a store: giving both would silently change the store,
     * which is build's job.
     */
    List<Path> inputsOrStore(List<Path> inputs, String command) {
        boolean none = inputs == null || inputs.isEmpty();
        if (given() && !none)
            throw new IllegalArgumentException("Illegal INPUT with --store : " + command + " reads the store as it is; "
                    + "add letters with `replygraph build --store " + store + " INPUT...`");
        if (!given() && none) throw new IllegalArgumentException("Missing INPUT : give letters, folders or RDF files, or --store DIR");
        return none ? List.of() : inputs;
    }
}
