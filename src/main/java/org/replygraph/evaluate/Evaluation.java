package org.replygraph.evaluate;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of a set of documents and what could not be scored: inputs without gold, and gold files
 * that could not be read. Aggregates are computed over the scored documents.
 *
 * <pre>{@code
 * Evaluation ev = new Evaluation(scores, List.of("x.txt"), List.of());
 * ev.letterFieldAccuracy();                           // 0.97
 * ev.micro(ListKind.POLICY_DOCUMENTS).f1();           // 0.93
 * ev.fieldAccuracy().get("date");                     // Tally(right=16, total=17)
 * }</pre>
 */
public record Evaluation(List<DocumentScore> documents, List<String> missingGold, List<String> goldErrors) {
    public Evaluation {
        documents = documents.stream().sorted(Comparator.comparing(DocumentScore::file)).toList();
        missingGold = missingGold.stream().sorted().toList();
        goldErrors = goldErrors.stream().sorted().toList();
    }

    /** Right out of total for one field over all documents. */
    public record Tally(int right, int total) {
        public double accuracy() {
            return total == 0 ? 1.0 : (double) right / total;
        }

        Tally plus(boolean r) {
            return new Tally(right + (r ? 1 : 0), total + 1);
        }
    }

    /** Fields in gold-format.md's order, whichever document they first occur in. */
    private static final List<String> ORDER = List.of("doc_type", "proposal", "proposal.kind", "proposal.number",
            "proposal.title", "proposal.proposers", "proposal.proposer_role", "proposal.session", "replying_agency",
            "issuing_agency", "co_handling_agencies", "signer", "category", "doc_number", "index_number", "date",
            "published", "contact_person", "contact_phone", "statistics_table.caption", "statistics_table.measures",
            "statistics_table.rows", "statistics_table.total");

    /** Per field: the letter-level fields, then the statistics table checks, in gold-format.md's order. */
    public Map<String, Tally> fieldAccuracy() {
        Map<String, Tally> tallies = new HashMap<>();
        for (DocumentScore d : documents) {
            for (FieldResult f : d.fields()) tallies.merge(f.field(), new Tally(0, 0).plus(f.right()), Evaluation::add);
            for (FieldResult f : d.table()) tallies.merge(f.field(), new Tally(0, 0).plus(f.right()), Evaluation::add);
        }
        Map<String, Tally> out = new LinkedHashMap<>();
        tallies.keySet().stream()
                .sorted(Comparator.comparing((String k) -> ORDER.contains(k) ? ORDER.indexOf(k) : ORDER.size())
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(k -> out.put(k, tallies.get(k)));
        return out;
    }

    /** Letter-level fields right over all fields of all scored documents; 0 when none was scored. */
    public double letterFieldAccuracy() {
        long total = documents.stream().mapToLong(d -> d.fields().size()).sum();
        long right = documents.stream().mapToLong(DocumentScore::fieldsRight).sum();
        return total == 0 ? 0.0 : (double) right / total;
    }

    /** Micro-averaged counts of one list kind over the documents whose gold states it. */
    public ListScore micro(ListKind kind) {
        ListScore sum = ListScore.empty(kind);
        for (DocumentScore d : documents) {
            ListScore s = d.lists().get(kind);
            if (s != null) sum = sum.plus(s);
        }
        return sum;
    }

    /** How many documents' gold states the list (the dev gold has no agencies_mentioned: 0). */
    public long documentsStating(ListKind kind) {
        return documents.stream().filter(d -> d.lists().containsKey(kind)).count();
    }

    public Map<ListKind, ListScore> micro() {
        Map<ListKind, ListScore> out = new EnumMap<>(ListKind.class);
        for (ListKind k : ListKind.values()) out.put(k, micro(k));
        return out;
    }

    /** Documents where a forbidden literal was found. */
    public long forbiddenLiteralDocuments() {
        return documents.stream().filter(d -> !d.forbiddenHits().isEmpty()).count();
    }

    private static Tally add(Tally a, Tally b) {
        return new Tally(a.right() + b.right(), a.total() + b.total());
    }
}
