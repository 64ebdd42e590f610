package org.replygraph.serve;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.replygraph.graph.RG;

/**
 * The home page's list of letters, newest first, a page of {@value #PAGE_SIZE} at a time: date,
 * letter, the proposal it answers (title and number, e.g. 关于加强……的提案 第604号) and who wrote it.
 */
final class LetterTable {
    static final int PAGE_SIZE = 50;

    private final Graph union;
    private final ValueHtml values;

    LetterTable(Graph union, ValueHtml values) {
        this.union = union;
        this.values = values;
    }

    /** Page {@code page} (1-based; past the last, a link back to the first) of {@code letters}, with a pager. */
    String render(List<Node> letters, int page) {
        int pages = Math.max(1, (letters.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(page, 1);
        StringBuilder sb = new StringBuilder("<h2 id=\"letters\">答复函 Letters <small>(").append(letters.size())
                .append(")</small></h2><table class=\"letters\"><tr><th>日期 Date</th><th>答复函 Letter</th>")
                .append("<th>所答复的提案或建议 Proposal answered</th><th>主办单位 Issued by</th></tr>");
        int from = Math.min(letters.size(), (current - 1) * PAGE_SIZE);
        for (Node letter : letters.subList(from, Math.min(current * PAGE_SIZE, letters.size()))) {
            sb.append("<tr><td>").append(Html.escape(DatasetStats.date(union, letter))).append("</td><td>")
                    .append(values.term(letter)).append("</td><td>");
            List<Node> proposals = EntityPage.objects(union, letter, RG.answers);
            for (int i = 0; i < proposals.size(); i++) {
                sb.append(i > 0 ? "<br>" : "").append(proposal(proposals.get(i)));
            }
            sb.append("</td><td>");
            List<Node> agencies = EntityPage.objects(union, letter, RG.issuedBy);
            for (int i = 0; i < agencies.size(); i++) {
                sb.append(i > 0 ? "<br>" : "").append(values.term(agencies.get(i)));
            }
            sb.append("</td></tr>");
        }
        sb.append("</table>");
        if (current > pages) {
            sb.append("<p class=\"pager\">").append(Html.link("/#letters", "↑ 第1页 page 1")).append("</p>");
        } else {
            sb.append(Pager.html("/?page=", current, pages, "#letters"));
        }
        return sb.toString();
    }

    /** The proposal's title linking to it, its number beside when the title does not already say it. */
    private String proposal(Node proposal) {
        StringBuilder sb = new StringBuilder(values.term(proposal));
        String label = values.label(proposal);
        for (Node number : EntityPage.objects(union, proposal, RG.proposalNumber)) {
            String n = number.getLiteralLexicalForm();
            if (!label.contains(n)) {
                sb.append(" <span class=\"lang\">第").append(Html.escape(n)).append("号</span>");
            }
        }
        return sb.toString();
    }
}
