package org.replygraph.serve;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code /search?q=增材}: label search as an HTML list, or as JSON with {@code format=json} or
 * {@code Accept: application/json}: {@code {"query":"增材","results":[{"iri":…,"href":…,"label":…,"matched":…}]}}.
 */
final class SearchServlet extends HttpServlet {
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;
    private static final com.google.gson.Gson GSON = new com.google.gson.Gson();
    private final Site site;

    SearchServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q");
        int limit = limit(req.getParameter("limit"));
        List<SearchIndex.Hit> hits = site.read(() ->
                site.search().search(q, limit, new Labels(site.dataset().getUnionGraph())));
        resp.setHeader("Vary", "Accept");
        if (wantsJson(req)) {
            CachedResponse.send(req, resp, json(q, hits), "application/json;charset=utf-8", true, site.loaded());
        } else {
            CachedResponse.send(req, resp, html(q, hits), "text/html;charset=utf-8", false, site.loaded());
        }
    }

    static boolean wantsJson(HttpServletRequest req) {
        if ("json".equalsIgnoreCase(req.getParameter("format"))) {
            return true;
        }
        String accept = req.getHeader("Accept");
        return accept != null && AcceptHeader.quality(accept, "application/json")
                > AcceptHeader.quality(accept, "text/html");
    }

    private String json(String q, List<SearchIndex.Hit> hits) {
        JsonObject root = new JsonObject();
        root.addProperty("query", q);
        JsonArray results = new JsonArray();
        for (SearchIndex.Hit h : hits) {
            JsonObject o = new JsonObject();
            o.addProperty("iri", h.node().getURI());
            o.addProperty("href", site.iris().href(h.node()));
            o.addProperty("label", h.label());
            o.addProperty("matched", h.matched());
            results.add(o);
        }
        root.add("results", results);
        // Gson's HTML-safe writer: < > & = ' as \u003c…, U+2028/2029 escaped, so a label cannot end a script block.
        return GSON.toJson(root);
    }

    private String html(String q, List<SearchIndex.Hit> hits) {
        StringBuilder sb = new StringBuilder("<h1>搜索 Search: ").append(Html.escape(q)).append("</h1>")
                .append("<p>").append(hits.size()).append(" results</p><ol class=\"results\">");
        for (SearchIndex.Hit h : hits) {
            sb.append("<li>").append(Html.link(site.iris().href(h.node()), h.label()));
            if (!h.matched().equals(h.label())) {
                sb.append(" <span class=\"lang\">").append(Html.escape(h.matched())).append("</span>");
            }
            sb.append("</li>");
        }
        return PageLayout.page("搜索 " + q, sb.append("</ol>").toString());
    }

    private static int limit(String param) {
        if (param == null || !param.matches("[0-9]{1,4}")) {
            return DEFAULT_LIMIT;
        }
        return Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(param)));
    }
}
