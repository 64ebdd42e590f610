package org.replygraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.replygraph.graph.RG;

/**
 * "Referenced by": triples pointing at the entity, counted per property and paged, e.g.
 * {@code rg:issuedBy (12)} for an agency that wrote twelve letters. Evidence links are left to the
 * evidence section.
 */
final class InboundLinks {
    private static final Set<Node> SHOWN_ELSEWHERE = Set.of(RG.oaHasBody, RG.oaHasSource, RG.oaHasTarget, RG.refersTo, RG.inDocument);

    private final Graph graph;
    private final ValueHtml values;
    private final EntityIris iris;

    InboundLinks(Graph graph, ValueHtml values, EntityIris iris) {
        this.graph = graph;
        this.values = values;
        this.iris = iris;
    }

    String render(Node entity, int page) {
        List<Triple> inbound = new ArrayList<>();
        graph.find(Node.ANY, Node.ANY, entity).forEachRemaining(t -> {
            if (!SHOWN_ELSEWHERE.contains(t.getPredicate())) {
                inbound.add(t);
            }
        });
        if (inbound.isEmpty()) {
            return "";
        }
        Map<String, Integer> counts = new TreeMap<>();
        inbound.forEach(t -> counts.merge(values.predicate(t.getPredicate()), 1, Integer::sum));
        inbound.sort(Comparator.comparing((Triple t) -> t.getPredicate().toString())
                .thenComparing(t -> values.label(t.getSubject())).thenComparing(t -> t.getSubject().toString()));
        int pages = (inbound.size() + EntityPage.INBOUND_PAGE_SIZE - 1) / EntityPage.INBOUND_PAGE_SIZE;
        int current = Math.max(1, Math.min(page, pages));
        StringBuilder sb = new StringBuilder("<h2>被引用 Referenced by <small>(")
                .append(inbound.size()).append(")</small></h2><p>");
        counts.forEach((p, n) -> sb.append(p).append(" (").append(n).append(") "));
        sb.append("</p><table class=\"inbound\">");
        int from = (current - 1) * EntityPage.INBOUND_PAGE_SIZE;
        for (Triple t : inbound.subList(from, Math.min(inbound.size(), from + EntityPage.INBOUND_PAGE_SIZE))) {
            sb.append("<tr><td>").append(values.term(t.getSubject())).append("</td><td>")
                    .append(values.predicate(t.getPredicate())).append("</td></tr>");
        }
        sb.append("</table>");
        if (pages > 1) {
            sb.append(pager(entity, current, pages));
        }
        return sb.toString();
    }

    private String pager(Node entity, int current, int pages) {
        String here = iris.href(entity) + ".html?page=";
        StringBuilder sb = new StringBuilder("<p class=\"pager\">");
        if (current > 1) {
            sb.append(Html.link(here + (current - 1), "← 上一页")).append(' ');
        }
        sb.append(current).append(" / ").append(pages);
        if (current < pages) {
            sb.append(' ').append(Html.link(here + (current + 1), "下一页 →"));
        }
        return sb.append("</p>").toString();
    }
}
