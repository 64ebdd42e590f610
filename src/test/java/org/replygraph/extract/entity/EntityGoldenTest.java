package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.replygraph.extract.CentreMention;
import org.replygraph.extract.EntityExtractor;
import org.replygraph.extract.PolicyMention;

/** Policy documents and innovation centres against the seed and dev gold: F1 targets, exact spans. */
class EntityGoldenTest {

    @Test
    void seedsMeetTargets() {
        Scores s = score(GoldCorpus.seeds());
        System.out.println("seeds policy " + s.policies + "\nseeds centres " + s.centres);
        assertEquals(1.0, s.policies.f1(), 1e-9, () -> "seed policies " + s.policies + " " + s.policies.misses());
        assertTrue(s.centres.f1() >= 0.95, () -> "seed centres " + s.centres + " " + s.centres.misses());
        assertTrue(s.notPolicies.isEmpty(), () -> "not_policy_documents found as policies: " + s.notPolicies);
    }

    @Test
    void devMeetsTargets() {
        Scores s = score(GoldCorpus.dev());
        System.out.println("dev policy " + s.policies + "\ndev centres " + s.centres);
        assertTrue(s.policies.f1() >= 0.9, () -> "dev policies " + s.policies + " " + s.policies.misses());
        assertTrue(s.centres.f1() >= 0.9, () -> "dev centres " + s.centres + " " + s.centres.misses());
        assertTrue(s.notPolicies.isEmpty(), () -> "not_policy_documents found as policies: " + s.notPolicies);
    }

    @Test
    void everySpanIsTheMentionAsWritten() {
        List<GoldCorpus.Doc> docs = new ArrayList<>(GoldCorpus.seeds());
        docs.addAll(GoldCorpus.dev());
        for (GoldCorpus.Doc d : docs) {
            String text = d.text().text();
            EntityExtractor.Result r = GoldCorpus.extract(d);
            for (CentreMention c : r.entities().centres())
                assertEquals(c.surface(), c.span().of(text), () -> d.name() + " centre " + c);
            for (PolicyMention p : r.entities().policies()) {
                String at = p.span().of(text);
                assertTrue(at.equals(p.title()) || TitleKey.of(p.title()).contains(PolicyGenre.core(TitleKey.of(at))),
                        () -> d.name() + " policy " + p + " span reads " + at);
            }
        }
    }

    private record Scores(PrfScore policies, PrfScore centres, List<String> notPolicies) { }

    private static Scores score(List<GoldCorpus.Doc> docs) {
        PrfScore policies = new PrfScore();
        PrfScore centres = new PrfScore();
        List<String> notPolicies = new ArrayList<>();
        for (GoldCorpus.Doc d : docs) {
            EntityExtractor.Result r = GoldCorpus.extract(d);
            Set<String> p = r.entities().policies().stream().map(x -> GoldCorpus.norm(x.title()))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> c = r.entities().centres().stream().map(x -> GoldCorpus.norm(x.name()))
                    .collect(Collectors.toCollection(TreeSet::new));
            policies.add(d.name(), p, GoldCorpus.alternatives(d.gold(), "policy_documents"),
                    flat(GoldCorpus.alternatives(d.gold(), "optional_policy_documents")));
            centres.add(d.name(), c, GoldCorpus.alternatives(d.gold(), "innovation_centres"),
                    flat(GoldCorpus.alternatives(d.gold(), "optional_innovation_centres")));
            for (String not : flat(GoldCorpus.alternatives(d.gold(), "not_policy_documents")))
                if (p.contains(not)) notPolicies.add(d.name() + ": " + not);
        }
        return new Scores(policies, centres, notPolicies);
    }

    private static Set<String> flat(List<List<String>> alts) {
        return alts.stream().flatMap(List::stream).collect(Collectors.toSet());
    }
}
