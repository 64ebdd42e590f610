package org.replygraph.graph;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One input document read, extracted and turned into triples, ready for a {@link DocumentSink}: its
 * file name, the SHA-256 of its bytes, the name of its graph, its triples (a Jena graph, or for a sink that
 * writes a file the sorted lines of that file, {@link DocumentSink#lineExtension()}) and its report entry.
 *
 * <pre>{@code
 * BuiltDocument d = ...;          // from CorpusBuilder
 * d.graphName();                  // <https://w3id.org/replygraph/id/graph/000-…>
 * d.graph().size();               // 702
 * }</pre>
 */
public record BuiltDocument(String fileName, String sha256, Node graphName, Graph graph,
                            BuildReport.DocumentEntry entry, SortedLineBlock lines) {
    public BuiltDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(graphName, "graphName");
        if ((graph == null) == (lines == null))
            throw new IllegalArgumentException("Illegal document=" + fileName + " : needs either a graph or lines, not both");
        Objects.requireNonNull(entry, "entry");
    }

    /** A document built as a Jena graph. */
    public BuiltDocument(String fileName, String sha256, Node graphName, Graph graph, BuildReport.DocumentEntry entry) {
        this(fileName, sha256, graphName, Objects.requireNonNull(graph, "graph"), entry, null);
    }

    /** The document's triples; a document built as a file's lines has none ({@link #lines()}). */
    @Override
    public Graph graph() {
        if (graph == null) throw new IllegalStateException("Document " + fileName + " was built as lines, not as a graph");
        return graph;
    }
}
