package org.replygraph.graph;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One input document read, extracted and turned into triples, ready for a {@link DocumentSink}: its
 * file name, the SHA-256 of its bytes, the name of its graph, its triples and its report entry.
 *
 * <pre>{@code
 * BuiltDocument d = ...;          // from CorpusBuilder
 * d.graphName();                  // <https://w3id.org/replygraph/id/graph/000-…>
 * d.graph().size();               // 702
 * }</pre>
 */
public record BuiltDocument(String fileName, String sha256, Node graphName, Graph graph,
                            BuildReport.DocumentEntry entry) {
    public BuiltDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(graphName, "graphName");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(entry, "entry");
    }
}
