package org.replygraph.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The SPARQL 1.1 Service Description terms the server states (Jena ships VOID and DCAT, not these):
 * <pre>
 * g.add(Triple.create(service, SD.feature, SD.UnionDefaultGraph));
 * </pre>
 */
final class SD {
    static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    static final Node Service = term("Service");
    static final Node Dataset = term("Dataset");
    static final Node Graph = term("Graph");
    static final Node NamedGraph = term("NamedGraph");
    static final Node SPARQL11Query = term("SPARQL11Query");
    static final Node UnionDefaultGraph = term("UnionDefaultGraph");
    static final Node endpoint = term("endpoint");
    static final Node supportedLanguage = term("supportedLanguage");
    static final Node feature = term("feature");
    static final Node resultFormat = term("resultFormat");
    static final Node defaultDataset = term("defaultDataset");
    static final Node defaultGraph = term("defaultGraph");
    static final Node namedGraph = term("namedGraph");
    static final Node name = term("name");
    static final Node graph = term("graph");

    private SD() { }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
