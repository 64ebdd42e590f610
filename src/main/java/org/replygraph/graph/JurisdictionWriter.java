package org.replygraph.graph;

import org.replygraph.extract.agency.Places;

/**
 * Provincial-level divisions as nodes: a letter whose rg:jurisdiction is 陕西省, and a body whose name
 * starts with it (陕西省科学技术厅), link by rg:inJurisdiction to one rg:Jurisdiction node, labelled
 * 陕西省@zh-Hans and {@code skos:exactMatch wd:Q47974} where {@link WikidataItems} holds a checked item.
 * Cities and districts (杭州市萧山区) keep the literal only; national bodies get their own checked item.
 * <pre>{@code
 * JurisdictionWriter.province(g, "陕西省");   // <base>place/shan-xi-sheng-…, typed, labelled, matched
 * JurisdictionWriter.province(g, "杭州市");   // null: not provincial-level
 * }</pre>
 */
final class JurisdictionWriter {
    private static final Places PLACES = Places.standard();

    private JurisdictionWriter() { }

    /** The node of a provincial-level division, described in {@code g}; null for any other place. */
    static Term province(DocGraph g, String place) {
        if (place == null || !PLACES.isProvince(place)) return null;
        Term n = DocGraph.term(g.iri.jurisdiction(place));
        g.add(n, Vocab.rdfType, Vocab.Jurisdiction);
        g.add(n, Vocab.rdfsLabel, g.hans(place));
        g.add(n, Vocab.skosPrefLabel, g.hans(place));
        WikidataItems.standard().item(place).ifPresent(wd -> g.add(n, Vocab.skosExactMatch, DocGraph.term(wd)));
        return n;
    }

    /** Links a body to its province when its full name is the province's and a body's: 陕西省科学技术厅, not 西安市科技局. */
    static void agency(DocGraph g, Term agency, String fullName) {
        String lead = PLACES.leadingPlace(fullName);
        if (!lead.isEmpty() && lead.length() < fullName.length()) {
            Term p = province(g, lead);
            if (p != null) g.add(agency, Vocab.inJurisdiction, p);
        }
        WikidataItems.standard().item(fullName).ifPresent(wd -> g.add(agency, Vocab.skosExactMatch, DocGraph.term(wd)));
    }
}
