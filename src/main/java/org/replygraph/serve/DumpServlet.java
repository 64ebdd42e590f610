package org.replygraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * {@code /dump.ttl}, {@code /dump.nt.gz} (the union graph) and {@code /dump.nq.gz} (every named
 * graph): streamed triple by triple to the response, never built in memory.
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

    private void stream(StreamRDF stream, boolean quads) {
        stream.start();
        if (!quads) {
            StreamRDFOps.sendPrefixesToStream(org.replygraph.graph.Prefixes.of(site.iris().base()), stream);
            site.dataset().getUnionGraph().find().forEachRemaining(stream::triple);
        } else {
            site.dataset().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
        }
        stream.finish();
    }
}
