package org.replygraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /query}: the SPARQL page with the project's example queries; {@code /query?query=…} opens
 * on that query and runs it (a shareable address). The query is only shown and sent back to
 * {@code /sparql} by the page's script, under the same limits as any other query.
 */
final class QueryPageServlet extends HttpServlet {
    private final Site site;
    private final int maxRows;

    QueryPageServlet(Site site, int maxRows) {
        this.site = site;
        this.maxRows = maxRows;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String query = req.getParameter("query");
        java.util.Optional<String> asked = query == null || query.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(query);
        Alternates.header(resp, Alternates.SERVICE);
        CachedResponse.send(req, resp, QueryPage.render(site.examples().list(), site.iris().base(), maxRows, asked),
                "text/html;charset=utf-8", false, site.loaded());
    }
}
