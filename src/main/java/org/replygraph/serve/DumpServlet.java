package org.replygraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * {@code /dump.ttl}, {@code /dump.nt.gz} (the default graph: the union of the letters' graphs, the
 * ontology NOT included) and {@code /dump.nq.gz} (every named graph, the ontology's
 * {@code <https://w3id.org/replygraph/ns>} included): streamed to the response one named graph at a
 * time, never built whole in memory.
 */
final class DumpServlet extends HttpServlet {
    private final Site site;

    DumpServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath();
        boolean quads = path.endsWith(".nq.gz");
        boolean gzip = path.endsWith(".gz");
        resp.setDateHeader("Last-Modified", site.loaded().toEpochMilli());
        resp.setHeader("Access-Control-Allow-Origin", "*");
        long ims = req.getDateHeader("If-Modified-Since");
        if (ims >= 0 && site.loaded().toEpochMilli() <= ims) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(gzip ? "application/gzip" : DocFormat.TURTLE.contentType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"replygraph" + path.substring(path.indexOf('.')) + "\"");
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        OutputStream out = gzip ? new GZIPOutputStream(resp.getOutputStream(), 1 << 16) : resp.getOutputStream();
        RDFFormat format = quads ? RDFFormat.NQUADS_UTF8 : gzip ? RDFFormat.NTRIPLES_UTF8 : RDFFormat.TURTLE_BLOCKS;
        try {
            site.read(() -> {
                stream(StreamRDFWriter.getWriterStream(out, format), quads);
                return null;
            });
            out.flush();
            if (out instanceof GZIPOutputStream gz) {
                gz.finish();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Graph by graph in IRI order, each graph's triples in N-Triples order, so the same data gives
     * the same bytes. The union dumps emit a triple from the first graph that holds it, found by an
     * index lookup, so nothing but one graph's triples is ever held in memory.
     */
    private void stream(StreamRDF stream, boolean quads) {
        stream.start();
        if (!quads) {
            StreamRDFOps.sendPrefixesToStream(org.replygraph.graph.Prefixes.of(site.iris().base()), stream);
        }
        DatasetGraph data = site.dataset();
        List<Node> graphs = new ArrayList<>();
        data.listGraphNodes().forEachRemaining(graphs::add);
        // By N-Triples form, not getURI(): a graph named by a blank node (valid N-Quads) has no URI.
        graphs.sort(Comparator.comparing(NodeFmtLib::strNT));
        for (Node g : graphs) {
            if (!quads && g.equals(Vocabulary.GRAPH)) {
                continue; // the default graph is the letters' union; the ontology is a graph apart
            }
            List<Triple> triples = data.getGraph(g).find().toList();
            triples.sort(Comparator.comparing(DumpServlet::ntriples));
            for (Triple t : triples) {
                if (quads) {
                    stream.quad(Quad.create(g, t));
                } else if (firstHolder(data, t).equals(g)) {
                    stream.triple(t);
                }
            }
        }
        stream.finish();
    }

    private static Node firstHolder(DatasetGraph data, Triple t) {
        Node first = null;
        var it = data.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            boolean letters = !Quad.isDefaultGraph(g) && !g.equals(Vocabulary.GRAPH);
            if (letters && (first == null || NodeFmtLib.strNT(g).compareTo(NodeFmtLib.strNT(first)) < 0)) {
                first = g;
            }
        }
        return first;
    }

    private static String ntriples(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + ' ' + NodeFmtLib.strNT(t.getPredicate()) + ' ' + NodeFmtLib.strNT(t.getObject());
    }
}
