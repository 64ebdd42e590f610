package org.replygraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * {@code /class/Agency?sort=letters&page=2}: a class's instances ({@link ClassPage}); 404 for a class
 * the data does not use or a page past the last, 400 for a page or sort that is none.
 */
final class ClassServlet extends HttpServlet {
    private final Site site;
    private final ClassPaths paths;
    private final ClassPage page;

    ClassServlet(Site site) {
        this.site = site;
        this.paths = new ClassPaths(org.replygraph.graph.Prefixes.of(site.iris().base()));
        this.page = new ClassPage(site.iris(), site.vocabulary(), paths);
    }

    /** The class pages' paths. */
    ClassPaths paths() {
        return paths;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String tail = req.getRequestURI().substring(req.getContextPath().length() + ClassPaths.PREFIX.length());
        Optional<Node> cls = paths.classOf(tail);
        if (cls.isEmpty() || !site.view().classes().counts().containsKey(cls.get())) {
            ErrorPage.notFound(req, resp, "No class " + tail + " in the data");
            return;
        }
        int n;
        ClassPage.Sort sort;
        try {
            n = Paging.parse(req.getParameter("page"));
            sort = ClassPage.Sort.parse(req.getParameter("sort"));
        } catch (Paging.BadPageNumber | ClassPage.BadSort e) {
            ErrorPage.badRequest(req, resp, e.getMessage(), Alternates.classInstances(cls.get()));
            return;
        }
        Rendered body;
        java.time.Instant loaded;
        try {
            // The class's instances (read from the data) and its count (the view's) of one state: made in the view
            // now, never between an ingest's commit and its new view.
            Made made = site.inView(v -> {
                ClassIndex index = v.classIndex(cls.get());
                return new Made(v.cache().get("class|" + cls.get().getURI() + "|" + sort.param + "|" + n,
                        () -> site.read(() -> page.render(site.descriptions(), index, sort, n))), v.loaded());
            });
            body = made.body();
            loaded = made.loaded();
        } catch (Paging.PastLastPage e) {
            ErrorPage.notFound(req, resp, e.getMessage(), Alternates.classInstances(cls.get()));
            return;
        } catch (ClassPage.BadSort e) {
            ErrorPage.badRequest(req, resp, e.getMessage(), Alternates.classInstances(cls.get()));
            return;
        }
        Alternates.header(resp, Alternates.classInstances(cls.get()));
        CachedResponse.send(req, resp, body, "text/html;charset=utf-8", false, loaded);
    }

    /** A class page and the Last-Modified of the view it was made in. */
    private record Made(Rendered body, java.time.Instant loaded) { }
}
