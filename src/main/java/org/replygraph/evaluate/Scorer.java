package org.replygraph.evaluate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.extract.fact.Entities;
import org.replygraph.extract.fact.Letter;

/**
 * Scores one document's extraction against its gold.
 *
 * <pre>{@code
 * Scorer scorer = new Scorer(new NameNormaliser());
 * DocumentScore s = scorer.score(gold, new Extractor().extract(doc));
 * s.fields();                                  // doc_type, proposal.kind, … contact_phone
 * s.lists().get(ListKind.POLICY_DOCUMENTS).f1();
 * }</pre>
 */
public final class Scorer {
    private final NameNormaliser normaliser;
    private final LetterFieldScorer letterFields;
    private final ListScorer lists;
    private final TableScorer tables;
    private final ForbiddenLiterals forbidden;

    public Scorer(NameNormaliser normaliser) {
        this.normaliser = normaliser;
        this.letterFields = new LetterFieldScorer(normaliser);
        this.lists = new ListScorer(normaliser);
        this.tables = new TableScorer(normaliser);
        this.forbidden = new ForbiddenLiterals(normaliser);
    }

    public NameNormaliser normaliser() {
        return normaliser;
    }

    /** The extracted entities of a list's kind as candidates: the name, and the written form where one is kept. */
    private static List<Candidate> candidates(Entities e, ListKind list) {
        return e.of(list.entityKind()).stream().map(m -> Candidate.of(m.name(), m.surface())).toList();
    }

    /** Scores with forbidden literals looked for in every extracted string. */
    public DocumentScore score(GoldDocument gold, DocumentFacts facts) {
        return score(gold, facts, null);
    }

    /** Scores with forbidden literals looked for in {@code publishedLiterals} (the graph's) when given. */
    public DocumentScore score(GoldDocument gold, DocumentFacts facts, Set<String> publishedLiterals) {
        Letter l = facts.letter();
        Entities e = facts.entities();
        Map<ListKind, ListScore> scored = new EnumMap<>(ListKind.class);
        if (gold.policyDocuments() != null)
            scored.put(ListKind.POLICY_DOCUMENTS, lists.score(ListKind.POLICY_DOCUMENTS, gold.policyDocuments(),
                    candidates(e, ListKind.POLICY_DOCUMENTS),
                    Set.copyOf(gold.optionalPolicyDocuments()), Set.copyOf(gold.notPolicyDocuments())));
        if (gold.innovationCentres() != null)
            scored.put(ListKind.INNOVATION_CENTRES, lists.score(ListKind.INNOVATION_CENTRES, gold.innovationCentres(),
                    candidates(e, ListKind.INNOVATION_CENTRES),
                    Set.copyOf(gold.optionalInnovationCentres()), Set.of()));
        if (gold.agenciesMentioned() != null)
            scored.put(ListKind.AGENCIES_MENTIONED, lists.score(ListKind.AGENCIES_MENTIONED, gold.agenciesMentioned(),
                    candidates(e, ListKind.AGENCIES_MENTIONED), Set.of(), Set.of()));
        scored.put(ListKind.CO_HANDLING_AGENCIES, lists.score(ListKind.CO_HANDLING_AGENCIES, gold.coHandlers(),
                l.coHandlers().stream().map(a -> Candidate.of(a.name(), a.surface())).toList(), Set.of(), Set.of()));
        List<List<String>> goldProposers = gold.proposal() == null ? List.of()
                : gold.proposal().proposers().stream().map(List::of).toList();
        List<Candidate> gotProposers = l.proposal() == null ? List.of()
                : l.proposal().proposers().stream().map(p -> Candidate.of(p.name(), null)).toList();
        scored.put(ListKind.PROPOSERS, lists.score(ListKind.PROPOSERS, goldProposers, gotProposers, Set.of(), Set.of()));
        List<String> published = publishedLiterals == null ? ForbiddenLiterals.extractedStrings(facts)
                : List.copyOf(publishedLiterals);
        List<String> warnings = gold.unknownKeys().stream()
                .map(k -> "gold has unknown key \"" + k + "\" (ignored)").toList();
        return new DocumentScore(gold.file(), letterFields.score(gold, l), scored,
                tables.score(gold.statisticsTable(), e.tables()), forbidden.find(gold.forbiddenLiterals(), published),
                warnings);
    }
}
