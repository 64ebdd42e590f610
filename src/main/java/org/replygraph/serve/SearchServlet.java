package org.replygraph.serve;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.replygraph.graph.RG;
import org.replygraph.index.SearchIndex;

/**
 * {@code /search?q=增材&page=2}: label search over the Lucene index, {@value #PAGE_SIZE} hits a page
 * with the total and each hit's class, as HTML ({@code search.mustache}), or as JSON with {@code format=json} or
 * {@code Accept: application/json} (what the search box's autocomplete asks, with {@code limit=10}):
 * {@code {"query":"增材","total":6,"page":1,"pages":1,"results":[{"iri":…,"href":…,"label":…,"matched":…,
 * "class":…,"types":[…],"context":"陕西省工业和信息化厅 · 2021-07-04"}]}}: each hit with its class and a line of
 * context (agency, date and number for letters, number for proposals, kind and level for centres).
 * A page number that is none is 400, a page past the last 404.
 */
final class SearchServlet extends HttpServlet {
    static final int PAGE_SIZE = 20;
    private static final int MAX_LIMIT = 50;
    private static final com.google.gson.Gson GSON = new com.google.gson.Gson();
    private final Site site;

    private final ClassPaths classPaths;

    SearchServlet(Site site) {
        this.site = site;
        this.classPaths = new ClassPaths(org.replygraph.graph.Prefixes.of(site.iris().base()));
    }

    private record Shown(SearchIndex.Hit hit, String label, Optional<Node> type, String context) { }

