package org.replygraph.graph;

import java.util.List;

/**
 * What a build found: one entry per document read (in input order) and one per file that failed,
 * with the reason. A failed file never costs the others.
 *
 * <pre>{@code
 * BuildReport r = new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("seeds")), ds);
 * r.documents().get(0).proposal();   // "proposal 604", "suggestion 萧山45", or null
 * r.failures();                            // [] when every file was read
 * r.unchanged();                           // files a store already held as these bytes: not extracted again
 * }</pre>
 */
public record BuildReport(List<DocumentEntry> documents, List<Failure> failures, List<String> unchanged) {
    public BuildReport {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
        unchanged = List.copyOf(unchanged);
    }

    /** A report of a build that skipped nothing as unchanged. */
    public BuildReport(List<DocumentEntry> documents, List<Failure> failures) {
        this(documents, failures, List.of());
    }

    /**
     * One document: file name, its IRI, type (reply_letter, co_handling_opinion, other), proposal
     * number, issuing agency and the letter's date (null when absent), quads written, diagnostics.
     */
    public record DocumentEntry(String file, String iri, String type, String proposal, String agency,
                                String date, long quads, List<String> diagnostics) {
        public DocumentEntry {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** A file that could not be read, extracted or written, and why. */
    public record Failure(String file, String reason) { }

    public int documentsRead() {
        return documents.size();
    }

    /** Documents that are rg:ReplyLetter: reply letters and co-handling opinions (every type but other). */
    public long replyLetters() {
        return documents.stream().filter(d -> !d.type().equals("other")).count();
    }

    public long quads() {
        return documents.stream().mapToLong(DocumentEntry::quads).sum();
    }
}
