package org.replygraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds a query by name: {@code letters-per-agency} is {@code queries/letters-per-agency.rq} in the
 * project folder when there is one, else the jar's {@code queries/} resource; a path ending in .rq
 * is read as given.
 */
public final class NamedQueries {
    private final Path folder;

    public NamedQueries(Path folder) {
        this.folder = folder;
    }

    /** Queries of the project folder {@code queries/} (relative to the working directory), then of the jar. */
    public static NamedQueries standard() {
        return new NamedQueries(Path.of("queries"));
    }

    public String text(String nameOrFile) {
        Path asFile = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") && Files.isRegularFile(asFile)) return read(asFile);
        String name = nameOrFile.endsWith(".rq") ? nameOrFile.substring(0, nameOrFile.length() - 3) : nameOrFile;
        if (!name.matches("[A-Za-z0-9_-]{1,80}"))
            throw new IllegalArgumentException("Unknown query=" + nameOrFile + " : no such .rq file, and not a query name");
        Path inFolder = folder.resolve(name + ".rq");
        if (Files.isRegularFile(inFolder)) return read(inFolder);
        try (InputStream in = NamedQueries.class.getClassLoader().getResourceAsStream("queries/" + name + ".rq")) {
            if (in != null) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read query resource " + name + " : " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("Unknown query=" + nameOrFile + " : not in " + folder + "/ nor in the jar"
                + (names().isEmpty() ? "" : "; known: " + String.join(", ", names())));
    }

    /** The names in the project folder, sorted. */
    public List<String> names() {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder + " : " + e.getMessage(), e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read query " + p + " : " + e.getMessage(), e);
        }
    }
}
