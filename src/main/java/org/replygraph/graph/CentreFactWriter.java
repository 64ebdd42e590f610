package org.replygraph.graph;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.replygraph.extract.fact.CentreFact;

/**
 * Writes what a letter states about a centre. Dates go on the centre as typed as precise as stated
 * (rg:approvalDate "2018-06"^^xsd:gYearMonth, rg:upgradeDate "2017"^^xsd:gYear); a figure becomes a
 * node of its own (rg:CentreFigure: measure, value, unit, whether approximate, what it counts), so
 * that 120余人 keeps its 余. Each is traced to its words by an annotation: on the centre for a date
 * (motivated by oa:describing, so it is not taken for a mention of the centre's name), on the figure
 * node for a figure.
 *
 * <pre>{@code
 * new CentreFactWriter(docGraph).write(fact);   // 国家增材制造创新中心 rg:approvalDate "2018-06"^^xsd:gYearMonth
 * }</pre>
 */
final class CentreFactWriter {
    private final DocGraph g;

    CentreFactWriter(DocGraph g) {
        this.g = g;
    }

    void write(CentreFact f) {
        Term centre = DocGraph.term(g.iri.centre(f.centre()));
        if (f.isDate()) {
            g.add(centre, dateProperty(f.property()), date(f.value()));
            // The words state a date of the centre rather than name it: a describing annotation.
            g.description(centre, f.span());
            return;
        }
        Term fig = DocGraph.term(g.iri.figure(g.facts.source().fileName(), f.span().start(), f.property(), centre.lexical()));
        g.add(centre, Vocab.statedFigure, fig);
        g.add(fig, Vocab.rdfType, Vocab.CentreFigure);
        g.add(fig, Vocab.measure, labelled(f.property()));
        g.add(fig, Vocab.figureValue, Term.typed(f.value(), XSDDatatype.XSDdecimal));
        g.add(fig, Vocab.unit, g.hans(f.unit()));
        g.add(fig, Vocab.approximate, DocGraph.bool(f.approximate()));
        if (f.counted() != null) g.add(fig, Vocab.counted, g.hans(f.counted()));
        g.add(fig, Vocab.rdfsLabel, g.hans(f.span().of(g.text().text())));
        g.add(fig, Vocab.provWasDerivedFrom, g.doc);
        g.evidence(fig, f.span());
    }

    /** The measure's concept with its labels, so a page or query needs no ontology to name it. */
    private Term labelled(String property) {
        Term m = measure(property);
        String[] labels = switch (property) {
            case "staffCount" -> new String[] {"员工人数", "staff"};
            case "patentCount" -> new String[] {"专利数", "patents"};
            case "memberCount" -> new String[] {"成员数", "members"};
            default -> new String[] {"参与单位数", "participants"};
        };
        g.add(m, Vocab.rdfType, Vocab.skosConcept);
        g.add(m, Vocab.skosInScheme, Vocab.CentreMeasures);
        g.add(m, Vocab.skosPrefLabel, g.hans(labels[0]));
        g.add(m, Vocab.skosPrefLabel, g.lang(labels[1], "en"));
        g.add(m, Vocab.rdfsLabel, g.hans(labels[0]));
        g.add(m, Vocab.rdfsLabel, g.lang(labels[1], "en"));
        return m;
    }

    static Term dateProperty(String property) {
        return switch (property) {
            case "approvalDate" -> Vocab.approvalDate;
            case "openingDate" -> Vocab.openingDate;
            case "upgradeDate" -> Vocab.upgradeDate;
            default -> throw new IllegalArgumentException("Illegal date property=" + property + " : not a centre date");
        };
    }

    static Term measure(String property) {
        return switch (property) {
            case "staffCount" -> Vocab.StaffCount;
            case "patentCount" -> Vocab.PatentCount;
            case "memberCount" -> Vocab.MemberCount;
            case "participantCount" -> Vocab.ParticipantCount;
            default -> throw new IllegalArgumentException("Illegal figure property=" + property + " : not a centre figure");
        };
    }

    /** 2017 as xsd:gYear, 2018-06 as xsd:gYearMonth, 2020-03-05 as xsd:date. */
    static Term date(String iso) {
        RDFDatatype type = switch (iso.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
        return Term.typed(iso, type);
    }
}
