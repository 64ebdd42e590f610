package org.replygraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.replygraph.graph.RG;

/**
 * The ontology as a page ({@code /ns.html}, {@code vocabulary.mustache}): each class with its number of instances in the data,
 * each property with its number of triples, labels in Chinese and English and the comment; every
 * term has the anchor of its local name, so {@code /ns#issuedBy} lands on {@code rg:issuedBy}.
 * Pure: {@code render(vocabulary, counts)} is tested without HTTP.
 */
final class VocabularyPage {
    private static final Node COMMENT = NodeFactory.createURI(RG.RDFS + "comment");

    private VocabularyPage() { }

    /** What {@code vocabulary.mustache} shows: the ontology's IRI, its formats, a table of classes and one of properties. */
    record View(String graph, List<Link> formats, Link context, List<Table> tables) { }

    /** One table: its anchor, title, number of terms, what its counts count. */
    record Table(String id, String title, int size, String counted, List<Row> rows) { }

    /** A term: its local name (the row's anchor), labels, count and comment ("" when it has none). */
    record Row(String local, String zh, String en, long count, String comment) { }

    static String render(Vocabulary vocabulary, TermCounts counts) {
        List<Link> formats = new ArrayList<>();
        for (Alternates.Alternate a : alternates()) {
            formats.add(Link.of(a.href(), a.href().substring(a.href().lastIndexOf('.') + 1)));
        }
        View view = new View(Vocabulary.GRAPH.getURI(), formats, Link.of(JsonLdContext.NS_PATH, "JSON-LD context"), List.of(
                table("classes", "类 Classes", "instances", vocabulary, vocabulary.ownClasses(), counts.classes().counts()),
                table("properties", "属性 Properties", "triples", vocabulary, vocabulary.allProperties(), counts.properties())));
        return Templates.bundled().page("vocabulary", "Ontology", alternates(), view);
    }

    /** The ontology document in every triple format. */
    static List<Alternates.Alternate> alternates() {
        return Alternates.document(VocabularyServlet.PATH, DocFormat.TRIPLES);
    }

    private static Table table(String id, String title, String counted, Vocabulary v, Set<Node> terms, Map<Node, Long> counts) {
        List<Row> rows = new ArrayList<>();
        for (Node t : terms) {
            rows.add(new Row(t.getURI().substring(RG.NS.length()), v.label(t, "zh-Hans").orElse(""), v.label(t, "en").orElse(""),
                    counts.getOrDefault(t, 0L), comment(v, t)));
        }
        return new Table(id, title, terms.size(), counted, rows);
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
