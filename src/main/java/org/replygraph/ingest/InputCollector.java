package org.replygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands INPUT paths (files, or folders searched recursively for *.txt, *.html, *.htm) into the
 * documents to build, sorted by file name so any argument order gives the same result. One bad
 * file does not stop the others: it comes back as a {@link Problem}.
 *
 * <pre>{@code
 * InputCollector.Batch b = new InputCollector().readAll(List.of(Path.of("seeds"), Path.of("extra.html")));
 * b.documents();   // 000_1a2b3c4d5e6f7a8b.txt, 001_…, …, extra.html
 * b.problems();    // [Problem[file=seeds/bad.txt, reason=empty file (0 bytes)]]
 * }</pre>
 */
public final class InputCollector {
    /** A file that could not be read, with the reason, e.g. {@code binary content: NUL byte at offset 12}. */
    public record Problem(Path file, String reason) {
    }

    /** The input files found, sorted, and the inputs that could not be listed (missing, unreadable folder). */
    public record Listing(List<Path> files, List<Problem> problems) {
        public Listing {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** The documents read, in file-name order, and the files that failed. */
    public record Batch(List<SourceDocument> documents, List<Problem> problems) {
        public Batch {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    /** File name first, then the whole path, so equal names in two folders still sort the same way every time. */
    private static final Comparator<Path> ORDER = Comparator.comparing((Path p) -> p.getFileName().toString())
            .thenComparing(Path::toString);

    private final DocumentReader reader;

    public InputCollector() {
        this(new DocumentReader());
    }

    public InputCollector(DocumentReader reader) {
        this.reader = reader;
    }

    /**
     * The input files under {@code inputs}, sorted; an input that is missing or cannot be listed is a
     * problem that costs the other inputs nothing. A file named twice (itself and through its folder)
     * is listed once. A FIFO, socket or device with a letter's name found in a folder is a problem
     * naming it ({@code refused: not a regular file …}), never opened: reading a FIFO waits for a
     * writer forever, a device may never end.
     */
    public Listing list(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path input : inputs) {
            try {
                if (!Files.exists(input)) throw new IngestException(input, "no such file or folder");
                List<Path> found = Files.isDirectory(input) ? walk(input, problems) : List.of(input.normalize());
                for (Path f : found) if (seen.add(f.toAbsolutePath().normalize())) files.add(f);
            } catch (IngestException e) {
                problems.add(new Problem(input, e.reason()));
            }
        }
        files.sort(ORDER);
        return new Listing(files, problems);
    }

    /** As {@link #list(List)}, but the first input that cannot be listed is an error naming it. */
    public List<Path> collect(List<Path> inputs) throws IngestException {
        Listing listing = list(inputs);
        if (!listing.problems().isEmpty()) {
            Problem first = listing.problems().get(0);
            throw new IngestException(first.file(), first.reason());
        }
        return listing.files();
    }

    /** Reads every input file; files that fail are reported as problems, in the same order. */
    public Batch readAll(List<Path> inputs) throws IngestException {
        List<SourceDocument> docs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : collect(inputs)) {
            try {
                docs.add(reader.read(file));
            } catch (IngestException e) {
                problems.add(new Problem(file, e.reason()));
            }
        }
        return new Batch(docs, problems);
    }

    /** The letters under {@code folder}; special files with a letter's name go to {@code problems} (only their type is read). */
    private static List<Path> walk(Path folder, List<Problem> problems) throws IngestException {
        List<Path> files = new ArrayList<>();
        List<Problem> refused = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) {
            s.filter(InputCollector::isInputName).map(Path::normalize).forEach(p -> {
                if (Files.isRegularFile(p)) files.add(p);
                else if (Files.exists(p) && !Files.isDirectory(p)) refused.add(new Problem(p, DocumentReader.NOT_REGULAR));
            });
        } catch (IOException | UncheckedIOException e) {
            throw new IngestException(folder, "unreadable folder: " + e.getMessage(), e);
        }
        refused.sort(Comparator.comparing(Problem::file, ORDER));
        problems.addAll(refused);
        return files;
    }

    /** Letters in a folder: .txt, .html, .htm; hidden files (editor and OS litter such as ._x.txt) are not. */
    static boolean isInputName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm"));
    }
}
