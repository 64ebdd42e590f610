package org.replygraph.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.Located;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Phone;
import org.replygraph.extract.fact.Proposal;
import org.replygraph.extract.fact.ProposalKind;
import org.replygraph.extract.fact.Session;

/**
 * Scores the letter-level fields of one document right or wrong, in gold-format.md's order. When the
 * gold has no proposal, the proposal's fields collapse into one field {@code proposal}, right when
 * nothing was extracted.
 *
 * <pre>{@code
 * List<FieldResult> r = new LetterFieldScorer(n).score(gold, facts.letter());
 * r.get(0);   // FieldResult("doc_type", "reply_letter", "reply_letter", true, false)
 * }</pre>
 */
public final class LetterFieldScorer {
    private final NameNormaliser n;
    private final ListScorer lists;

    public LetterFieldScorer(NameNormaliser normaliser) {
        this.n = normaliser;
        this.lists = new ListScorer(normaliser);
    }

    public List<FieldResult> score(GoldDocument gold, Letter letter) {
        List<FieldResult> out = new ArrayList<>();
        String type = GoldDocType.jsonOf(letter.type());
        out.add(new FieldResult("doc_type", gold.docType().json(), type, gold.docType().accepts(letter.type()), false));
        proposal(gold.proposal(), letter.proposal(), out);
        AgencyRef issuer = letter.issuer();
        out.add(FieldResult.judge(gold.agencyField(), gold.agency(), issuer == null ? null : show(issuer),
                gold.agency().acceptsAny(issuer == null ? List.of() : List.of(issuer.name(), issuer.surface()), n)));
        List<Candidate> co = letter.coHandlers().stream().map(a -> Candidate.of(a.name(), a.surface())).toList();
        out.add(new FieldResult("co_handling_agencies", groups(gold.coHandlers()), names(co),
                lists.exact(gold.coHandlers(), co), gold.coHandlers().isEmpty() && !co.isEmpty()));
        out.add(single("signer", gold.signer(), person(letter.signer())));
        out.add(single("category", gold.category(), text(letter.category())));
        out.add(single("doc_number", gold.docNumber(), text(letter.docNumber())));
        out.add(single("index_number", gold.indexNumber(), text(letter.indexNumber())));
        out.add(single("date", gold.date(), letter.date() == null ? null : letter.date().value().toString()));
        out.add(single("published", gold.published(), letter.published() == null ? null : letter.published().value().toString()));
        out.add(single("contact_person", gold.contactPerson(), person(letter.contact())));
        out.add(single("contact_phone", gold.contactPhone(), publishedPhone(letter.contactPhone())));
        return out;
    }

    private void proposal(GoldDocument.Proposal gold, Proposal got, List<FieldResult> out) {
        if (gold == null) {
            out.add(new FieldResult("proposal", "null", got == null ? null : describe(got), got == null, got != null));
            return;
        }
        out.add(single("proposal.kind", gold.kind(), got == null ? null : kindJson(got.kind())));
        out.add(single("proposal.number", gold.number(), got == null ? null : text(got.number())));
        out.add(single("proposal.title", gold.title(), got == null ? null : text(got.title())));
        Set<String> goldNames = gold.proposers().stream().map(n::normalise).collect(Collectors.toCollection(TreeSet::new));
        List<String> gotNames = got == null ? List.of() : got.proposers().stream().map(PersonRef::name).toList();
        Set<String> gotSet = gotNames.stream().map(n::normalise).collect(Collectors.toCollection(TreeSet::new));
        out.add(new FieldResult("proposal.proposers", names(gold.proposers()), names(gotNames),
                goldNames.equals(gotSet), goldNames.isEmpty() && !gotSet.isEmpty()));
        out.add(single("proposal.proposer_role", gold.proposerRole(), got == null ? null : got.proposerRole()));
        Session s = got == null ? null : got.session();
        GoldDocument.Session gs = gold.session();
        out.add(new FieldResult("proposal.session", gs == null ? "null" : gs.describe(), s == null ? null : describe(s),
                sessionRight(gs, s), gs == null && s != null));
    }

    private boolean sessionRight(GoldDocument.Session gold, Session got) {
        if (gold == null || got == null) return gold == null && got == null;
        List<String> names = new ArrayList<>(got.assembly().altNames());
        names.add(got.assembly().fullName());
        Set<String> gotNames = names.stream().map(n::normalise).collect(Collectors.toSet());
        boolean body = gold.bodies().stream().map(n::normalise).anyMatch(gotNames::contains);
        return body && gold.term() == got.term() && gold.meeting() == got.meeting();
    }

    private FieldResult single(String field, GoldValue gold, String got) {
        return FieldResult.judge(field, gold, got, gold.accepts(got, n));
    }

    /** A personal mobile is never published by default, so for scoring it counts as no number. */
    static String publishedPhone(Located<Phone> phone) {
        return phone == null || phone.value().personalMobile() ? null : phone.value().number();
    }

    static String kindJson(ProposalKind k) {
        return k == ProposalKind.CPPCC_PROPOSAL ? "proposal" : "suggestion";
    }

    private static String text(Located<String> v) {
        return v == null ? null : v.value();
    }

    private static String person(PersonRef p) {
        return p == null ? null : p.name();
    }

    private static String show(AgencyRef a) {
        return a.name().equals(a.surface()) ? a.name() : a.name() + " (" + a.surface() + ")";
    }

    private static String describe(Session s) {
        return s.assembly().fullName() + " 第" + s.term() + "届 第" + s.meeting() + "次";
    }

    private static String describe(Proposal p) {
        return kindJson(p.kind()) + (p.number() == null ? "" : " " + p.number().value())
                + (p.title() == null ? "" : " " + p.title().value());
    }

    private static String groups(List<List<String>> groups) {
        return groups.stream().map(g -> String.join(" | ", g)).collect(Collectors.joining("; ", "[", "]"));
    }

    private static String names(List<Candidate> items) {
        return items.stream().map(Candidate::shown).collect(Collectors.joining("; ", "[", "]"));
    }

    /** Person names as a report shows them: [张三、李四], [] when none. */
    private static String names(Collection<String> people) {
        return "[" + String.join("、", people) + "]";
    }
}
