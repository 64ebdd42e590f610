package org.replygraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.Assembly;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Proposal;
import org.replygraph.extract.fact.ProposalKind;
import org.replygraph.extract.fact.Session;

/**
 * Writes the proposal a letter answers, its session and assembly, and its proposers as members,
 * e.g. 第604号提案 of 政协陕西省委员会第12届第4次会议 put forward by two 委员.
 */
final class ProposalWriter {
    /** The year in a 文号: 〔2024〕, [2024], (2024). */
    private static final Pattern DOC_NUMBER_YEAR = Pattern.compile("[〔\\[(（]((?:19|20)\\d{2})[〕\\])）]");

    private final DocGraph g;
    private final Scopes scopes;

    ProposalWriter(DocGraph g, Scopes scopes) {
        this.g = g;
        this.scopes = scopes;
    }

    /** The proposal node, or null when the letter answers none. */
    Term write() {
        Proposal p = g.facts.letter().proposal();
        if (p == null) return null;
        Term n = proposalNode(p);
        g.add(g.doc, Vocab.answers, n);
        g.add(n, Vocab.rdfType, Vocab.Proposal);
        g.add(n, Vocab.rdfType, p.kind() == ProposalKind.CPPCC_PROPOSAL ? Vocab.CppccProposal : Vocab.NpcSuggestion);
        if (p.number() != null) {
            g.add(n, Vocab.proposalNumber, g.str(p.number().value()));
            g.evidence(n, p.number().span());
        }
        if (p.title() != null) {
            g.add(n, Vocab.dctTitle, g.hans(p.title().value()));
            g.labels(n, p.title().value(), p.title().span(), false);
            g.evidence(n, p.title().span());
        } else {
            // Every entity needs a Chinese label; without a title the kind and number (or nothing) name it.
            String kind = p.kind() == ProposalKind.CPPCC_PROPOSAL ? "提案" : "建议";
            g.add(n, Vocab.rdfsLabel, g.hans(p.number() != null ? "第" + p.number().value() + "号" + kind : kind));
        }
        if (p.proposerRole() != null) g.add(n, Vocab.proposerRole, g.hans(p.proposerRole()));
        if (p.session() != null) g.add(n, Vocab.session, session(p.session()));
        for (PersonRef who : p.proposers()) g.add(n, Vocab.proposer, member(who, p.session()));
        if (p.proposingUnit() != null) {
            Term unit = DocGraph.term(g.iri.organisation(p.proposingUnit().value()));
            g.add(unit, Vocab.rdfType, Vocab.orgOrganization);
            g.labels(unit, p.proposingUnit().value(), p.proposingUnit().span(), false);
            g.add(n, Vocab.proposer, unit);
        }
        return n;
    }

    /**
     * Identity as issue 8 states it: session, kind and number when the letter gives them; a number
     * without a session within the answering jurisdiction and year; without a number, the title and
     * proposers together within the session (or jurisdiction and year). Where no such scope is known
     * the document is the scope: two letters are merged only on evidence, never on a title alone.
     */
    private Term proposalNode(Proposal p) {
        String document = IriMinter.documentScope(g.facts.source().fileName());
        if (p.session() != null && p.number() != null)
            return DocGraph.term(g.iri.proposal(p.session(), p.kind(), p.number().value(), document));
        Optional<String> yearScope = yearScope();
        if (p.number() != null) return DocGraph.term(g.iri.numberedProposal(p.kind(), p.number().value(), yearScope.orElse(document)));
        if (p.title() == null) return DocGraph.term(g.iri.untitledProposal(p.kind(), document));
        String scope = p.session() != null ? IriMinter.sessionScope(p.session(), document) : yearScope.orElse(document);
        List<String> proposers = new ArrayList<>(p.proposers().stream().map(PersonRef::name).toList());
        if (p.proposingUnit() != null) proposers.add(p.proposingUnit().value());
        return DocGraph.term(g.iri.titledProposal(p.kind(), p.title().value(), proposers, scope));
    }

    /** The answering jurisdiction and the letter's year ({@link #year}); empty when either is unknown. */
    private Optional<String> yearScope() {
        String place = g.facts.letter().jurisdiction();
        if (place == null || place.isBlank()) return Optional.empty();
        return year().map(y -> IriMinter.yearScope(place, y));
    }

    /** The year the letter answers in: its own date, else its 文号's year (〔2024〕), else the page's publication date. */
    private Optional<Integer> year() {
        Letter l = g.facts.letter();
        if (l.date() != null) return Optional.of(l.date().value().getYear());
        if (l.docNumber() != null) {
            Matcher m = DOC_NUMBER_YEAR.matcher(l.docNumber().value());
            if (m.find()) return Optional.of(Integer.parseInt(m.group(1)));
        }
        return l.published() == null ? Optional.empty() : Optional.of(l.published().value().getYear());
    }

    /**
     * The session node; its assembly only where the place is known: 市十四届人大二次会议 in a letter that never names the
     * city is a session of some city's congress, and a node 市人民代表大会 at place 市 would be no assembly at all (issue 9
     * §3), and would join the sessions of every city.
     */
    private Term session(Session s) {
        Term n = DocGraph.term(g.iri.session(s, IriMinter.documentScope(g.facts.source().fileName())));
        g.add(n, Vocab.rdfType, Vocab.Session);
        if (s.assembly().placeKnown()) g.add(n, Vocab.assembly, assembly(s.assembly()));
        g.add(n, Vocab.term, DocGraph.integer(s.term()));
        g.add(n, Vocab.meeting, DocGraph.integer(s.meeting()));
        g.evidence(n, s.span());
        g.add(n, Vocab.rdfsLabel, g.hans(s.assembly().fullName() + "第" + s.term() + "届第" + s.meeting() + "次会议"));
        return n;
    }

    private Term assembly(Assembly a) {
        Term n = DocGraph.term(g.iri.assembly(a));
        g.add(n, Vocab.rdfType, Vocab.Assembly);
        g.add(n, Vocab.rdfType, Vocab.orgOrganization);
        g.add(n, Vocab.rdfsLabel, g.hans(a.fullName()));
        g.add(n, Vocab.skosPrefLabel, g.hans(a.fullName()));
        for (String alt : a.altNames()) g.add(n, Vocab.skosAltLabel, g.hans(alt));
        g.add(n, Vocab.assemblyKind, g.str(a.kind().name()));
        g.add(n, Vocab.place, g.hans(a.place()));
        return n;
    }

    /**
     * A proposer: scoped by the assembly; rg:memberOf only when the letter states the session, since
     * an inferred assembly serves identity but is not a stated fact.
     */
    private Term member(PersonRef who, Session stated) {
        Term m = DocGraph.term(g.iri.member(who.name(), scopes.memberScope()));
        g.add(m, Vocab.rdfType, Vocab.Member);
        g.add(m, Vocab.rdfType, Vocab.foafPerson);
        g.add(m, Vocab.foafName, g.hans(who.name()));
        g.labels(m, who.name(), who.span(), true);
        g.evidence(m, who.span());
        if (stated != null && stated.assembly().placeKnown()) g.add(m, Vocab.memberOf, assembly(stated.assembly()));
        return m;
    }

    /** The IRI a proposer of this letter has, so that a mention of the same name links to the member. */
    Optional<Term> memberNamed(String name) {
        Proposal p = g.facts.letter().proposal();
        if (p == null) return Optional.empty();
        return p.proposers().stream().filter(w -> w.name().equals(name)).findFirst()
                .map(w -> DocGraph.term(g.iri.member(w.name(), scopes.memberScope())));
    }
}
