package org.replygraph.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The sizes of the served dataset for its description (VoID, the SPARQL service description): a
 * pass over every quad, so counted once, on the first request that needs them, never at start and
 * never for a page. All of them are about the letters' data: the ontology's named graph is counted
 * apart ({@code ontologyTriples}), never in {@code triples}, {@code quads} or {@code graphs}.
 *
 * @param triples triples in the default graph, the union of the named graphs
 * @param quads quads in the named graphs (letters' and the entities graph)
 * @param graphs the named graphs (letters' and the entities graph)
 * @param ontologyTriples triples in the ontology graph {@code <https://w3id.org/replygraph/ns>}
 */
record DatasetSizes(long triples, long quads, int graphs, long ontologyTriples) {

    /** Counts inside a read transaction of the caller. */
    static DatasetSizes of(DatasetGraph dataset) {
        long quads = 0;
        int graphs = 0;
        for (var it = dataset.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (!g.equals(Vocabulary.GRAPH)) {
                graphs++;
                quads += dataset.getGraph(g).size();
            }
        }
        long ontology = dataset.containsGraph(Vocabulary.GRAPH) ? dataset.getGraph(Vocabulary.GRAPH).size() : 0;
        return new DatasetSizes(dataset.getUnionGraph().size(), quads, graphs, ontology);
    }
}
