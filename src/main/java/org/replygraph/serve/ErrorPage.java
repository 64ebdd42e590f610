package org.replygraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A small HTML error page ({@code error.mustache}) that says what was wrong, with the body left out
 * for HEAD: {@code ErrorPage.notFound(req, resp, "No entity at agency/不存在的单位")},
 * {@code ErrorPage.badRequest(req, resp, "Illegal page=x : page must be a number from 1 to 999999",
 * alternates)}. When the thing asked for exists and only the page or sort is wrong
 * ({@code /id/agency/a.html?page=99}, {@code /class/Agency?sort=x}), the page links its data like the
 * page that was meant, in the head and the {@code Link} header; a path that names nothing has no
 * alternates, for there is no data to point to.
 */
final class ErrorPage {
    /** What {@code error.mustache} shows. */
    record View(int status, String message) { }

    private ErrorPage() { }

    static void notFound(HttpServletRequest req, HttpServletResponse resp, String message) throws IOException {
        send(req, resp, HttpServletResponse.SC_NOT_FOUND, message, List.of());
    }

    static void notFound(HttpServletRequest req, HttpServletResponse resp, String message,
            List<Alternates.Alternate> alternates) throws IOException {
        send(req, resp, HttpServletResponse.SC_NOT_FOUND, message, alternates);
    }

    static void badRequest(HttpServletRequest req, HttpServletResponse resp, String message) throws IOException {
        send(req, resp, HttpServletResponse.SC_BAD_REQUEST, message, List.of());
    }

    static void badRequest(HttpServletRequest req, HttpServletResponse resp, String message,
            List<Alternates.Alternate> alternates) throws IOException {
        send(req, resp, HttpServletResponse.SC_BAD_REQUEST, message, alternates);
    }

    /** The page's HTML: pure, tested without HTTP. */
    static String render(int status, String message, List<Alternates.Alternate> alternates) {
        return Templates.bundled().page("error", Integer.toString(status), alternates, new View(status, message));
    }

    private static void send(HttpServletRequest req, HttpServletResponse resp, int status, String message,
            List<Alternates.Alternate> alternates) throws IOException {
        byte[] body = render(status, message, alternates).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        Alternates.header(resp, alternates);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }
}
