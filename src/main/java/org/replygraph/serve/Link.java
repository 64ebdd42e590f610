package org.replygraph.serve;

/**
 * A link as a view ({@code link.mustache}): {@code Link.of("/id/x", "x")} renders
 * {@code <a href="/id/x">x</a>}; a target that is no path on this server and no http(s) IRI
 * ({@code javascript:}, {@code data:}, {@code //host} from loaded RDF) has no href and renders as text.
 *
 * @param href where to, null when it must not be a link
 * @param text what it says
 */
record Link(String href, String text) {
    static Link of(String href, String text) {
        return new Link(Html.linkable(href) ? href : null, text);
    }
}
