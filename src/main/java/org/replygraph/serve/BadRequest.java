package org.replygraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A 400 page that says what was wrong, e.g. "Illegal page=x : page must be a number from 1 to 999999". */
final class BadRequest {
    private BadRequest() { }

    static void send(HttpServletRequest req, HttpServletResponse resp, String message) throws IOException {
        byte[] body = PageLayout.page("400", "<h1>400</h1><p>" + Html.escape(message) + "</p>")
                .getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        resp.setContentType("text/html;charset=utf-8");
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }
}