    /** What a hit's line of context shows, first value of each: who, when, which number, what kind, what level. */
    static final List<Node> CONTEXT = List.of(RG.issuedBy, RG.dctDate, RG.documentNumber, RG.proposalNumber,
            RG.centreKind, RG.centreLevel);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q");
        int size = limit(req.getParameter("limit"));
        int page;
        try {
            page = Paging.parse(req.getParameter("page"));
        } catch (Paging.BadPageNumber e) {
            ErrorPage.badRequest(req, resp, e.getMessage(), Alternates.search(q));
            return;
        }
        long offset = (long) (page - 1) * size;
        if (offset > SearchIndex.MAX_OFFSET) {
            ErrorPage.notFound(req, resp, "No page " + page + " of search results: paging stops after " + SearchIndex.MAX_OFFSET + " hits",
                    Alternates.search(q));
            return;
        }
        boolean json = wantsJson(req);
        resp.setHeader("Vary", "Accept");
        Rendered body;
        try {
            // Cached like the other pages (bounded in bytes, single-flight, dropped when the data changes):
            // a popular query is looked up and rendered once, not once per client.
            body = site.cache().get("search|" + (json ? "json" : "html") + "|" + size + "|" + page + "|" + q,
                    () -> render(q, (int) offset, size, page, json));
        } catch (NoSuchPage e) {
            ErrorPage.notFound(req, resp, e.getMessage(), Alternates.search(q));
            return;
        }
        if (!json) Alternates.header(resp, Alternates.search(q));
        CachedResponse.send(req, resp, body, json ? "application/json;charset=utf-8" : "text/html;charset=utf-8", json, site.loaded());
    }

    /** A page past the last of the results. */
    private static final class NoSuchPage extends RuntimeException {
        NoSuchPage(String message) {
            super(message, null, false, false);
        }
    }

    private String render(String q, int offset, int size, int page, boolean json) {
        SearchIndex.Page found = site.search().search(q, offset, size);
        int pages = (int) Math.max(1, (found.total() + size - 1) / size);
        if (page > pages) {
            throw new NoSuchPage("No page " + page + " of search results for " + q + ": the last page is " + pages);
        }
        List<Shown> shown = site.read(() -> {
            Labels labels = new Labels(site.descriptions());
            return found.hits().stream().map(h -> new Shown(h, labels.label(h.node()), mainType(h.types()),
                    context(labels, h.node()))).toList();
        });
        return json ? json(q, found.total(), page, pages, shown) : html(q, found.total(), page, pages, size, shown);
    }

    static boolean wantsJson(HttpServletRequest req) {
        if ("json".equalsIgnoreCase(req.getParameter("format"))) {
            return true;
        }
        String accept = req.getHeader("Accept");
        return accept != null && AcceptHeader.quality(accept, "application/json")
                > AcceptHeader.quality(accept, "text/html");
    }

    /** The class to show: one of the project's own (rg:Agency before org:Organization), by IRI. */
    private static Optional<Node> mainType(List<Node> types) {
        return types.stream().min(Comparator.comparing((Node t) -> t.getURI().startsWith("https://w3id.org/replygraph/ns#") ? 0 : 1)
                .thenComparing(Node::getURI));
    }

    /** "陕西省工业和信息化厅 · 2021-07-04 · 陕工信函〔2021〕154号" for a letter, kind and level for a centre. */
    private static String context(Labels labels, Node node) {
        org.apache.jena.graph.Graph g = labels.descriptions().of(node);
        java.util.StringJoiner line = new java.util.StringJoiner(" · ");
        for (Node p : CONTEXT) {
            var it = g.find(node, p, Node.ANY);
            try {
                if (it.hasNext()) {
                    line.add(labels.label(it.next().getObject()));
                }
            } finally {
                it.close();
            }
        }
        return line.toString();
    }

    private String className(Optional<Node> type) {
        return type.map(t -> site.vocabulary().label(t, Labels.HANS).or(() -> site.vocabulary().label(t, "en"))
                .orElse(Labels.tail(t))).orElse("");
    }

    private String json(String q, long total, int page, int pages, List<Shown> shown) {
        JsonObject root = new JsonObject();
        root.addProperty("query", q);
        root.addProperty("total", total);
        root.addProperty("page", page);
        root.addProperty("pages", pages);
        JsonArray results = new JsonArray();
        for (Shown s : shown) {
            JsonObject o = new JsonObject();
            o.addProperty("iri", s.hit().node().getURI());
            o.addProperty("href", site.iris().href(s.hit().node()));
            o.addProperty("label", s.label());
            o.addProperty("matched", s.hit().matched());
            o.addProperty("class", className(s.type()));
            o.addProperty("context", s.context());
            JsonArray types = new JsonArray();
            s.hit().types().forEach(t -> types.add(t.getURI()));
            o.add("types", types);
            results.add(o);
        }
        root.add("results", results);
        // Gson's HTML-safe writer: < > & = ' as \u003c…, U+2028/2029 escaped, so a label cannot end a script block.
        return GSON.toJson(root);
    }

    /** What {@code search.mustache} shows: the query, the total, which hits ({@code range} when paged), the hits. */
    record View(String q, long total, String range, int start, List<HitView> hits, Optional<Pager> pager) { }

    /**
     * A hit: a link to it, its class (a link to the class page when it has one), the words that matched
     * when they are not its label, and its line of context.
     */
    record HitView(Link link, Link type, String matched, String context) { }

    private String html(String q, long total, int page, int pages, int size, List<Shown> shown) {
        List<HitView> hits = new java.util.ArrayList<>();
        for (Shown s : shown) {
            Link type = s.type().map(t -> new Link(classPaths.path(t).filter(Html::linkable).orElse(null), className(s.type())))
                    .orElse(null);
            hits.add(new HitView(Link.of(site.iris().href(s.hit().node()), s.label()), type,
                    s.hit().matched().equals(s.label()) ? null : s.hit().matched(), s.context()));
        }
        int start = (page - 1) * size + 1;
        View view = new View(q, total, pages > 1 ? start + "–" + ((page - 1) * size + shown.size()) : null, start, hits,
                Pager.of("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + (size == PAGE_SIZE ? "" : "&limit=" + size)
                        + "&page=", page, pages, ""));
        return Templates.bundled().page("search", "搜索 " + q, Alternates.search(q), view);
    }

    private static int limit(String param) {
        if (param == null || !param.matches("[0-9]{1,4}")) {
            return PAGE_SIZE;
        }
        return Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(param)));
    }
}
