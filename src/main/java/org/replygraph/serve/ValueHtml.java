package org.replygraph.serve;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/**
 * One RDF term as HTML: a local entity as a link to its page with its label, a vocabulary term by
 * its labels with the prefixed name small beside it ({@code 主办单位 issued by rg:issuedBy}), any
 * other IRI as a plain link, a literal as escaped text with its language or datatype:
 * {@code 2021-07-04 (xsd:date)}.
 */
final class ValueHtml {
    private final Labels labels;
    private final EntityIris iris;
    private final PrefixMapping prefixes;
    private final Vocabulary vocabulary;

    ValueHtml(Labels labels, EntityIris iris, PrefixMapping prefixes, Vocabulary vocabulary) {
        this.labels = labels;
        this.iris = iris;
        this.prefixes = prefixes;
        this.vocabulary = vocabulary;
    }

    String term(Node node) {
        if (node.isURI()) {
            return iris.isLocal(node) ? Html.link(iris.href(node), labels.label(node)) : vocabularyTerm(node);
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
        return vocabularyTerm(p);
    }

    /**
     * A class as a type badge: its labels linking to the class's page on this server
     * ({@code /class/Agency}), not to the ontology IRI; a class in no known namespace links to its IRI.
     */
    String classTerm(Node cls) {
        return new ClassPaths(prefixes).path(cls).map(path -> termLinking(cls, path)).orElseGet(() -> vocabularyTerm(cls));
    }

    /** A class or property: its Chinese and English labels linking to it, the prefixed name small beside. */
    String vocabularyTerm(Node term) {
        return termLinking(term, term.getURI());
    }

    private String termLinking(Node term, String href) {
        String qname = ValueHtml.shortForm(prefixes, term);
        Optional<String> zh = vocabulary.label(term, Labels.HANS);
        Optional<String> en = vocabulary.label(term, "en");
        if (zh.isEmpty() && en.isEmpty() || !Html.linkable(href)) {
            return Html.link(href, qname);
        }
        StringBuilder sb = new StringBuilder("<a href=\"").append(Html.escape(href)).append("\">");
        zh.ifPresent(l -> sb.append(Html.escape(l)));
        en.ifPresent(l -> sb.append(zh.isPresent() ? " " : "").append("<span lang=\"en\">").append(Html.escape(l)).append("</span>"));
        return sb.append("</a> <small class=\"qname\">").append(Html.escape(qname)).append("</small>").toString();
    }
}
