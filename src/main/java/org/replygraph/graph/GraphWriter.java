package org.replygraph.graph;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.replygraph.extract.fact.DocumentFacts;

/**
 * Turns one document's facts into quads in any {@link DatasetGraph}, the document's triples in a
 * named graph of their own. Writes only what extraction found; no blank nodes.
 *
 * <pre>{@code
 * GraphWriter w = new GraphWriter(BuildOptions.defaults());
 * w.write(new Extractor().extract(new DocumentReader().read(path)), dataset);
 * }</pre>
 */
public final class GraphWriter {
    private final BuildOptions options;
    private final IriMinter iri;

    public GraphWriter(BuildOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.iri = new IriMinter(options.baseIri());
    }

    public IriMinter minter() {
        return iri;
    }

    /**
     * Writes the document into its named graph of {@code target} and its entity descriptions into the
     * entities graph, as a build does; returns the number of quads in the document's graph.
     */
    public long write(DocumentFacts facts, DatasetGraph target) {
        Graph g = toGraph(facts);
        new EntityGraph(iri.base()).forEachQuad(graphName(facts), g,
                (name, t) -> target.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        return g.size();
    }

    /** The document's triples, in a fresh graph. */
    public Graph toGraph(DocumentFacts facts) {
        GraphTripleSink out = new GraphTripleSink();
        write(facts, out);
        return out.graph();
    }

    /**
     * The document's quads as the sorted, distinct lines of a file of {@code extension} (nq, trig, or N-Triples for
     * the others), made from the terms' bytes ({@link LineTripleSink}): its graph's triples and the entities graph's.
     */
    SortedLineBlock writeLines(DocumentFacts facts, String extension) {
        LineTripleSink out = new LineTripleSink(extension, Term.of(graphName(facts)), new EntityGraph(iri.base()));
        write(facts, out);
        return out.finish();
    }

    /** Writes the document's triples to {@code out}: the one mapping from facts to triples, whatever the sink. */
    void write(DocumentFacts facts, TripleSink out) {
        DocGraph g = new DocGraph(facts, iri, options, out);
        g.cleanText();
        Scopes scopes = new Scopes(facts.letter(), facts.source().fileName());
        new LetterWriter(g, scopes).write();
        ProposalWriter proposals = new ProposalWriter(g, scopes);
        proposals.write();
        new EntityWriter(g, scopes, proposals).write();
        new TableWriter(g).write();
    }

    public Node graphName(DocumentFacts facts) {
        return iri.graph(facts.source().fileName());
    }

    public Node documentNode(DocumentFacts facts) {
        return iri.document(facts.source().fileName());
    }

    static void addTo(DatasetGraph target, Node name, Graph g) {
        g.find().forEachRemaining(t -> target.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
