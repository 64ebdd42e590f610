package org.replygraph.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * An entity's RDF description: every triple with it as subject in the union graph, plus the labels
 * of the nodes it links to, so a client can show {@code rg:issuedBy} with the agency's name.
 */
final class EntityDocument {
    private EntityDocument() { }

    static Graph describe(Graph union, Node entity, String base) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(org.replygraph.graph.Prefixes.of(base).lock());
        union.find(entity, Node.ANY, Node.ANY).forEachRemaining(t -> {
            out.add(t);
            if (t.getObject().isURI() || t.getObject().isBlank()) {
                addLabels(union, t.getObject(), out);
            }
        });
        return out;
    }

    private static void addLabels(Graph union, Node node, Graph out) {
        for (Node p : Labels.LABEL_PROPERTIES) {
            union.find(node, p, Node.ANY).forEachRemaining(out::add);
        }
    }

    static String write(Graph graph, RDFFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        RDFWriter.source(graph).format(format).output(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static boolean exists(Graph union, Node entity) {
        return union.contains(entity, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, entity);
    }
}
