package org.replygraph.serve;

import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.replygraph.graph.RG;

/**
 * The ontology as a page ({@code /ns.html}): each class with its number of instances in the data,
 * each property with its number of triples, labels in Chinese and English and the comment; every
 * term has the anchor of its local name, so {@code /ns#issuedBy} lands on {@code rg:issuedBy}.
 * Pure: {@code render(vocabulary, counts)} is tested without HTTP.
 */
final class VocabularyPage {
    private static final Node COMMENT = NodeFactory.createURI(RG.RDFS + "comment");

    private VocabularyPage() { }

    static String render(Vocabulary vocabulary, TermCounts counts) {
        StringBuilder sb = new StringBuilder(16384);
        sb.append("<h1>ReplyGraph ontology <small class=\"qname\">").append(Html.escape(Vocabulary.GRAPH.getURI()))
                .append("</small></h1><p class=\"iri\">");
        for (Alternates.Alternate a : alternates()) {
            sb.append(Html.link(a.href(), a.href().substring(a.href().lastIndexOf('.') + 1))).append(' ');
        }
        sb.append(Html.link(JsonLdContext.NS_PATH, "JSON-LD context")).append("</p>");
        table(sb, "classes", "类 Classes", "instances", vocabulary, vocabulary.ownClasses(), counts.classes());
        table(sb, "properties", "属性 Properties", "triples", vocabulary, vocabulary.allProperties(), counts.properties());
        return PageLayout.page("Ontology", sb.toString(), alternates());
    }

    /** The ontology document in every triple format. */
    static java.util.List<Alternates.Alternate> alternates() {
        return Alternates.document(VocabularyServlet.PATH, DocFormat.TRIPLES);
    }

    private static void table(StringBuilder sb, String id, String title, String counted, Vocabulary v,
            Set<Node> terms, Map<Node, Long> counts) {
        sb.append("<h2 id=\"").append(id).append("\">").append(title).append(" <small>(").append(terms.size())
                .append(")</small></h2><table class=\"terms\"><tr><th>term</th><th>中文</th><th>English</th><th>")
                .append(counted).append("</th><th></th></tr>");
        for (Node t : terms) {
            String local = t.getURI().substring(RG.NS.length());
            sb.append("<tr id=\"").append(Html.escape(local)).append("\"><td><code>rg:").append(Html.escape(local))
                    .append("</code></td><td>").append(Html.escape(v.label(t, "zh-Hans").orElse("")))
                    .append("</td><td lang=\"en\">").append(Html.escape(v.label(t, "en").orElse("")))
                    .append("</td><td>").append(counts.getOrDefault(t, 0L)).append("</td><td lang=\"en\">")
                    .append(Html.escape(comment(v, t))).append("</td></tr>");
        }
        sb.append("</table>");
    }

    private static String comment(Vocabulary v, Node term) {
        var it = v.graph().find(term, COMMENT, Node.ANY);
        String any = "";
        while (it.hasNext()) {
            Node c = it.next().getObject();
            if (!c.isLiteral()) continue;
            if (c.getLiteralLanguage().equals("en")) return c.getLiteralLexicalForm();
            any = c.getLiteralLexicalForm();
        }
        return any;
    }
}
