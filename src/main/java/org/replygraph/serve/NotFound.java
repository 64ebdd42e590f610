package org.replygraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A 404 page that says what was not found, e.g. "No entity at agency/不存在的单位". */
final class NotFound {
    private NotFound() { }

    static void send(HttpServletRequest req, HttpServletResponse resp, String message) throws IOException {
        byte[] body = PageLayout.page("404", "<h1>404</h1><p>" + Html.escape(message) + "</p>")
                .getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        resp.setContentType("text/html;charset=utf-8");
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }
}
