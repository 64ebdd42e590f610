package org.replygraph.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores one extracted list against its gold groups: each gold item is a group of acceptable names,
 * matched one-to-one to distinct extracted items (by normalised name), so two extracted spellings of
 * one centre earn one true positive and one false positive.
 *
 * <pre>{@code
 * new ListScorer(n).score(ListKind.INNOVATION_CENTRES,
 *         List.of(List.of("国家增材制造创新中心", "增材制造国家创新中心")),
 *         List.of(Candidate.of("国家增材制造创新中心", "增材制造国家创新中心")), Set.of(), Set.of());
 * // ListScore(tp=1, fp=0, fn=0)
 * }</pre>
 */
public final class ListScorer {
    private final NameNormaliser normaliser;

    public ListScorer(NameNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /**
     * @param optional names that are neither right nor wrong when extracted
     * @param wrong    names that must not be extracted (not_policy_documents), shown as such when they are
     */
    public ListScore score(ListKind kind, List<List<String>> gold, List<Candidate> extracted,
                           Set<String> optional, Set<String> wrong) {
        List<Candidate> items = distinct(extracted);
        List<Set<String>> groups = gold.stream().map(this::normalised).toList();
        Matching m = match(items, groups);
        Set<String> optionalN = normalised(optional);
        Set<String> wrongN = normalised(wrong);
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (m.groupOf[i] >= 0) continue;
            Set<String> forms = normalised(items.get(i).forms());
            if (forms.stream().anyMatch(optionalN::contains) && forms.stream().noneMatch(wrongN::contains)) continue;
            extra.add(describeExtra(items.get(i), forms, wrongN, groups, gold));
        }
        List<String> missed = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++)
            if (m.itemOf[g] < 0) missed.add(String.join(" | ", gold.get(g)));
        int tp = groups.size() - missed.size();
        return new ListScore(kind, tp, extra.size(), missed.size(), missed, extra);
    }

    /** Whether the extracted items and gold groups pair off exactly (the co-handler field's rule). */
    public boolean exact(List<List<String>> gold, List<Candidate> extracted) {
        ListScore s = score(ListKind.CO_HANDLING_AGENCIES, gold, extracted, Set.of(), Set.of());
        return s.falsePositives() == 0 && s.falseNegatives() == 0;
    }

    private String describeExtra(Candidate c, Set<String> forms, Set<String> wrongN, List<Set<String>> groups,
                                 List<List<String>> gold) {
        if (forms.stream().anyMatch(wrongN::contains)) return c.shown() + " (listed as not one)";
        for (int g = 0; g < groups.size(); g++)
            if (forms.stream().anyMatch(groups.get(g)::contains))
                return c.shown() + " (again: " + gold.get(g).get(0) + " is already matched)";
        return c.shown();
    }

    /** One candidate per normalised name, in order of first appearance, with the forms of all merged. */
    private List<Candidate> distinct(List<Candidate> extracted) {
        Map<String, Candidate> byName = new LinkedHashMap<>();
        for (Candidate c : extracted) {
            byName.merge(normaliser.normalise(c.shown()), c, (a, b) -> {
                List<String> forms = new ArrayList<>(a.forms());
                forms.addAll(b.forms());
                return new Candidate(a.shown(), forms);
            });
        }
        return List.copyOf(byName.values());
    }

    private Set<String> normalised(Collection<String> names) {
        return names.stream().map(normaliser::normalise).collect(Collectors.toSet());
    }

    private record Matching(int[] groupOf, int[] itemOf) { }

    /** Maximum one-to-one matching (Kuhn's augmenting paths; lists are short). */
    private Matching match(List<Candidate> items, List<Set<String>> groups) {
        boolean[][] fits = new boolean[items.size()][groups.size()];
        for (int i = 0; i < items.size(); i++) {
            Set<String> forms = normalised(items.get(i).forms());
            for (int g = 0; g < groups.size(); g++) fits[i][g] = forms.stream().anyMatch(groups.get(g)::contains);
        }
        int[] groupOf = new int[items.size()];
        int[] itemOf = new int[groups.size()];
        Arrays.fill(groupOf, -1);
        Arrays.fill(itemOf, -1);
        for (int i = 0; i < items.size(); i++) augment(i, fits, groupOf, itemOf, new boolean[groups.size()]);
        return new Matching(groupOf, itemOf);
    }

    private static boolean augment(int i, boolean[][] fits, int[] groupOf, int[] itemOf, boolean[] seen) {
        for (int g = 0; g < itemOf.length; g++) {
            if (!fits[i][g] || seen[g]) continue;
            seen[g] = true;
            if (itemOf[g] < 0 || augment(itemOf[g], fits, groupOf, itemOf, seen)) {
                itemOf[g] = i;
                groupOf[i] = g;
                return true;
            }
        }
        return false;
    }
}
