package org.replygraph.serve;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.replygraph.graph.RG;

/**
 * The home page: what the dataset is, counts per class, the latest letters, agencies by number of
 * replies, and where to go next (search, SPARQL, dumps, VoID).
 */
final class HomePage {
    private final EntityIris iris;
    private final PrefixMapping prefixes;

    HomePage(EntityIris iris) {
        this.iris = iris;
        this.prefixes = org.replygraph.graph.Prefixes.of(iris.base()).lock();
    }

    String render(Graph union, DatasetStats stats) {
        ValueHtml values = new ValueHtml(new Labels(union), iris, prefixes);
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<h1>ReplyGraph <span class=\"alt\">政府答复函知识图谱</span></h1>")
                .append("<p>Chinese government reply letters to CPPCC 提案 and people's-congress 建议, as linked data: ")
                .append("who answered which proposal, the agencies, policy documents and innovation centres they name, ")
                .append("each fact traced back to the sentence it came from. ")
                .append(stats.triples()).append(" triples in ").append(stats.graphs()).append(" named graphs, ")
                .append(stats.entities()).append(" entities under <span class=\"iri\">")
                .append(Html.escape(iris.base())).append("</span>.</p>");
        sb.append("<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" id=\"home-q\" ")
                .append("placeholder=\"创新中心 / 創新中心 / chuangxin\"> <button type=\"submit\">搜索 Search</button></form>");
        sb.append("<h2>类别 Classes</h2><table class=\"classes\">");
        stats.classCounts().forEach((cls, n) -> sb.append("<tr><td>").append(values.predicate(cls))
                .append("</td><td>").append(n).append("</td></tr>"));
        sb.append("</table><h2>最新答复 Latest letters</h2><ol class=\"latest\">");
        for (Node letter : stats.latestLetters()) {
            sb.append("<li>").append(values.term(letter));
            for (Node date : EntityPage.objects(union, letter, RG.dctDate)) {
                sb.append(" <span class=\"lang\">").append(Html.escape(date.getLiteralLexicalForm())).append("</span>");
            }
            for (Node proposal : EntityPage.objects(union, letter, RG.answers)) {
                sb.append(" — ").append(values.term(proposal));
            }
            sb.append("</li>");
        }
        sb.append("</ol><h2>答复最多的单位 Agencies by replies</h2><ol class=\"agencies\">");
        for (Map.Entry<Node, Integer> e : stats.agenciesByReplies()) {
            sb.append("<li>").append(values.term(e.getKey())).append(" (").append(e.getValue()).append(")</li>");
        }
        sb.append("</ol><h2>数据 Data</h2><ul>")
                .append("<li>").append(Html.link("/query", "SPARQL query page")).append(" — endpoint <code>/sparql</code></li>")
                .append("<li>Dumps: ").append(Html.link("/dump.ttl", "Turtle")).append(", ")
                .append(Html.link("/dump.nt.gz", "N-Triples (gzip)")).append(", ")
                .append(Html.link("/dump.nq.gz", "N-Quads with named graphs (gzip)")).append("</li>")
                .append("<li>").append(Html.link("/.well-known/void", "Dataset description (VoID + DCAT)")).append("</li></ul>");
        return PageLayout.page("ReplyGraph", sb.toString());
    }
}
