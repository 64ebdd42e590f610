package org.replygraph.serve;

/**
 * One RDF term as {@code term.mustache} shows it: a local entity as a link with its label, a class
 * or property by its Chinese and English labels with the prefixed name small beside
 * ({@code 主办单位 issued by rg:issuedBy}), any other IRI as a plain link, a literal as text with its
 * language or datatype ({@code 2021-07-04 xsd:date}). Built by {@link Terms}; null parts are not shown.
 *
 * @param href where it links, null for text (a literal, a blank node, an IRI that must not be a link)
 * @param text the label, the prefixed name or the literal's words; null when the labels say it
 * @param zh the Chinese label of a vocabulary term
 * @param en the English label of a vocabulary term
 * @param qname the prefixed name beside a labelled vocabulary term
 * @param note a literal's language tag or datatype
 */
record Term(String href, String text, String zh, String en, String qname, String note) {
    /** A link with a label ({@link Link#of} rules: only local paths and http(s) IRIs link). */
    static Term link(String href, String text) {
        return new Term(Html.linkable(href) ? href : null, text, null, null, null, null);
    }

    /** Words that link nowhere. */
    static Term text(String text) {
        return new Term(null, text, null, null, null, null);
    }
}
