package org.replygraph.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.replygraph.graph.RG;

/**
 * The Web Annotation terms the graph stage writes for evidence. Kept here rather than in RG so the
 * serve stage reads exactly what it needs; the IRIs are the W3C ones.
 */
final class OA {
    private OA() { }

    private static Node oa(String local) {
        return NodeFactory.createURI(RG.OA + local);
    }

    static final Node Annotation = oa("Annotation");
    static final Node hasBody = oa("hasBody");
    static final Node hasTarget = oa("hasTarget");
    static final Node hasSource = oa("hasSource");
    static final Node hasSelector = oa("hasSelector");
    static final Node start = oa("start");
    static final Node end = oa("end");
    static final Node exact = oa("exact");
}
