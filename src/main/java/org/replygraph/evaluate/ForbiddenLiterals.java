package org.replygraph.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.CentreMention;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.extract.fact.Entities;
import org.replygraph.extract.fact.EntityKind;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.Located;
import org.replygraph.extract.fact.Mention;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.PolicyMention;
import org.replygraph.extract.fact.Proposal;
import org.replygraph.extract.fact.StatisticsTable;

/**
 * Finds gold {@code forbidden_literals} (pinyin debris like {@code (yè)}, a personal mobile, page
 * chrome like {@code 已阅 0}) in what would be published: every string extracted, or the graph's
 * literals when the caller has them. A literal counts when it occurs raw or after normalising both sides.
 */
public final class ForbiddenLiterals {
    private final NameNormaliser n;

    public ForbiddenLiterals(NameNormaliser normaliser) {
        this.n = normaliser;
    }

    /** Each hit as {@code literal in "string"}, sorted; empty when none is found. */
    public List<String> find(Collection<String> forbidden, Collection<String> published) {
        TreeSet<String> hits = new TreeSet<>();
        for (String bad : forbidden) {
            String badN = n.normalise(bad);
            for (String s : published) {
                if (s.contains(bad) || (!badN.isEmpty() && n.normalise(s).contains(badN)))
                    hits.add(bad + " in \"" + s + "\"");
            }
        }
        return List.copyOf(hits);
    }

    /** Every string extraction found; a personal mobile is left out since it is not published by default. */
    public static List<String> extractedStrings(DocumentFacts facts) {
        List<String> out = new ArrayList<>();
        Letter l = facts.letter();
        Proposal p = l.proposal();
        if (p != null) {
            add(out, p.number(), p.title(), p.proposingUnit());
            p.proposers().forEach(x -> out.add(x.name()));
            if (p.session() != null) out.add(p.session().assembly().fullName());
        }
        agencies(out, l.issuer() == null ? List.of() : List.of(l.issuer()));
        agencies(out, l.coHandlers());
        people(out, Stream.of(l.signer(), l.contact()).filter(Objects::nonNull).toList());
        add(out, l.category(), l.docNumber(), l.indexNumber());
        String phone = LetterFieldScorer.publishedPhone(l.contactPhone());
        if (phone != null) out.add(phone);
        if (l.jurisdiction() != null) out.add(l.jurisdiction());
        Entities e = facts.entities();
        // Every kind of the entity table: its name and written form, and what each fact adds.
        for (EntityKind kind : EntityKind.values())
            for (Mention m : e.of(kind)) {
                out.add(m.name());
                if (m.surface() != null) out.add(m.surface());
                if (m instanceof PolicyMention policy) {
                    if (policy.docNumber() != null) out.add(policy.docNumber());
                    agencies(out, policy.issuers());
                } else if (m instanceof CentreMention c) {
                    Stream.of(c.kind(), c.level(), c.host()).filter(Objects::nonNull).forEach(out::add);
                } else if (m instanceof PersonRef r && r.role() != null) {
                    out.add(r.role());
                }
            }
        for (StatisticsTable t : e.tables()) {
            out.add(t.caption());
            if (t.dimension() != null) out.add(t.dimension());
            out.addAll(t.measures());
            t.rows().forEach(r -> out.add(r.label()));
        }
        return out;
    }

    @SafeVarargs
    private static void add(List<String> out, Located<String>... values) {
        for (Located<String> v : values) if (v != null) out.add(v.value());
    }

    private static void agencies(List<String> out, List<AgencyRef> refs) {
        refs.forEach(a -> {
            out.add(a.name());
            out.add(a.surface());
        });
    }

    private static void people(List<String> out, List<PersonRef> refs) {
        refs.forEach(p -> {
            out.add(p.name());
            if (p.role() != null) out.add(p.role());
        });
    }
}
