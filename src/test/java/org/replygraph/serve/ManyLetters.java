package org.replygraph.serve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.replygraph.graph.EntityGraph;
import org.replygraph.graph.RG;

/**
 * {@code n} letters in the graph stage's shape, each in its own graph, all issued by one agency that
 * each signs off with the same words and naming one centre; the agency and centre described once in
 * the entities graph. Each letter's graph also keeps its own copy of the agency with an outdated
 * label, as provenance: pages must show the entities graph's label.
 */
final class ManyLetters {
    static final String BASE = SampleData.BASE;
    static final Node AGENCY = NodeFactory.createURI(BASE + "agency/a");
    static final Node CENTRE = NodeFactory.createURI(BASE + "centre/c");
    static final Node ENTITIES = EntityGraph.name(BASE);
    static final String SIGN_OFF = "陕西省工业和信息化厅";

    private ManyLetters() { }

    static DatasetGraph of(int n) {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        data.add(Quad.create(ENTITIES, AGENCY, RG.rdfType, RG.Agency));
        data.add(Quad.create(ENTITIES, AGENCY, RG.rdfsLabel, hans(SIGN_OFF)));
        data.add(Quad.create(ENTITIES, CENTRE, RG.rdfType, RG.InnovationCentre));
        data.add(Quad.create(ENTITIES, CENTRE, RG.rdfsLabel, hans("某创新中心")));
        for (int i = 0; i < n; i++) {
            Node g = uri("graph/doc-" + i);
            Node doc = uri("doc/" + i);
            data.add(Quad.create(g, doc, RG.rdfType, RG.Document));
            data.add(Quad.create(g, doc, RG.rdfsLabel, hans("关于第" + i + "号提案的答复")));
            data.add(Quad.create(g, doc, RG.dctDate, NodeFactory.createLiteralDT("2024-01-01", XSDDatatype.XSDdate)));
            data.add(Quad.create(g, doc, RG.issuedBy, AGENCY));
            data.add(Quad.create(g, doc, RG.mentions, CENTRE));
            data.add(Quad.create(g, AGENCY, RG.rdfsLabel, hans("旧名称")));
            Node a = uri("doc/" + i + "/mention/1");
            Node target = uri("doc/" + i + "/mention/1-target");
            data.add(Quad.create(g, a, RG.oaHasBody, AGENCY));
            data.add(Quad.create(g, a, RG.oaHasTarget, target));
            data.add(Quad.create(g, a, RG.sentence, hans(SIGN_OFF)));
            data.add(Quad.create(g, target, RG.oaHasSource, doc));
            data.add(Quad.create(g, target, RG.oaExact, hans(SIGN_OFF)));
        }
        return data;
    }

    /** The centre with {@code n} stated figures, the first {@code same} of them reading 120余人, the rest 30项. */
    static void figures(DatasetGraph data, int n, int same) {
        for (int i = 0; i < n; i++) {
            Node fig = uri(String.format("figure/f%03d", i));
            data.add(Quad.create(ENTITIES, CENTRE, RG.statedFigure, fig));
            data.add(Quad.create(uri("graph/doc-0"), fig, RG.rdfsLabel, hans(i < same ? "120余人" : "30项")));
        }
    }

    static Node uri(String path) {
        return NodeFactory.createURI(BASE + path);
    }

    private static Node hans(String text) {
        return NodeFactory.createLiteralLang(text, "zh-Hans");
    }
}
