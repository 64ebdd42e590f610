package org.replygraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The vocabulary, dereferenceable: {@code /ns} answers with the ontology in the format Accept asks
 * (HTML for browsers, with {@code Content-Location} of the document sent), {@code /ns.html},
 * {@code /ns.ttl}, {@code .nt}, {@code .jsonld}, {@code .rdf} directly; the term IRIs
 * ({@code …/ns#issuedBy}) are fragments of it. {@code /context.jsonld} and {@code /ns/context.jsonld}
 * are the JSON-LD context ({@link JsonLdContext}).
 */
final class VocabularyServlet extends HttpServlet {
    static final String PATH = "/ns";
    static final List<DocFormat> OFFERED = List.of(DocFormat.HTML, DocFormat.TURTLE, DocFormat.NTRIPLES,
            DocFormat.JSONLD, DocFormat.RDFXML);
    private final Site site;

    VocabularyServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals(JsonLdContext.PATH) || path.equals(JsonLdContext.NS_PATH)) {
            CachedResponse.send(req, resp, Rendered.of(site.jsonLd().json()), JsonLdContext.MEDIA_TYPE + ";charset=utf-8", true,
                    site.loaded(), 3600);
            return;
        }
        Optional<DocFormat> format;
        if (path.equals(PATH)) {
            format = AcceptHeader.choose(req.getHeader("Accept"), OFFERED);
            PublicUrl.addVary(resp, "Accept");
            if (format.isEmpty()) {
                PlainError.send(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "None of html, ttl, nt, jsonld, rdf is acceptable to Accept: "
                        + req.getHeader("Accept"));
                return;
            }
            resp.setHeader("Content-Location", PATH + "." + format.get().extension());
        } else {
            format = path.startsWith(PATH + ".") ? DocFormat.byName(path.substring(PATH.length() + 1))
                    .filter(OFFERED::contains).filter(f -> path.endsWith("." + f.extension())) : Optional.empty();
            if (format.isEmpty()) {
                ErrorPage.notFound(req, resp, "Nothing at " + path);
                return;
            }
        }
        Alternates.header(resp, VocabularyPage.alternates());
        if (format.get() == DocFormat.HTML) {
            Site.View view = site.view();
            CachedResponse.send(req, resp, view.cache().get("ns|html", () -> site.read(() -> VocabularyPage.render(site.vocabulary(), view.terms()))),
                    "text/html;charset=utf-8", false, view.loaded());
            return;
        }
        String server = site.publicUrl().of(req, resp);
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(JsonLdContext.prefixes(site.iris().base()));
        site.vocabulary().graph().find().forEachRemaining(g::add);
        DescriptionServlet.send(req, resp, g, site, server, NodeFactory.createURI(server + PATH + "." + format.get().extension()),
                Vocabulary.GRAPH, format.get());
    }
}
