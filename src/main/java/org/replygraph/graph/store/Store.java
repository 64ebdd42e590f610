package org.replygraph.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A ReplyGraph dataset kept in a TDB2 folder ({@code --store DIR}): one named graph per document and the
 * entities graph, as an in-memory build makes them. TDB2 gives each write transaction all or nothing
 * (a {@code kill -9} leaves the last commit: its journal is replayed when the store is next opened) and
 * MVCC (readers go on while a writer writes). Only one process may open a folder: TDB2 locks it
 * ({@code tdb.lock}, holding the owner's PID), and a second one gets a {@link StoreException} naming it.
 *
 * <pre>{@code
 * try (Store store = Store.openOrCreate(Path.of("rg-store"))) {
 *     new CorpusBuilder(options).build(inputs, new StoreSink(store.dataset(), options, false));
 * }
 * try (Store store = Store.open(Path.of("rg-store"))) { ... }   // must exist
 * }</pre>
 */
public final class Store implements AutoCloseable {
    /** TDB2 keeps each generation of a database in {@code Data-0001}, {@code Data-0002} (after compaction). */
    private static final Pattern DATA_FOLDER = Pattern.compile("Data-\\d+");
    private static final Pattern LOCK_HOLDER = Pattern.compile("held by process (-?\\d+)");

    private final Path dir;
    private final DatasetGraph dataset;

    private Store(Path dir, DatasetGraph dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /** Opens the store in {@code dir}, creating it when the folder does not exist or is empty. */
    public static Store openOrCreate(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (Files.exists(dir) && !isEmptyFolder(dir)) requireStore(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create store " + dir + ": " + e.getMessage(), e);
        }
        return connect(dir);
    }

    /** Opens the existing store in {@code dir}; a missing or empty folder is a {@link StoreException}. */
    public static Store open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.exists(dir) || isEmptyFolder(dir))
            throw new StoreException("no store at " + dir + ": make one with `replygraph build --store " + dir + " LETTERS...`");
        requireStore(dir);
        return connect(dir);
    }

    public Path dir() {
        return dir;
    }

    /** The TDB2 dataset: use it inside transactions ({@code Txn.executeRead}, a {@link StoreSink}). */
    public DatasetGraph dataset() {
        return dataset;
    }

    /**
     * Copies what the store holds now into a new generation ({@code Data-0002} after {@code Data-0001})
     * and deletes the old one: TDB2 writes copy-on-write, so every commit leaves behind the old copies
     * of the index blocks it changed, reclaimed only here. Crash-safe: the copy is made in
     * {@code Data-NNNN-tmp} and renamed when complete (an unfinished one is removed on next open).
     * Costs a pass over every quad, so a build calls it only after several commits.
     */
    public void compact() {
        try {
            DatabaseMgr.compact(dataset, true);
        } catch (RuntimeException e) {
            throw new StoreException("cannot compact store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The current generation's folder ({@code Data-0002} after one compaction). */
    public Path dataFolder() {
        return names(dir).stream().filter(n -> DATA_FOLDER.matcher(n).matches() && Files.isDirectory(dir.resolve(n)))
                .max(java.util.Comparator.naturalOrder()).map(dir::resolve)
                .orElseThrow(() -> new StoreException("Illegal store=" + dir + " : no Data-NNNN folder in it"));
    }

    /** The size of the current generation's files, in bytes (TDB2 grows them 8 MiB at a time). */
    public long dataBytes() {
        try (Stream<Path> files = Files.list(dataFolder())) {
            long sum = 0;
            for (Path f : files.filter(Files::isRegularFile).toList()) sum += Files.size(f);
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure store " + dir + " : " + e.getMessage(), e);
        }
    }

    /** Releases the dataset and its lock, so another process may open the folder. */
    @Override
    public void close() {
        if (dataset.isInTransaction()) dataset.abort();
        TDBInternal.expel(dataset);
    }

    private static Store connect(Path dir) {
        try {
            return new Store(dir, DatabaseMgr.connectDatasetGraph(Location.create(dir)));
        } catch (RuntimeException e) {
            throw translate(dir, e);
        }
    }

    /** TDB2 says "Failed to get a lock: file='…/tdb.lock': held by process 4242"; the user needs the folder and the PID. */
    static StoreException translate(Path dir, RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = LOCK_HOLDER.matcher(message);
        if (m.find())
            return new StoreException("store " + dir + " is in use by process " + m.group(1)
                    + " (another build or serve); stop it or wait for it to finish", e);
        if (message.contains("Failed to get a lock"))
            return new StoreException("store " + dir + " is in use by another process; stop it or wait for it to finish", e);
        return new StoreException("cannot open store " + dir + ": " + message, e);
    }

    /** A folder with content must be a TDB2 store: a Data-NNNN folder inside. */
    private static void requireStore(Path dir) {
        if (!Files.isDirectory(dir))
            throw new StoreException("Illegal store=" + dir + " : it is a file; a store is a folder (give a new or empty folder to make one)");
        List<String> names = names(dir);
        if (names.stream().anyMatch(n -> DATA_FOLDER.matcher(n).matches() && Files.isDirectory(dir.resolve(n)))) return;
        String what = names.contains("nodes.dat") ? "a TDB1 database, not a TDB2 store"
                : "not a TDB2 store (no Data-0001 folder in it)";
        throw new StoreException("Illegal store=" + dir + " : the folder is " + what
                + "; give a new or empty folder to make a store");
    }

    private static boolean isEmptyFolder(Path dir) {
        return Files.isDirectory(dir) && names(dir).isEmpty();
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list store " + dir + " : " + e.getMessage(), e);
        }
    }
}
