package org.replygraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * {@code /static/site.css}, {@code /static/search.js}, {@code /static/query.js}: the pages' style and
 * scripts as files of their own (from the jar's {@code serve/static/}), so the Content-Security-Policy
 * can forbid inline code. A fixed list: no path from the request reaches the class path.
 */
final class StaticServlet extends HttpServlet {
    static final String PREFIX = "/static/";
    private static final Map<String, String> TYPES = Map.of(
            "site.css", "text/css;charset=utf-8",
            "search.js", "text/javascript;charset=utf-8",
            "query.js", "text/javascript;charset=utf-8");
    private final Map<String, Rendered> files;
    private final Instant loaded = Instant.now();

    StaticServlet() {
        this.files = Map.of("site.css", load("site.css"), "search.js", load("search.js"), "query.js", load("query.js"));
    }

    private static Rendered load(String name) {
        try (InputStream in = StaticServlet.class.getResourceAsStream("/serve/static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource serve/static/" + name + " in the jar");
            }
            return Rendered.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getRequestURI().substring(req.getContextPath().length() + PREFIX.length());
        Rendered file = files.get(name);
        if (file == null) {
            ErrorPage.notFound(req, resp, "Nothing at " + PREFIX + name);
            return;
        }
        CachedResponse.send(req, resp, file, TYPES.get(name), false, loaded, 86400);
    }
}
