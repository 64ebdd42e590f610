package org.replygraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.replygraph.graph.RG;

/**
 * The home page's list of letters ({@code letters.mustache}), newest first, a page of
 * {@value #PAGE_SIZE} at a time: date, letter, the proposal it answers (title and number, e.g.
 * 关于加强……的提案 第604号) and who wrote it.
 */
final class LetterTable {
    static final int PAGE_SIZE = 50;

    /** The table: the total, the page's rows, a pager, or past the last page a link back to the first. */
    record View(int total, List<Row> rows, Optional<Pager> pager, boolean pastEnd) { }

    /** One letter. */
    record Row(String date, Term letter, List<Proposal> proposals, List<Agency> agencies) { }

    /** A proposal answered, its numbers beside when its title does not already say them; {@code sep} after the first. */
    record Proposal(boolean sep, Term term, List<String> numbers) { }

    /** An agency that issued the letter; {@code sep} after the first. */
    record Agency(boolean sep, Term term) { }

    private final Graph union;
    private final Terms terms;

    LetterTable(Graph union, Terms terms) {
        this.union = union;
        this.terms = terms;
    }

    /** Page {@code page} (1-based; past the last, a link back to the first) of {@code letters}, with a pager. */
    View view(List<Node> letters, int page) {
        int pages = Math.max(1, (letters.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(page, 1);
        int from = Math.min(letters.size(), (current - 1) * PAGE_SIZE);
        List<Row> rows = new ArrayList<>();
        for (Node letter : letters.subList(from, Math.min(current * PAGE_SIZE, letters.size()))) {
            List<Proposal> proposals = new ArrayList<>();
            for (Node p : EntityPage.objects(union, letter, RG.answers)) {
                proposals.add(proposal(!proposals.isEmpty(), p));
            }
            List<Agency> agencies = new ArrayList<>();
            for (Node a : EntityPage.objects(union, letter, RG.issuedBy)) {
                agencies.add(new Agency(!agencies.isEmpty(), terms.term(a)));
            }
            rows.add(new Row(DatasetStats.date(union, letter), terms.term(letter), proposals, agencies));
        }
        boolean pastEnd = current > pages;
        return new View(letters.size(), rows, pastEnd ? Optional.empty() : Pager.of("/?page=", current, pages, "#letters"), pastEnd);
    }

    private Proposal proposal(boolean sep, Node proposal) {
        String label = terms.label(proposal);
        List<String> numbers = new ArrayList<>();
        for (Node number : EntityPage.objects(union, proposal, RG.proposalNumber)) {
            if (!label.contains(number.getLiteralLexicalForm())) {
                numbers.add(number.getLiteralLexicalForm());
            }
        }
        return new Proposal(sep, terms.term(proposal), numbers);
    }
}
