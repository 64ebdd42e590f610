package org.replygraph.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.replygraph.evaluate.DocumentScore;
import org.replygraph.evaluate.Evaluator;
import org.replygraph.evaluate.ExtractionJson;
import org.replygraph.evaluate.GoldDocument;
import org.replygraph.evaluate.GoldFormatException;
import org.replygraph.evaluate.GoldReader;
import org.replygraph.evaluate.ListKind;
import org.replygraph.evaluate.ListScore;
import org.replygraph.evaluate.NameNormaliser;
import org.replygraph.evaluate.Scorer;
import org.replygraph.evaluate.TextReport;
import org.replygraph.extract.Extractor;
import org.replygraph.ingest.DocumentReader;
import org.replygraph.ingest.IngestException;
import org.replygraph.ingest.InputCollector;

/**
 * A folder of letters with a folder of gold, discovered by file name (one gold JSON per letter), and
 * the failure output of golden tests: the actual extraction and the score report under target/golden/.
 */
final class GoldenCorpus {
    static final Path SEED_LETTERS = Path.of("seeds");
    static final Path SEED_GOLD = Path.of("src/test/resources/gold/seeds");
    static final Path DEV_LETTERS = Path.of("src/test/resources/dev/letters");
    static final Path DEV_GOLD = Path.of("src/test/resources/dev/gold");
    static final Path OUT = Path.of("target/golden");

    /** One letter and its gold. */
    record Case(Path letter, Path gold) {
        @Override
        public String toString() {
            return letter.getFileName().toString();
        }
    }

    private GoldenCorpus() {
    }

    static List<Case> cases(Path letters, Path gold) throws IOException {
        List<Path> files;
        try {
            files = new InputCollector().collect(List.of(letters));
        } catch (IngestException e) {
            throw new IOException(e.getMessage(), e);
        }
        return files.stream().map(f -> new Case(f, gold.resolve(stem(f) + ".json"))).toList();
    }

    static Evaluator.Scored score(Case c) throws GoldFormatException, IngestException {
        GoldDocument gold = new GoldReader().read(c.gold());
        Evaluator evaluator = new Evaluator(new DocumentReader(), new Extractor(), new Scorer(new NameNormaliser()));
        return evaluator.score(c.letter(), gold);
    }

    /**
     * Writes {@code <stem>.actual.json} (the extraction in the gold's shape) and {@code <stem>.report.txt}
     * (what is wrong) under target/golden/{@code suite}/ and returns the readable diff for the failure message.
     */
    static String writeFailure(String suite, Case c, Evaluator.Scored scored) {
        String stem = stem(c.letter());
        String diff = new TextReport().document(scored.score());
        try {
            Path dir = Files.createDirectories(OUT.resolve(suite));
            Files.writeString(dir.resolve(stem + ".actual.json"), new ExtractionJson().render(scored.facts()), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(stem + ".report.txt"), diff, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the golden failure output for " + stem, e);
        }
        String message = "golden " + suite + "/" + stem + " (gold " + c.gold() + ", actual extraction in "
                + OUT.resolve(suite).resolve(stem + ".actual.json") + "):" + diff;
        System.out.println(message);
        return message;
    }

    /** Extracted policy documents the gold lists as not_policy_documents (the Scorer marks them "listed as not one"). */
    static List<String> listedAsNotPolicies(DocumentScore s) {
        ListScore p = s.lists().get(ListKind.POLICY_DOCUMENTS);
        return p == null ? List.of() : p.extra().stream().filter(x -> x.endsWith(" (listed as not one)")).toList();
    }

    static double f1(DocumentScore s, ListKind kind) {
        return s.lists().containsKey(kind) ? s.lists().get(kind).f1() : 1.0;
    }

    private static String stem(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
