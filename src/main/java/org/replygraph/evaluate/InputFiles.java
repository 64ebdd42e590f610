package org.replygraph.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs: a file stays itself, a folder gives the {@code .txt}/{@code .htm(l)}
 * files under it (recursively, as build reads folders); the result is sorted and without duplicates, so
 * argument order never matters. Stands in until ingest's InputCollector reaches main.
 * {@code InputFiles.expand(List.of(Path.of("seeds")))} gives seeds/000_….txt … seeds/004_….txt.
 */
public final class InputFiles {
    private InputFiles() {
    }

    public static List<Path> expand(List<Path> inputs) throws IOException {
        TreeSet<Path> out = new TreeSet<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(Files::isRegularFile).filter(InputFiles::isDocument).forEach(out::add);
                }
            } else if (Files.isRegularFile(in)) {
                out.add(in);
            } else {
                throw new IOException("Illegal input=" + in + " : no such file or folder");
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean isDocument(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm"));
    }
}
