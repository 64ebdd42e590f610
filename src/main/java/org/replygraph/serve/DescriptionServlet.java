package org.replygraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * {@code /.well-known/void}: VoID + DCAT in Turtle, or N-Triples, JSON-LD, RDF/XML by Accept or
 * {@code ?output=nt}. It answers at once: the dumps it lists are written in the background when they
 * are not yet ({@link Dumps#writeInBackground}); until they are, they are listed without size and
 * checksum and the answer is provisional ({@link CachedResponse#sendProvisional}: {@code no-cache}, no
 * {@code Last-Modified}), so the next request gets the full description once they are written.
 */
final class DescriptionServlet extends HttpServlet {
    static final String PATH = "/.well-known/void";
    private final Site site;
    private final Dumps dumps;

    DescriptionServlet(Site site, Dumps dumps) {
        this.site = site;
        this.dumps = dumps;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String server = site.publicUrl().of(req, resp);
        dumps.writeInBackground();
        Map<Dumps.Dump, Dumps.Written> written = new EnumMap<>(Dumps.Dump.class);
        for (Dumps.Dump d : Dumps.Dump.values()) {
            dumps.ready(d).ifPresent(w -> written.put(d, w));
        }
        Site.View view = site.view(); // class counts, entities and sizes of one state of the data
        Graph g = DatasetDescription.voidGraph(server, site.iris().base(), view.terms(), view.sizes(),
                new DatasetDescription.Published(view.loaded(), view.stats().entities(), written));
        boolean complete = written.size() == Dumps.Dump.values().length;
        sendGraph(req, resp, g, site, server, NodeFactory.createURI(server + PATH), NodeFactory.createURI(server + PATH + "#dataset"),
                complete);
    }

    static void sendGraph(HttpServletRequest req, HttpServletResponse resp, Graph g, Site site, String server,
            Node doc, Node topic) throws IOException {
        sendGraph(req, resp, g, site, server, doc, topic, true);
    }

    /**
     * Sends a description in the format {@code ?output=} names, else the one Accept prefers (Turtle
     * when none); it states itself as a document about {@code topic} ({@link EntityDocument#selfDescription});
     * not {@code complete}, it is sent as provisional.
     */
    static void sendGraph(HttpServletRequest req, HttpServletResponse resp, Graph g, Site site, String server,
            Node doc, Node topic, boolean complete) throws IOException {
        DocFormat format = java.util.Optional.ofNullable(req.getParameter("output")).flatMap(DocFormat::byName)
                .filter(DocFormat.TRIPLES::contains)
                .or(() -> AcceptHeader.choose(req.getHeader("Accept"), DocFormat.TRIPLES))
                .orElse(DocFormat.TURTLE);
        send(req, resp, g, site, server, doc, topic, format, complete);
    }

    /** Sends a description in {@code format}, stating itself as a document about {@code topic}. */
    static void send(HttpServletRequest req, HttpServletResponse resp, Graph g, Site site, String server,
            Node doc, Node topic, DocFormat format) throws IOException {
        send(req, resp, g, site, server, doc, topic, format, true);
    }

    private static void send(HttpServletRequest req, HttpServletResponse resp, Graph g, Site site, String server,
            Node doc, Node topic, DocFormat format, boolean complete) throws IOException {
        EntityDocument.selfDescription(g, doc, topic, site.loaded());
        String body = format == DocFormat.JSONLD
                ? site.jsonLdWriter(server).write(g, topic)
                : EntityDocument.write(g, format.rdfFormat().orElseThrow());
        PublicUrl.addVary(resp, "Accept");
        if (complete) {
            CachedResponse.send(req, resp, body, format.contentType(), true, site.loaded());
        } else {
            CachedResponse.sendProvisional(req, resp, Rendered.of(body), format.contentType(), true);
        }
    }
}
