package org.replygraph.graph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.replygraph.ingest.DocumentReader;
import org.replygraph.ingest.IngestException;
import org.replygraph.ingest.SourceDocument;

/**
 * Extraction as a library, for an engine that runs it over a whole archive (Spark, Beam, a loop over
 * machines): one document's name and bytes in, its N-Quads lines out, with no files, no dataset and no
 * state shared between calls beyond read-only tables. This is the map step of a distributed build. The
 * reduce step is a sort in {@link String} order that keeps each line once — what
 * {@code replygraph build part-*.nq -o corpus.nq} does with the parts — and its result is byte-identical
 * to one {@code build} of all the letters (LetterLinesTest), because every IRI is minted from the letter's
 * own content and an entity's description lines are the same in every letter that names it.
 *
 * <p>Make one per worker (the first call loads the extractor's dictionaries, a few seconds) and call it
 * from any number of threads.
 *
 * <pre>{@code
 * LetterLines map = new LetterLines(BuildOptions.defaults());
 * LetterLines.Result r = map.lines("r001.txt", bytes);
 * r.lines();     // ["<…/graph/entities> …", …]: sorted, each once, no line breaks
 * r.graph();     // https://w3id.org/replygraph/id/graph/…: the letter's named graph
 * }</pre>
 */
public final class LetterLines {
    private final CorpusBuilder builder;
    /** Stateless, shared by every call as the builder's worker threads share theirs. */
    private final DocumentReader reader = new DocumentReader();

    public LetterLines(BuildOptions options) {
        this.builder = new CorpusBuilder(options, 1);
    }

    /** A document's lines, the SHA-256 of its bytes and its named graph. */
    public record Result(String fileName, String sha256, String graph, List<String> lines) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    /** A document that cannot be read or extracted: the message names the file and the reason. */
    public static final class Failure extends Exception {
        Failure(String file, String reason) {
            super(file + ": " + reason, null, false, false);
        }
    }

    /**
     * The sorted, distinct N-Quads lines of the document named {@code fileName} (its extension says
     * whether it is a web page) with content {@code bytes}.
     */
    public Result lines(String fileName, byte[] bytes) throws Failure {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        Path name = Path.of(fileName);
        SourceDocument source;
        try {
            source = reader.read(name, bytes);
        } catch (IngestException e) {
            throw new Failure(fileName, e.reason());
        }
        try {
            BuiltDocument d = builder.buildLines(name, source, "nq");
            return new Result(fileName, d.sha256(), d.graphName().getURI(), strings(d.lines()));
        } catch (CorpusBuilder.DocumentFailure e) {
            throw new Failure(fileName, e.failure().reason());
        }
    }

    private static List<String> strings(SortedLineBlock block) {
        List<String> out = new ArrayList<>(block.lines());
        for (int i = 0; i < block.lines(); i++)
            out.add(new String(block.data(), block.start(i), block.end(i) - block.start(i), StandardCharsets.UTF_8));
        return out;
    }
}
