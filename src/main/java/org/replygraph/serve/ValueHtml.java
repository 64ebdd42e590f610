package org.replygraph.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/**
 * One RDF term as HTML: a local entity as a link to its page with its label, an outside IRI as a
 * plain link, a literal as escaped text with its language or datatype: {@code 2021-07-04 (xsd:date)}.
 */
final class ValueHtml {
    private final Labels labels;
    private final EntityIris iris;
    private final PrefixMapping prefixes;

    ValueHtml(Labels labels, EntityIris iris, PrefixMapping prefixes) {
        this.labels = labels;
        this.iris = iris;
        this.prefixes = prefixes;
    }

    String term(Node node) {
        if (node.isURI()) {
            return iris.isLocal(node) ? Html.link(iris.href(node), labels.label(node))
                    : Html.link(node.getURI(), ValueHtml.shortForm(prefixes, node));
        }
        if (node.isLiteral()) {
            return literal(node, Integer.MAX_VALUE);
        }
        return Html.escape(labels.label(node));
    }

    /** A literal cut to {@code max} characters (the letter text has its own section). */
    String literal(Node node, int max) {
        String lex = node.getLiteralLexicalForm();
        String shown = lex.length() > max ? lex.substring(0, max) + "…" : lex;
        String lang = node.getLiteralLanguage();
        String note = !lang.isEmpty() ? lang
                : node.getLiteralDatatypeURI() != null && !node.getLiteralDatatypeURI().endsWith("#string")
                ? prefixes.shortForm(node.getLiteralDatatypeURI()) : "";
        return Html.escape(shown) + (note.isEmpty() ? "" : " <span class=\"lang\">" + Html.escape(note) + "</span>");
    }

    /** {@code rg:issuedBy} for a known namespace, the full IRI otherwise. */
    static String shortForm(PrefixMapping pm, Node node) {
        return node.isURI() ? pm.shortForm(node.getURI()) : node.toString();
    }

    String label(Node node) {
        return labels.label(node);
    }

    String predicate(Node p) {
        return Html.link(p.getURI(), ValueHtml.shortForm(prefixes, p));
    }
}
