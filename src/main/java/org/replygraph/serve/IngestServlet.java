package org.replygraph.serve;

import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.jena.graph.NodeFactory;
import org.replygraph.graph.store.StoreIngest;

/**
 * {@code POST /ingest?name=FILE.txt} with the letter's bytes as the body and
 * {@code Authorization: Bearer TOKEN}: builds the letter into the served store in one write transaction
 * while pages and SPARQL go on answering from the last commit (TDB2 MVCC). 201 with the new page's
 * {@code Location} when added, 200 when replaced or unchanged, 422 when the letter cannot be read,
 * 400 for a bad name, 401 without a token, 403 with a wrong one, 413 past {@value #MAX_BYTES} bytes.
 * <pre>
 * curl -H "Authorization: Bearer $TOKEN" --data-binary @c200.txt "http://localhost:3030/ingest?name=c200.txt"
 * {"file":"c200.txt","status":"added","iri":"https://w3id.org/replygraph/id/doc/c200-txt-…","page":"/id/doc/c200-txt-…"}
 * </pre>
 */
final class IngestServlet extends HttpServlet {
    /** Letters are a few KB; a reply with annexes a few hundred. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private final transient Site site;
    private final transient StoreIngest ingest;
    private final byte[] token;

    IngestServlet(Site site, Ingest ingest) {
        this.site = site;
        this.ingest = ingest.ingest();
        this.token = ingest.token().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String auth = req.getHeader("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"replygraph ingest\"");
            send(resp, 401, error("ingest needs Authorization: Bearer TOKEN"));
            return;
        }
        // Constant time: a wrong token must not tell how much of it was right.
        if (!MessageDigest.isEqual(token, auth.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8))) {
            send(resp, 403, error("wrong ingest token"));
            return;
        }
        String name = req.getParameter("name");
        if (!StoreIngest.isLetterName(name)) {
            send(resp, 400, error("name=FILE must name a letter: no folder part, ending in .txt, .html or .htm"));
            return;
        }
        if (req.getContentLengthLong() > MAX_BYTES) {
            send(resp, 413, error("a letter is at most " + MAX_BYTES + " bytes"));
            return;
        }
        byte[] bytes;
        try (InputStream in = req.getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            send(resp, 413, error("a letter is at most " + MAX_BYTES + " bytes"));
            return;
        }
        // The commit and the new figures are one step for the pages that show counts (Site.inView).
        StoreIngest.Result r = site.changing(() -> {
            StoreIngest.Result done = ingest.ingest(name, bytes);
            if (done.status() == StoreIngest.Status.ADDED || done.status() == StoreIngest.Status.REPLACED) {
                site.search().update(ingest.dataset(), done.changed());
                site.dataChanged(done.changed());
            }
            return done;
        });
        JsonObject o = new JsonObject();
        o.addProperty("file", r.fileName());
        o.addProperty("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        if (r.iri() != null) {
            o.addProperty("iri", r.iri());
            site.iris().path(NodeFactory.createURI(r.iri())).ifPresent(p -> o.addProperty("page", p));
        }
        // A reading problem ("empty file (0 bytes)") helps the sender; an extraction bug's text names classes.
        if (r.reason() != null)
            o.addProperty("reason", r.reason().startsWith("cannot extract") ? "cannot extract this letter" : r.reason());
        int status = switch (r.status()) {
            case ADDED -> 201;
            case REPLACED, UNCHANGED -> 200;
            case FAILED -> 422;
        };
        if (status == 201 && o.has("page")) resp.setHeader("Location", o.get("page").getAsString());
        send(resp, status, o.toString());
    }

    private static String error(String message) {
        JsonObject o = new JsonObject();
        o.addProperty("error", message);
        return o.toString();
    }

    private static void send(HttpServletResponse resp, int status, String json) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    /** What {@code /ingest} needs: the store's ingest and the token callers must present. */
    record Ingest(StoreIngest ingest, String token) {
        Ingest {
            if (token == null || token.length() < 16)
                throw new IllegalArgumentException("Illegal ingest token : it must be at least 16 characters");
        }
    }
}
