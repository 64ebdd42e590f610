package org.replygraph.serve;

/**
 * The autocomplete behind every page's search box ({@code /static/search.js}): asks {@code /search?format=json}
 * (the same Lucene index as the search page) as the user types and lists the hits as links with their
 * class. Builds DOM nodes with textContent, so labels are never parsed
 * as HTML.
 */
final class SearchBoxScript {
    private SearchBoxScript() { }

    /** The script element; the code is {@code /static/search.js}. */
    static final String SCRIPT = "<script src=\"/static/search.js\"></script>\n";
}
