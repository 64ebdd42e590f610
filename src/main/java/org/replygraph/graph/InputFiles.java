package org.replygraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands build inputs: a file stays itself, a folder gives its .txt/.htm/.html files (recursively,
 * sorted by path so every run reads in the same order), e.g. {@code seeds/} gives its five letters.
 */
final class InputFiles {
    private InputFiles() { }

    /** The files to read; a path that does not exist is kept so that the build reports it. */
    static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).filter(InputFiles::isDocument).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list folder " + in + " : " + e.getMessage(), e);
                }
            } else {
                files.add(in);
            }
        }
        return files;
    }

    static boolean isDocument(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm");
    }
}
