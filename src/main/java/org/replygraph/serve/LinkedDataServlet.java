package org.replygraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * {@code /id/X} for the entity {@code <BASE>X}: 303 See Other to {@code /id/X.html}, {@code .ttl},
 * {@code .nt}, {@code .jsonld}, {@code .rdf}, {@code .nq} or {@code .trig} by the Accept header
 * ({@link DocFormat}: {@code text/plain} is N-Triples, {@code text/n3} Turtle, {@code application/json}
 * JSON-LD); the documents themselves directly or as {@code /id/X?output=ttl}; 404 for an entity the
 * data does not know. N-Quads and TriG put each triple in the named graph of every letter that states
 * it. Every answer names the other formats in a {@code Link} header ({@link Alternates}). {@code ?page=N}
 * pages every list of the HTML page and the inbound links of the RDF documents: 400 when N is no
 * page number, 404 past the last page. Rendered bodies come from the site's single-flight cache.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final List<DocFormat> OFFERED = List.of(DocFormat.values());
    private final Site site;
    private final EntityPage pages;

    LinkedDataServlet(Site site) {
        this.site = site;
        this.pages = new EntityPage(site.iris(), site.vocabulary());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String raw = req.getRequestURI().substring(req.getContextPath().length() + EntityIris.PATH_PREFIX.length());
        Optional<Resolved> found = site.read(() -> resolve(raw));
        if (found.isEmpty()) {
            ErrorPage.notFound(req, resp, "No entity at " + java.net.URLDecoder.decode(raw.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        Resolved r = found.get();
        Optional<DocFormat> format = r.format().or(() -> Optional.ofNullable(req.getParameter("output"))
                .flatMap(DocFormat::byName));
        if (format.isEmpty()) {
            redirect(req, resp, r);
            return;
        }
        int page;
        try {
            page = Paging.parse(req.getParameter("page"));
        } catch (Paging.BadPageNumber e) {
            ErrorPage.badRequest(req, resp, e.getMessage(), pages.alternates(r.entity()));
            return;
        }
        // The JSON-LD names its context by the advertised address, which a TLS proxy may upgrade.
        String server = format.get() == DocFormat.JSONLD ? site.publicUrl().of(req, resp) : "";
        String key = r.entity().getURI() + "|" + format.get().extension() + "|" + page + "|" + server;
        Rendered body;
        try {
            body = site.cache().get(key, () -> site.read(() -> render(r.entity(), format.get(), page, server)));
        } catch (Paging.PastLastPage e) {
            ErrorPage.notFound(req, resp, e.getMessage(), pages.alternates(r.entity()));
            return;
        }
        PublicUrl.addVary(resp, "Accept");
        Alternates.header(resp, pages.alternates(r.entity()));
        CachedResponse.send(req, resp, body, format.get().contentType(), format.get().isData(), site.loaded());
    }

    private record Resolved(Node entity, String path, Optional<DocFormat> format) { }

    /** The entity a path names, with the format its extension asks for; tries the whole path first. */
    private Optional<Resolved> resolve(String raw) {
        Graph union = site.dataset().getUnionGraph();
        for (Node candidate : site.iris().candidates(raw)) {
            if (EntityDocument.exists(union, candidate)) {
                return Optional.of(new Resolved(candidate, raw, Optional.empty()));
            }
        }
        int dot = raw.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        Optional<DocFormat> format = DocFormat.byName(raw.substring(dot + 1));
        if (format.isEmpty() || !format.get().extension().equals(raw.substring(dot + 1))) {
            return Optional.empty();
        }
        String stem = raw.substring(0, dot);
        for (Node candidate : site.iris().candidates(stem)) {
            if (EntityDocument.exists(union, candidate)) {
                return Optional.of(new Resolved(candidate, stem, format));
            }
        }
        return Optional.empty();
    }

    private void redirect(HttpServletRequest req, HttpServletResponse resp, Resolved r) throws IOException {
        String rawPath = r.path();
        Optional<DocFormat> chosen = AcceptHeader.choose(req.getHeader("Accept"), OFFERED);
        resp.setHeader("Vary", "Accept");
        if (chosen.isEmpty()) {
            // A plain-text body of our own: Jetty's error page would negotiate itself away too.
            resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            resp.setContentType("text/plain;charset=utf-8");
            resp.getWriter().write("None of " + String.join(", ", OFFERED.stream().map(DocFormat::extension).toList())
                    + " is acceptable to Accept: " + req.getHeader("Accept"));
            return;
        }
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", req.getContextPath() + EntityIris.PATH_PREFIX + rawPath + "." + chosen.get().extension());
        resp.setHeader("Access-Control-Allow-Origin", "*");
        Alternates.header(resp, pages.alternates(r.entity()));
    }

    private String render(Node entity, DocFormat format, int page, String server) {
        if (format == DocFormat.HTML) {
            return pages.render(site.descriptions(), entity, page);
        }
        Graph doc = EntityDocument.describe(site.descriptions(), entity, site.iris().base(),
                site.vocabulary().properties(), format.extension(), page, site.loaded());
        return switch (format) {
            case JSONLD -> site.jsonLdWriter(server).write(doc, entity);
            case NQUADS, TRIG -> EntityDocument.write(EntityDocument.quads(doc, site.dataset()), format.rdfFormat().orElseThrow());
            default -> EntityDocument.write(doc, format.rdfFormat().orElseThrow());
        };
    }
}
