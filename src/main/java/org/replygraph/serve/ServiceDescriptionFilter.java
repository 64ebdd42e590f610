package org.replygraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * {@code GET /sparql} without a query: the SPARQL 1.1 Service Description (a browser asking for
 * HTML is sent to the query page). Every other request passes on to Fuseki.
 */
final class ServiceDescriptionFilter extends HttpFilter {
    private final Site site;
    private final Supplier<String> server;

    /** {@code server}: the configured public URL without its final slash, never the request's Host header. */
    ServiceDescriptionFilter(Site site, Supplier<String> server) {
        this.site = site;
        this.server = server;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (!read || req.getQueryString() != null) {
            chain.doFilter(req, resp);
            return;
        }
        String accept = req.getHeader("Accept");
        if (accept != null && AcceptHeader.quality(accept, "text/html") > AcceptHeader.quality(accept, "text/turtle")) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", req.getContextPath() + "/query");
            return;
        }
        DescriptionServlet.sendGraph(req, resp,
                DatasetDescription.serviceDescription(server.get(), site.sizes()), site);
    }
}
