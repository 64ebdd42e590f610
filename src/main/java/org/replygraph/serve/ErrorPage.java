package org.replygraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A small HTML error page that says what was wrong, with the body left out for HEAD:
 * {@code ErrorPage.notFound(req, resp, "No entity at agency/不存在的单位")},
 * {@code ErrorPage.badRequest(req, resp, "Illegal page=x : page must be a number from 1 to 999999")}.
 */
final class ErrorPage {
    private ErrorPage() { }

    static void notFound(HttpServletRequest req, HttpServletResponse resp, String message) throws IOException {
        send(req, resp, HttpServletResponse.SC_NOT_FOUND, message);
    }

    static void badRequest(HttpServletRequest req, HttpServletResponse resp, String message) throws IOException {
        send(req, resp, HttpServletResponse.SC_BAD_REQUEST, message);
    }

    private static void send(HttpServletRequest req, HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = PageLayout.page(Integer.toString(status), "<h1>" + status + "</h1><p>" + Html.escape(message) + "</p>")
                .getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }
}
