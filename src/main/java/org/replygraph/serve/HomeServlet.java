package org.replygraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /} (and {@code /?page=2} for more letters and agencies; 400 for a bad number, 404 past the last): the home page; any other path no handler took is a 404. */
final class HomeServlet extends HttpServlet {
    private final Site site;
    private final HomePage home;

    HomeServlet(Site site) {
        this.site = site;
        this.home = new HomePage(site.iris(), site.vocabulary());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.equals("/") && !path.isEmpty()) {
            ErrorPage.notFound(req, resp, "Nothing at " + path);
            return;
        }
        int page;
        try {
            page = Paging.parse(req.getParameter("page"));
        } catch (Paging.BadPageNumber e) {
            ErrorPage.badRequest(req, resp, e.getMessage(), Alternates.DATASET);
            return;
        }
        Rendered body;
        Site.View view = site.view(); // one state of the figures for the whole page, and its cache
        try {
            body = view.cache().get("home|" + page, () -> site.read(() -> home.render(site.descriptions(), view.stats(), view.classes(), page)));
        } catch (Paging.PastLastPage e) {
            ErrorPage.notFound(req, resp, e.getMessage(), Alternates.DATASET);
            return;
        }
        Alternates.header(resp, Alternates.DATASET);
        CachedResponse.send(req, resp, body, "text/html;charset=utf-8", false, view.loaded());
    }
}
