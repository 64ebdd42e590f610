package org.replygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The seed and dev letters in the repository (seeds/ and src/test/resources/dev/letters/), UTF-8. */
public final class TestCorpus {
    public static final Path SEEDS = Path.of("seeds");
    public static final Path DEV = Path.of("src/test/resources/dev/letters");
    public static final Path ENCODINGS = Path.of("src/test/resources/encodings");

    private TestCorpus() {
    }

    /** Every seed and dev letter, sorted by path. */
    public static List<Path> letters() {
        List<Path> all = new ArrayList<>(list(SEEDS));
        all.addAll(list(DEV));
        return all;
    }

    /** The UTF-8 original of an encoded copy, found by its stem. */
    public static Path originalOf(Path copy) {
        String name = copy.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        for (Path p : letters()) if (p.getFileName().toString().equals(stem + ".txt")) return p;
        throw new IllegalArgumentException("Illegal copy=" + copy + " : no seed or dev letter named " + stem + ".txt");
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
