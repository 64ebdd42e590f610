package org.replygraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;

/** {@code /.well-known/void}: VoID + DCAT in Turtle (or N-Triples, JSON-LD, RDF/XML by Accept). */
final class DescriptionServlet extends HttpServlet {
    static final List<DocFormat> DATA = List.of(DocFormat.TURTLE, DocFormat.NTRIPLES, DocFormat.JSONLD, DocFormat.RDFXML);
    private final Site site;
    private final Supplier<String> server;

    /** {@code server}: the configured public URL without its final slash, never the request's Host header. */
    DescriptionServlet(Site site, Supplier<String> server) {
        this.site = site;
        this.server = server;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Graph g = DatasetDescription.voidGraph(server.get(), site.iris().base(), site.stats(), site.sizes());
        sendGraph(req, resp, g, site);
    }

    static void sendGraph(HttpServletRequest req, HttpServletResponse resp, Graph g, Site site) throws IOException {
        DocFormat format = AcceptHeader.choose(req.getHeader("Accept"), DATA).orElse(DocFormat.TURTLE);
        resp.setHeader("Vary", "Accept");
        CachedResponse.send(req, resp, EntityDocument.write(g, format.rdfFormat().orElseThrow()),
                format.contentType(), true, site.loaded());
    }
}
