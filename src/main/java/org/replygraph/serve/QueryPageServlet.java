package org.replygraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /query}: the SPARQL page with the project's example queries. */
final class QueryPageServlet extends HttpServlet {
    private final Site site;
    private final int maxRows;

    QueryPageServlet(Site site, int maxRows) {
        this.site = site;
        this.maxRows = maxRows;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Alternates.header(resp, Alternates.SERVICE);
        CachedResponse.send(req, resp, QueryPage.render(site.examples().list(), site.iris().base(), maxRows), "text/html;charset=utf-8",
                false, site.loaded());
    }
}
