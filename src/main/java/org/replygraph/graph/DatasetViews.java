package org.replygraph.graph;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Views of a built dataset as users see it: the default graph is the union of the per-document
 * named graphs, and the named graphs stay addressable ({@code GRAPH ?g { … }}). Views link the
 * graphs, they copy nothing.
 */
public final class DatasetViews {
    private DatasetViews() { }

    /** A dataset whose default graph is the union of {@code ds}'s named graphs, with the same named graphs. */
    public static DatasetGraph unionDefault(DatasetGraph ds) {
        return linked(ds, DatasetGraphFactory.create(ds.getUnionGraph()));
    }

    /** A dataset with an empty default graph and {@code ds}'s named graphs: what TriG and N-Quads show. */
    public static DatasetGraph namedOnly(DatasetGraph ds) {
        return linked(ds, DatasetGraphFactory.createGeneral());
    }

    private static DatasetGraph linked(DatasetGraph ds, DatasetGraph view) {
        for (Iterator<Node> it = ds.listGraphNodes(); it.hasNext(); ) {
            Node name = it.next();
            view.addGraph(name, ds.getGraph(name));
        }
        return view;
    }
}
