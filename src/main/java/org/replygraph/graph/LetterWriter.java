package org.replygraph.graph;

import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.DocType;
import org.replygraph.extract.fact.EntityKind;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Phone;
import org.replygraph.extract.fact.Span;

/**
 * Writes the letter-level facts: the document node, its numbers and dates, issuer, co-handlers,
 * signer, category and contact. The proposal goes to {@link ProposalWriter}.
 */
final class LetterWriter {
    private final DocGraph g;
    private final Scopes scopes;

    LetterWriter(DocGraph g, Scopes scopes) {
        this.g = g;
        this.scopes = scopes;
    }

    void write() {
        Letter l = g.facts.letter();
        Term doc = g.doc;
        g.add(doc, Vocab.rdfType, Vocab.Document);
        g.add(doc, Vocab.rdfType, Vocab.foafDocument);
        if (l.type().answersProposal()) g.add(doc, Vocab.rdfType, Vocab.ReplyLetter);
        if (l.type() == DocType.CO_HANDLING_OPINION) g.add(doc, Vocab.rdfType, Vocab.CoHandlingOpinion);
        g.add(doc, Vocab.sourceFile, DocGraph.id(g.facts.source().fileName()));
        g.add(doc, Vocab.sha256, DocGraph.id(g.facts.source().sha256()));
        g.add(doc, Vocab.charset, DocGraph.id(g.facts.source().charset()));
        // Shown by its 文号, else by who answered which proposal; the file name stays in rg:sourceFile.
        String title = LetterTitle.of(l, g.facts.source().fileName());
        g.add(doc, Vocab.rdfsLabel, title.equals(g.facts.source().fileName()) ? DocGraph.id(title) : g.hans(title));
        if (l.date() != null) g.add(doc, Vocab.dctDate, DocGraph.date(l.date().value()));
        if (l.published() != null) g.add(doc, Vocab.dctIssued, DocGraph.date(l.published().value()));
        if (l.docNumber() != null) g.add(doc, Vocab.documentNumber, g.str(l.docNumber().value()));
        if (l.indexNumber() != null) g.add(doc, Vocab.indexNumber, g.str(l.indexNumber().value()));
        if (l.jurisdiction() != null) {
            g.add(doc, Vocab.jurisdiction, g.hans(l.jurisdiction()));
            Term place = JurisdictionWriter.province(g, l.jurisdiction());
            if (place != null) g.add(doc, Vocab.inJurisdiction, place);
        }
        if (l.issuer() != null) g.add(doc, Vocab.issuedBy, traced(agency(g, l.issuer()), l.issuer().span()));
        for (AgencyRef co : l.coHandlers()) g.add(doc, Vocab.coHandledBy, traced(agency(g, co), co.span()));
        if (l.signer() != null) g.add(doc, Vocab.signedBy, traced(person(l.signer()), l.signer().span()));
        if (l.category() != null) {
            Term c = DocGraph.term(IriMinter.category(l.category().value()));
            g.add(doc, Vocab.replyCategory, c);
            g.add(c, Vocab.rdfType, Vocab.skosConcept);
            g.add(c, Vocab.skosInScheme, Vocab.ReplyCategories);
            g.add(c, Vocab.skosNotation, g.str(l.category().value()));
            g.add(c, Vocab.rdfsLabel, g.hans(l.category().value() + "类"));
        }
        if (l.contact() != null) {
            Term contact = traced(person(l.contact()), l.contact().span());
            g.add(doc, Vocab.contactPerson, contact);
            if (l.contactPhone() != null && publishable(l.contactPhone().value()))
                g.add(contact, Vocab.foafPhone, DocGraph.term(IriMinter.telephone(l.contactPhone().value().number())));
        }
    }

    /** The node, with evidence of where the letter names it. */
    private Term traced(Term n, Span span) {
        g.evidence(n, span);
        return n;
    }

    private boolean publishable(Phone p) {
        return !p.personalMobile() && !g.hasPersonalMobile(p.number()) || g.options.publishPersonalMobiles();
    }

    /** A signer or contact: a foaf:Person scoped by the issuing agency. */
    Term person(PersonRef p) {
        Term n = DocGraph.term(g.iri.person(p.name(), scopes.personScope()));
        EntityWriter.types(g, n, EntityKind.PERSON);
        g.add(n, Vocab.foafName, g.hans(p.name()));
        g.labels(n, p.name(), p.span(), true);
        return n;
    }

    /**
     * An agency node: typed, full name as prefLabel and label, the form written in the text as an
     * altLabel unless it is a pronoun form (我局, 本厅) or the full name itself.
     */
    static Term agency(DocGraph g, AgencyRef a) {
        Term n = DocGraph.term(g.iri.agency(a.name()));
        EntityWriter.types(g, n, EntityKind.AGENCY);
        g.add(n, Vocab.skosPrefLabel, g.hans(a.name()));
        g.labels(n, a.name(), a.span(), true);
        JurisdictionWriter.agency(g, n, a.name());
        String surface = a.surface().strip();
        if (!surface.isEmpty() && !surface.equals(a.name()) && !isPronounForm(surface)) {
            g.add(n, Vocab.skosAltLabel, g.hans(surface));
            String hant = g.traditionalForm(surface, a.span());
            if (hant != null) g.add(n, Vocab.skosAltLabel, g.lang(hant, DocGraph.HANT));
        } else if (surface.equals(a.name())) {
            String hant = g.traditionalForm(a.name(), a.span());
            if (hant != null) g.add(n, Vocab.skosPrefLabel, g.lang(hant, DocGraph.HANT));
        }
        return n;
    }

    /** 我局, 本厅, 贵委, 该局: a reference by pronoun, not a name of the body. */
    static boolean isPronounForm(String surface) {
        return surface.length() <= 4 && "我本贵该其此".indexOf(surface.charAt(0)) >= 0;
    }
}
