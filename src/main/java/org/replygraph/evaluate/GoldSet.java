package org.replygraph.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The gold files of one folder, keyed by document stem. A bad file does not stop the others: it is
 * kept as an error naming the file and the reason, and its document counts as having no gold.
 *
 * <pre>{@code
 * GoldSet gold = GoldSet.load(Path.of("src/test/resources/gold/seeds"));
 * gold.find("000_1a2b3c4d5e6f7a8b");   // the gold of seeds/000_1a2b3c4d5e6f7a8b.txt
 * gold.errors();                        // [] when every file reads
 * }</pre>
 */
public record GoldSet(Map<String, GoldDocument> documents, List<GoldFormatException> errors) {
    public GoldSet {
        documents = Collections.unmodifiableMap(new TreeMap<>(documents));
        errors = List.copyOf(errors);
    }

    /** Reads every {@code *.json} in {@code dir}; throws only when the folder itself cannot be listed. */
    public static GoldSet load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("Illegal gold folder=" + dir + " : not a directory");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        GoldReader reader = new GoldReader();
        Map<String, GoldDocument> docs = new TreeMap<>();
        List<GoldFormatException> errors = new ArrayList<>();
        for (Path f : files) {
            try {
                GoldDocument g = reader.read(f);
                docs.put(g.stem(), g);
            } catch (GoldFormatException e) {
                errors.add(e);  // kept as data: the report lists it and the other files still count
            }
        }
        return new GoldSet(docs, errors);
    }

    /** The gold for a document stem, or null. */
    public GoldDocument find(String stem) {
        return documents.get(stem);
    }
}
