package org.replygraph.serve;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/**
 * The home page: what the dataset is, counts per class by label, the letters (newest first, paged)
 * with the proposals they answer, agencies by number of replies, and where to go next (search,
 * SPARQL, dumps, VoID, the ontology graph).
 */
final class HomePage {
    private final EntityIris iris;
    private final PrefixMapping prefixes;
    private final Vocabulary vocabulary;

    HomePage(EntityIris iris, Vocabulary vocabulary) {
        this.iris = iris;
        this.prefixes = org.replygraph.graph.Prefixes.of(iris.base()).lock();
        this.vocabulary = vocabulary;
    }

    static final int AGENCIES_PAGE_SIZE = 20;

    /** Page {@code page} (1-based) of the letters and of the agencies; PastLastPage past the last of both. */
    String render(Graph union, DatasetStats stats, int page) {
        return render(org.replygraph.index.Descriptions.of(union), stats,
                new ClassList(stats.classCounts(), java.util.Set.of(), java.util.Set.of()), page);
    }

    /** The page, its list of classes (each linking to its class page) from {@code classes}. */
    String render(org.replygraph.index.Descriptions d, DatasetStats stats, ClassList classes, int page) {
        Graph union = d.union();
        int letterPages = Paging.of(stats.letters().size(), false, page, LetterTable.PAGE_SIZE).pages();
        Paging agencies = Paging.of(stats.agenciesByReplies().size(), false, page, AGENCIES_PAGE_SIZE);
        Paging.check(page, Math.max(letterPages, agencies.pages()));
        int letterPage = page;
        ValueHtml values = new ValueHtml(new Labels(d), iris, prefixes, vocabulary);
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<h1>ReplyGraph <span class=\"alt\">政府答复函知识图谱</span></h1>")
                .append("<p>Chinese government reply letters to CPPCC 提案 and people's-congress 建议, as linked data: ")
                .append("who answered which proposal, the agencies, policy documents and innovation centres they name, ")
                .append("each fact traced back to the sentence it came from. ")
                .append(stats.letters().size()).append(" documents, each in a named graph of its own (the default graph is ")
                .append("their union; each entity is described once in the entities graph), ")
                .append(stats.entities()).append(" entities under <span class=\"iri\">")
                .append(Html.escape(iris.base())).append("</span>. The ontology is the named graph <code>")
                .append(Html.escape(Vocabulary.GRAPH.getURI())).append("</code>, not part of the default graph.</p>");
        sb.append("<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" id=\"home-q\" ")
                .append("placeholder=\"创新中心 / 創新中心 / chuangxin\"> <button type=\"submit\">搜索 Search</button></form>");
        sb.append("<h2 id=\"classes\">类别 Classes</h2><table class=\"classes\">");
        classes.counts().forEach((cls, n) -> sb.append("<tr><td>").append(values.classTerm(cls))
                .append("</td><td>").append(classes.countText(cls)).append("</td></tr>"));
        sb.append("</table>");
        sb.append(new LetterTable(union, values).render(stats.letters(), letterPage));
        sb.append("<h2 id=\"agencies\">答复最多的单位 Agencies by replies <small>(").append(agencies.total())
                .append(")</small></h2>");
        if (agencies.from() < agencies.to()) {
            sb.append("<ol class=\"agencies\" start=\"").append(agencies.from() + 1).append("\">");
            for (Map.Entry<Node, Integer> e : stats.agenciesByReplies().subList(agencies.from(), agencies.to())) {
                sb.append("<li>").append(values.term(e.getKey())).append(" (").append(e.getValue()).append(")</li>");
            }
            sb.append("</ol>").append(Pager.html("/?page=", page, agencies.pages(), "#agencies"));
        } else {
            sb.append("<p class=\"pager\">").append(Html.link("/#agencies", "↑ 第1页 page 1")).append("</p>");
        }
        sb.append(dataLinks());
        return PageLayout.page("ReplyGraph", sb.toString(), Alternates.DATASET);
    }

    private static String dataLinks() {
        return new StringBuilder("<h2>数据 Data</h2><ul class=\"data\">")
                .append("<li>").append(Html.link("/query", "SPARQL query page")).append(" — endpoint <code>/sparql</code> ")
                .append("(SPARQL 1.1 Query; the ontology: <code>GRAPH &lt;").append(Html.escape(Vocabulary.GRAPH.getURI()))
                .append("&gt; { … }</code>)</li>")
                .append("<li>Dumps of the default graph (the letters' data, no ontology): ")
                .append(Html.link("/dump.ttl", "Turtle")).append(", ")
                .append(Html.link("/dump.nt.gz", "N-Triples (gzip)")).append("</li>")
                .append("<li>Dump of every named graph, the ontology's included: ")
                .append(Html.link("/dump.nq.gz", "N-Quads (gzip)")).append(", ")
                .append(Html.link("/dump.trig.gz", "TriG (gzip)")).append("</li>")
                .append("<li>").append(Html.link("/.well-known/void", "Dataset description (VoID + DCAT)")).append("</li>")
                .append("<li>").append(Html.link("/ns", "Ontology")).append(": classes and properties with their counts; ")
                .append("JSON-LD context ").append(Html.link(JsonLdContext.PATH, "/context.jsonld")).append("</li></ul>")
                .toString();
    }
}
