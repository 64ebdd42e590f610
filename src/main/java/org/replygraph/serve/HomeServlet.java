package org.replygraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /} (and {@code /?page=2} for more letters): the home page; any other path no handler took is a 404. */
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
            NotFound.send(req, resp, "Nothing at " + path);
            return;
        }
        int page = pageNumber(req.getParameter("page"));
        String body = site.read(() -> home.render(site.dataset().getUnionGraph(), site.stats(), page));
        CachedResponse.send(req, resp, body, "text/html;charset=utf-8", false, site.loaded());
    }

    private static int pageNumber(String page) {
        return page != null && page.matches("[0-9]{1,6}") ? Integer.parseInt(page) : 1;
    }
}
