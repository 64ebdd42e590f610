package org.replygraph.serve;

/**
 * The frame every HTML page shares: head, navigation and search box. Style and script come from the
 * server's own {@code /static/site.css} and {@code /static/search.js} (no inline code, so the
 * Content-Security-Policy forbids it; no external assets, so pages work offline and behind any proxy).
 */
final class PageLayout {
    private PageLayout() { }

    /** A complete page; {@code title} is escaped here, {@code body} must already be HTML. */
    static String page(String title, String body) {
        return page(title, body, java.util.List.of());
    }

    /**
     * A complete page whose head links its other formats ({@link Alternates}; the servlet sends the
     * same list as the {@code Link} header).
     */
    static String page(String title, String body, java.util.List<Alternates.Alternate> alternates) {
        return "<!DOCTYPE html>\n<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + Html.escape(title) + " · ReplyGraph</title>"
                + "<link rel=\"stylesheet\" href=\"/static/site.css\">" + Alternates.html(alternates) + "</head><body>"
                + "<header><a href=\"/\">ReplyGraph</a><a href=\"/query\">SPARQL</a>"
                + "<a href=\"/.well-known/void\">VoID</a><a href=\"/ns\">ontology</a><a href=\"/dump.ttl\">dump</a>"
                + "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" id=\"q\" placeholder=\"搜索 / 搜尋 / sōusuǒ\" autocomplete=\"off\">"
                + "<button type=\"submit\">搜索</button><ul id=\"suggest\"></ul></form></header>"
                + "<main>" + body + "</main>" + SearchBoxScript.SCRIPT + "</body></html>\n";
    }
}
