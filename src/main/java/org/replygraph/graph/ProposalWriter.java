package org.replygraph.graph;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.replygraph.extract.Assembly;
import org.replygraph.extract.PersonRef;
import org.replygraph.extract.Proposal;
import org.replygraph.extract.ProposalKind;
import org.replygraph.extract.Session;

/**
 * Writes the proposal a letter answers, its session and assembly, and its proposers as members,
 * e.g. 第604号提案 of 政协陕西省委员会第12届第4次会议 put forward by two 委员.
 */
final class ProposalWriter {
    private final DocGraph g;
    private final Scopes scopes;

    ProposalWriter(DocGraph g, Scopes scopes) {
        this.g = g;
        this.scopes = scopes;
    }

    /** The proposal node, or null when the letter answers none. */
    Node write() {
        Proposal p = g.facts.letter().proposal();
        if (p == null) return null;
        Node n = proposalNode(p);
        g.add(g.doc, RG.answers, n);
        g.add(n, RG.rdfType, RG.Proposal);
        g.add(n, RG.rdfType, p.kind() == ProposalKind.CPPCC_PROPOSAL ? RG.CppccProposal : RG.NpcSuggestion);
        if (p.number() != null) {
            g.add(n, RG.proposalNumber, g.str(p.number().value()));
            g.evidence(n, p.number().span());
        }
        if (p.title() != null) {
            g.add(n, RG.dctTitle, g.hans(p.title().value()));
            g.labels(n, p.title().value(), p.title().span(), false);
            g.evidence(n, p.title().span());
        } else {
            // Every entity needs a Chinese label; without a title the kind and number (or nothing) name it.
            String kind = p.kind() == ProposalKind.CPPCC_PROPOSAL ? "提案" : "建议";
            g.add(n, RG.rdfsLabel, g.hans(p.number() != null ? "第" + p.number().value() + "号" + kind : kind));
        }
        if (p.proposerRole() != null) g.add(n, RG.proposerRole, g.hans(p.proposerRole()));
        if (p.session() != null) g.add(n, RG.session, session(p.session()));
        for (PersonRef who : p.proposers()) g.add(n, RG.proposer, member(who, p.session()));
        if (p.proposingUnit() != null) {
            Node unit = g.iri.organisation(p.proposingUnit().value());
            g.add(unit, RG.rdfType, RG.orgOrganization);
            g.labels(unit, p.proposingUnit().value(), p.proposingUnit().span(), false);
            g.add(n, RG.proposer, unit);
        }
        return n;
    }

    /** Keyed by session, kind and number where both are known; else by kind and title (or number) in a scope. */
    private Node proposalNode(Proposal p) {
        if (p.session() != null && p.number() != null)
            return g.iri.proposal(p.session(), p.kind(), p.number().value());
        String scope = scopes.assembly().map(IriMinter::scopeOf)
                .orElseGet(() -> g.facts.letter().issuer() != null
                        ? IriMinter.agencyScope(g.facts.letter().issuer().name())
                        : IriMinter.documentScope(g.facts.source().fileName()));
        if (p.title() != null) return g.iri.proposal(p.kind(), p.title().value(), scope);
        if (p.number() != null) return g.iri.proposal(p.kind(), "no." + p.number().value(), scope);
        return g.iri.proposal(p.kind(), "untitled", IriMinter.documentScope(g.facts.source().fileName()));
    }

    private Node session(Session s) {
        Node n = g.iri.session(s);
        Node a = assembly(s.assembly());
        g.add(n, RG.rdfType, RG.Session);
        g.add(n, RG.assembly, a);
        g.add(n, RG.term, DocGraph.integer(s.term()));
        g.add(n, RG.meeting, DocGraph.integer(s.meeting()));
        g.evidence(n, s.span());
        g.add(n, RG.rdfsLabel, g.hans(s.assembly().fullName() + "第" + s.term() + "届第" + s.meeting() + "次会议"));
        return n;
    }

    private Node assembly(Assembly a) {
        Node n = g.iri.assembly(a);
        g.add(n, RG.rdfType, RG.Assembly);
        g.add(n, RG.rdfType, RG.orgOrganization);
        g.add(n, RG.rdfsLabel, g.hans(a.fullName()));
        g.add(n, RG.skosPrefLabel, g.hans(a.fullName()));
        for (String alt : a.altNames()) g.add(n, RG.skosAltLabel, g.hans(alt));
        g.add(n, RG.assemblyKind, g.str(a.kind().name()));
        g.add(n, RG.place, g.hans(a.place()));
        return n;
    }

    /**
     * A proposer: scoped by the assembly; rg:memberOf only when the letter states the session, since
     * an inferred assembly serves identity but is not a stated fact.
     */
    private Node member(PersonRef who, Session stated) {
        Node m = g.iri.member(who.name(), scopes.memberScope());
        g.add(m, RG.rdfType, RG.Member);
        g.add(m, RG.rdfType, RG.foafPerson);
        g.add(m, RG.foafName, g.hans(who.name()));
        g.labels(m, who.name(), who.span(), true);
        g.evidence(m, who.span());
        if (stated != null) g.add(m, RG.memberOf, assembly(stated.assembly()));
        return m;
    }

    /** The IRI a proposer of this letter has, so that a mention of the same name links to the member. */
    Optional<Node> memberNamed(String name) {
        Proposal p = g.facts.letter().proposal();
        if (p == null) return Optional.empty();
        return p.proposers().stream().filter(w -> w.name().equals(name)).findFirst()
                .map(w -> g.iri.member(w.name(), scopes.memberScope()));
    }
}
