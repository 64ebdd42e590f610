package org.replygraph.graph;

import org.apache.jena.shared.PrefixMapping;

/**
 * The prefixes exports and query results use: rg, id (the build's base), dcterms, foaf, org, skos,
 * prov, oa, qb, rdf, rdfs, xsd, and wd (Wikidata items, the targets of skos:exactMatch).
 * <pre>{@code
 * PrefixMapping pm = Prefixes.of(RG.DEFAULT_BASE);
 * pm.shortForm(RG.DEFAULT_BASE + "doc/x");      // "id:doc/x"
 * }</pre>
 */
public final class Prefixes {
    private Prefixes() { }

    /** A fresh mapping; {@code base} is the build's IRI base, shown as {@code id:}. */
    public static PrefixMapping of(String base) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("rg", RG.NS);
        pm.setNsPrefix("id", base);
        pm.setNsPrefix("dcterms", RG.DCTERMS);
        pm.setNsPrefix("foaf", RG.FOAF);
        pm.setNsPrefix("org", RG.ORG);
        pm.setNsPrefix("skos", RG.SKOS);
        pm.setNsPrefix("prov", RG.PROV);
        pm.setNsPrefix("oa", RG.OA);
        pm.setNsPrefix("qb", RG.QB);
        pm.setNsPrefix("rdf", RG.RDF);
        pm.setNsPrefix("rdfs", RG.RDFS);
        pm.setNsPrefix("xsd", RG.XSD);
        pm.setNsPrefix("wd", RG.WD);
        return pm;
    }
}
