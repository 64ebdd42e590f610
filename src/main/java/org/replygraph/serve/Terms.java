package org.replygraph.serve;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/**
 * RDF terms as {@link Term} views, labelled for a page: {@code terms.term(agency)} is a link to
 * {@code /id/agency/…} saying 陕西省工业和信息化厅, {@code terms.predicate(RG.issuedBy)} says
 * {@code 主办单位 issued by rg:issuedBy}, {@code terms.literal(date, 300)} says {@code 2021-07-04 xsd:date}.
 */
final class Terms {
    private final Labels labels;
    private final EntityIris iris;
    private final PrefixMapping prefixes;
    private final Vocabulary vocabulary;

    Terms(Labels labels, EntityIris iris, PrefixMapping prefixes, Vocabulary vocabulary) {
        this.labels = labels;
        this.iris = iris;
        this.prefixes = prefixes;
        this.vocabulary = vocabulary;
    }

    /** A local entity linking to its page, another IRI by its labels, a literal whole, a blank node by its label. */
    Term term(Node node) {
        if (node.isURI()) {
            return iris.isLocal(node) ? Term.link(iris.href(node), labels.label(node)) : vocabularyTerm(node);
        }
        if (node.isLiteral()) {
            return literal(node, Integer.MAX_VALUE);
        }
        return Term.text(labels.label(node));
    }

    /** A literal cut to {@code max} characters (the letter text has its own section). */
    Term literal(Node node, int max) {
        String lex = node.getLiteralLexicalForm();
        String shown = lex.length() > max ? lex.substring(0, max) + "…" : lex;
        String lang = node.getLiteralLanguage();
        String note = !lang.isEmpty() ? lang
                : node.getLiteralDatatypeURI() != null && !node.getLiteralDatatypeURI().endsWith("#string")
                ? prefixes.shortForm(node.getLiteralDatatypeURI()) : "";
        return new Term(null, shown, null, null, null, note.isEmpty() ? null : note);
    }

    /** {@code rg:issuedBy} for a known namespace, the full IRI otherwise. */
    static String shortForm(PrefixMapping pm, Node node) {
        return node.isURI() ? pm.shortForm(node.getURI()) : node.toString();
    }

    String label(Node node) {
        return labels.label(node);
    }

    Term predicate(Node p) {
        return vocabularyTerm(p);
    }

    /**
     * A class as a type badge: its labels linking to the class's page on this server
     * ({@code /class/Agency}), not to the ontology IRI; a class in no known namespace links to its IRI.
     */
    Term classTerm(Node cls) {
        return new ClassPaths(prefixes).path(cls).map(path -> termLinking(cls, path)).orElseGet(() -> vocabularyTerm(cls));
    }

    /**
     * A class or property: its Chinese and English labels linking to it, the prefixed name small beside.
     * Any other IRI (an owl:sameAs to Wikidata, a homepage) is this too: a link saying its prefixed name.
     */
    Term vocabularyTerm(Node term) {
        return termLinking(term, term.getURI());
    }

    private Term termLinking(Node term, String href) {
        String qname = Terms.shortForm(prefixes, term);
        Optional<String> zh = vocabulary.label(term, Labels.HANS);
        Optional<String> en = vocabulary.label(term, "en");
        if (zh.isEmpty() && en.isEmpty() || !Html.linkable(href)) {
            return Term.link(href, qname);
        }
        return new Term(href, null, zh.orElse(null), en.orElse(null), qname, null);
    }
}
