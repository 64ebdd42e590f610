package org.replygraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * {@code GET /sparql} without a query: the SPARQL 1.1 Service Description (a browser asking for
 * HTML is sent to the query page), in the format of {@code ?output=} or Accept. Every other request
 * passes on to Fuseki.
 */
final class ServiceDescriptionFilter extends HttpFilter {
    private final Site site;

    ServiceDescriptionFilter(Site site) {
        this.site = site;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (!read || req.getQueryString() != null && (req.getParameter("query") != null || req.getParameter("update") != null)) {
            chain.doFilter(req, resp);
            return;
        }
        String accept = req.getHeader("Accept");
        if (req.getParameter("output") == null && accept != null
                && AcceptHeader.quality(accept, "text/html") > AcceptHeader.quality(accept, DocFormat.TURTLE.mediaTypes())) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", req.getContextPath() + "/query");
            return;
        }
        String server = site.publicUrl().of(req, resp);
        List<Node> graphs = site.read(() -> {
            List<Node> names = new ArrayList<>();
            site.dataset().listGraphNodes().forEachRemaining(names::add);
            names.sort(java.util.Comparator.comparing(NodeFmtLib::strNT));
            return names;
        });
        DescriptionServlet.sendGraph(req, resp, DatasetDescription.serviceDescription(server, site.sizes(), graphs), site,
                server, NodeFactory.createURI(server + ReplyGraphServer.SPARQL_PATH), NodeFactory.createURI(server + "/sparql#service"));
    }
}
