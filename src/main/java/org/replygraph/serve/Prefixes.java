package org.replygraph.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.replygraph.graph.RG;

/** The prefixes pages and documents use: {@code https://w3id.org/replygraph/ns#issuedBy} shows as {@code rg:issuedBy}. */
final class Prefixes {
    private Prefixes() { }

    static PrefixMapping mapping(String base) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("rg", RG.NS);
        pm.setNsPrefix("id", base);
        pm.setNsPrefix("dcterms", RG.DCTERMS);
        pm.setNsPrefix("foaf", RG.FOAF);
        pm.setNsPrefix("org", RG.ORG);
        pm.setNsPrefix("skos", RG.SKOS);
        pm.setNsPrefix("prov", RG.PROV);
        pm.setNsPrefix("rdf", RG.RDF);
        pm.setNsPrefix("rdfs", RG.RDFS);
        pm.setNsPrefix("xsd", RG.XSD);
        pm.setNsPrefix("oa", RG.OA);
        pm.setNsPrefix("qb", RG.QB);
        return pm.lock();
    }

    /** {@code rg:issuedBy} for a known namespace, the full IRI otherwise. */
    static String shortForm(PrefixMapping pm, Node node) {
        return node.isURI() ? pm.shortForm(node.getURI()) : node.toString();
    }
}
