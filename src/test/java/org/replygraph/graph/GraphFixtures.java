package org.replygraph.graph;

import java.util.List;
import org.apache.jena.graph.Graph;

/** The hand-built letters of {@link Fixtures} as graphs, for tests outside this package. */
public final class GraphFixtures {
    private GraphFixtures() { }

    /** Provincial, city (traditional, with a table) and damaged documents, each written alone. */
    public static List<Graph> graphs(BuildOptions options) {
        GraphWriter w = new GraphWriter(options);
        return List.of(w.toGraph(Fixtures.provincial()), w.toGraph(Fixtures.city()), w.toGraph(Fixtures.damaged()));
    }
}
