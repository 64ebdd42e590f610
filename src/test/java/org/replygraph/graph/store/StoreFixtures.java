package org.replygraph.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Letters for store tests (the 5 seeds, then dev letters: seed 000 and dev 04 share their agency) and quad dumps. */
final class StoreFixtures {
    private StoreFixtures() { }

    /** The 5 seeds, then the first {@code dev} dev letters, in that order. */
    static List<Path> letters(int dev) {
        List<Path> all = new ArrayList<>(list(Path.of("seeds")));
        all.addAll(list(Path.of("src/test/resources/dev/letters")).subList(0, dev));
        return all;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every quad as an N-Quads line, sorted: two datasets are equal when these are. */
    static TreeSet<String> quads(DatasetGraph ds) {
        return Txn.calculateRead(ds, () -> {
            TreeSet<String> lines = new TreeSet<>();
            ds.find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q)));
            return lines;
        });
    }

    /** Equal quad sets, or a failure listing the first lines only one side has (not both whole sets). */
    static void assertSameQuads(TreeSet<String> expected, TreeSet<String> actual, String what) {
        TreeSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        TreeSet<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        if (missing.isEmpty() && extra.isEmpty()) return;
        org.junit.jupiter.api.Assertions.fail(what + ": " + missing.size() + " quads missing, " + extra.size() + " extra; missing "
                + missing.stream().limit(5).map(l -> l.substring(0, Math.min(300, l.length()))).toList()
                + "; extra " + extra.stream().limit(5).map(l -> l.substring(0, Math.min(300, l.length()))).toList());
    }

    /** Copies {@code files} into {@code dir} (so a test can change or drop some). */
    static List<Path> copies(List<Path> files, Path dir) {
        List<Path> out = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Path f : files) out.add(Files.copy(f, dir.resolve(f.getFileName())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
