package org.replygraph.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.CentreMention;
import org.replygraph.extract.fact.Entities;
import org.replygraph.extract.fact.EntityKind;
import org.replygraph.extract.fact.OrganisationMention;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.PolicyMention;
import org.replygraph.extract.fact.Span;

/**
 * Writes what a document names (policies, centres, agencies, organisations, people): each entity
 * typed and labelled, {@code doc rg:mentions entity}, and one evidence annotation per occurrence;
 * then what the letter states about its centres ({@link CentreFactWriter}).
 */
final class EntityWriter {
    private final DocGraph g;
    private final Scopes scopes;
    private final ProposalWriter proposals;
    private final CentreConcepts concepts;

    EntityWriter(DocGraph g, Scopes scopes, ProposalWriter proposals) {
        this.g = g;
        this.scopes = scopes;
        this.proposals = proposals;
        this.concepts = new CentreConcepts(g);
    }

    void write() {
        Entities e = g.facts.entities();
        for (PolicyMention p : e.policies()) mention(policy(p), p.span().start(), p.span().end());
        for (CentreMention c : e.centres()) mention(centre(c), c.span().start(), c.span().end());
        CentreFactWriter facts = new CentreFactWriter(g);
        e.centreFacts().forEach(facts::write);
        for (AgencyRef a : e.agencies()) mention(LetterWriter.agency(g, a), a.span().start(), a.span().end());
        for (OrganisationMention o : e.organisations()) mention(organisation(o.name(), o.span()), o.span().start(), o.span().end());
        for (PersonRef p : e.people()) mention(person(p), p.span().start(), p.span().end());
    }

    private void mention(Term entity, int start, int end) {
        g.add(g.doc, Vocab.mentions, entity);
        g.evidence(entity, new Span(start, end));
    }

    /** Types a node with its kind's classes from the entity table. */
    static void types(DocGraph g, Term n, EntityKind kind) {
        for (String c : kind.rdfClasses()) g.add(n, Vocab.rdfType, Vocab.curie(c));
    }

    private void types(Term n, EntityKind kind) {
        types(g, n, kind);
    }

    private Term policy(PolicyMention p) {
        Term n = DocGraph.term(g.iri.policy(p.title()));
        types(n, EntityKind.POLICY);
        g.add(n, Vocab.dctTitle, g.hans(p.title()));
        g.labels(n, p.title(), p.span(), false);
        if (p.docNumber() != null) g.add(n, Vocab.policyNumber, g.str(p.docNumber()));
        for (AgencyRef issuer : p.issuers()) g.add(n, Vocab.policyIssuer, LetterWriter.agency(g, issuer));
        if (p.year() != null)
            g.add(n, Vocab.year, Term.typed(String.format("%04d", p.year()), XSDDatatype.XSDgYear));
        return n;
    }

    private Term centre(CentreMention c) {
        Term n = DocGraph.term(g.iri.centre(c.name()));
        types(n, EntityKind.CENTRE);
        g.add(n, Vocab.skosPrefLabel, g.hans(c.name()));
        g.labels(n, c.name(), c.span(), true);
        String surface = c.surface().strip();
        if (!surface.isEmpty() && !surface.equals(c.name())) g.add(n, Vocab.skosAltLabel, g.hans(surface));
        if (c.kind() != null) g.add(n, Vocab.centreKind, concepts.kind(c.kind()));
        if (c.level() != null) g.add(n, Vocab.centreLevel, concepts.level(c.level()));
        if (c.host() != null && !c.host().isBlank()) g.add(n, Vocab.host, organisation(c.host(), null));
        return n;
    }

    private Term organisation(String name, Span span) {
        Term n = DocGraph.term(g.iri.organisation(name));
        types(n, EntityKind.ORGANISATION);
        g.labels(n, name, span, false);
        return n;
    }

    /** A named person; the same name as a proposer, signer or contact of this letter is that node. */
    private Term person(PersonRef p) {
        Term member = proposals.memberNamed(p.name()).orElse(null);
        if (member != null) return member;
        Term n = DocGraph.term(g.iri.person(p.name(), scopes.personScope()));
        types(n, EntityKind.PERSON);
        g.add(n, Vocab.foafName, g.hans(p.name()));
        g.labels(n, p.name(), p.span(), true);
        if (p.role() != null && !p.role().isBlank()) g.add(n, Vocab.role, g.hans(p.role()));
        return n;
    }
}
