package org.replygraph.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.replygraph.extract.Diagnostic;
import org.replygraph.extract.DocumentFacts;
import org.replygraph.extract.Extractor;
import org.replygraph.extract.Letter;
import org.replygraph.extract.Proposal;
import org.replygraph.extract.ProposalKind;
import org.replygraph.ingest.DocumentReader;
import org.replygraph.ingest.IngestException;
import org.replygraph.ingest.InputCollector;
import org.replygraph.ingest.SourceDocument;

/**
 * Reads files, extracts their facts and writes each document into its own named graph of any
 * {@link DatasetGraph}. A file that cannot be read or extracted becomes a report entry and costs
 * no other file.
 *
 * <pre>{@code
 * DatasetGraph ds = CorpusBuilder.newDataset();
 * BuildReport r = new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("seeds")), ds);
 * r.documentsRead();   // 5
 * }</pre>
 */
public final class CorpusBuilder {
    private final DocumentReader reader;
    private final Extractor extractor;
    private final GraphWriter writer;

    public CorpusBuilder(BuildOptions options) {
        this(options, new DocumentReader(), new Extractor());
    }

    public CorpusBuilder(BuildOptions options, DocumentReader reader, Extractor extractor) {
        Objects.requireNonNull(options, "options");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.writer = new GraphWriter(options);
    }

    /**
     * The in-memory dataset builds use: Jena's general dataset (one plain in-memory graph per named
     * graph), chosen over TIM ({@code createTxnMem}) because a build is single-threaded and needs no
     * MVCC. Measured here on the seeds+dev export copied 60 times (214,620 quads in 1,020 named
     * graphs, warm, 3 rounds): general 210-390 k quads/s and ~118 B/quad of heap, TIM 26-44 k
     * quads/s and ~635 B/quad (performance-notes.md trap 7 quotes 1.6x heap, 1.5-2x slower on one
     * graph; many small named graphs widen the gap). A server that needs concurrent readers and
     * writers should load the built quads into TIM or TDB2 instead.
     */
    public static DatasetGraph newDataset() {
        return DatasetGraphFactory.create();
    }

    /** Reads every input (files, or folders of .txt/.html files) into {@code target}, one named graph per document. */
    public BuildReport build(List<Path> inputs, DatasetGraph target) {
        try (DatasetSink sink = new DatasetSink(target, writer.minter().base())) {
            return build(inputs, sink);
        }
    }

    /** Reads every input and hands each built document to {@code sink}, in input order; finishes the sink. */
    public BuildReport build(List<Path> inputs, DocumentSink sink) {
        List<BuildReport.DocumentEntry> docs = new ArrayList<>();
        List<BuildReport.Failure> failures = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : collect(inputs, failures)) {
            String name = file.getFileName().toString();
            Path earlier = seen.putIfAbsent(name, file);
            if (earlier != null) {
                failures.add(new BuildReport.Failure(file.toString(),
                        "duplicate document name " + name + " (already read from " + earlier + ")"));
                continue;
            }
            try {
                SourceDocument source = read(file);
                if (sink.isCurrent(source.fileName(), source.sha256())) {
                    unchanged.add(name);
                    continue;
                }
                BuiltDocument d = buildOne(file, source);
                sink.add(d);
                docs.add(d.entry());
            } catch (DocumentFailure e) {
                failures.add(e.failure());
            }
        }
        sink.finish();
        return new BuildReport(docs, failures, unchanged);
    }

    /** The files under every input in InputCollector's order; an input that cannot be listed is one failure. */
    private static List<Path> collect(List<Path> inputs, List<BuildReport.Failure> failures) {
        InputCollector.Listing listing = new InputCollector().list(inputs);
        for (InputCollector.Problem p : listing.problems())
            failures.add(new BuildReport.Failure(p.file().toString(), p.reason()));
        return listing.files();
    }

    /**
     * Reads, extracts and writes one file; a {@link DocumentFailure} names the file and the reason.
     * Safe to call from several threads when the reader and extractor are.
     */
    public BuiltDocument buildOne(Path file) throws DocumentFailure {
        return buildOne(file, read(file));
    }

    /** Reads one file's bytes and decodes them; a {@link DocumentFailure} names the file and the reason. */
    public SourceDocument read(Path file) throws DocumentFailure {
        try {
            return reader.read(file);
        } catch (IngestException e) {
            throw new DocumentFailure(new BuildReport.Failure(file.toString(), e.reason()));
        }
    }

    /** Extracts and writes a document already read from {@code file}. */
    public BuiltDocument buildOne(Path file, SourceDocument source) throws DocumentFailure {
        try {
            DocumentFacts facts = extractor.extract(source);
            Graph g = writer.toGraph(facts);
            return new BuiltDocument(source.fileName(), source.sha256(), writer.graphName(facts), g, entry(facts, g.size()));
        } catch (RuntimeException e) {
            // A bug met on one letter must not cost the corpus: it is reported with the file, not swallowed.
            throw new DocumentFailure(new BuildReport.Failure(file.toString(), "cannot extract: " + e));
        }
    }

    /** One file that could not be built, as a report entry. */
    public static final class DocumentFailure extends Exception {
        private final transient BuildReport.Failure failure;

        DocumentFailure(BuildReport.Failure failure) {
            super(failure.file() + ": " + failure.reason(), null, false, false);
            this.failure = failure;
        }

        public BuildReport.Failure failure() {
            return failure;
        }
    }

    private BuildReport.DocumentEntry entry(DocumentFacts f, long quads) {
        Letter l = f.letter();
        String type = l.type().name().toLowerCase(Locale.ROOT);
        String proposal = l.proposal() == null ? null : proposalSummary(l.proposal());
        String agency = l.issuer() != null ? l.issuer().name() : null;
        String date = l.date() != null ? l.date().value().toString() : null;
        List<String> diags = f.diagnostics().stream().map(Diagnostic::message).toList();
        return new BuildReport.DocumentEntry(f.source().fileName(), writer.documentNode(f).getURI(), type,
                proposal, agency, date, quads, diags);
    }

    /** "proposal 604", "suggestion 萧山45", or the kind alone when the letter gives no number. */
    private static String proposalSummary(Proposal p) {
        String kind = p.kind() == ProposalKind.CPPCC_PROPOSAL ? "proposal" : "suggestion";
        return p.number() == null ? kind : kind + " " + p.number().value();
    }
}
