package org.replygraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * Sends a rendered body with validators: a strong ETag from the bytes, Last-Modified from the
 * load time, 304 on a matching If-None-Match (or, without it, an If-Modified-Since not older than
 * the load), CORS for data formats. HEAD gets the headers without the body.
 */
final class CachedResponse {
    private CachedResponse() { }

    static void send(HttpServletRequest req, HttpServletResponse resp, String body, String contentType,
            boolean cors, Instant lastModified) throws IOException {
        send(req, resp, Rendered.of(body), contentType, cors, lastModified);
    }

    static void send(HttpServletRequest req, HttpServletResponse resp, Rendered rendered, String contentType,
            boolean cors, Instant lastModified) throws IOException {
        send(req, resp, rendered, contentType, cors, lastModified, 60);
    }

    /** As above, cacheable for {@code maxAgeSeconds} (the pages' style and scripts for a day). */
    static void send(HttpServletRequest req, HttpServletResponse resp, Rendered rendered, String contentType,
            boolean cors, Instant lastModified, int maxAgeSeconds) throws IOException {
        byte[] bytes = rendered.body();
        String etag = rendered.etag();
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        resp.setHeader("Cache-Control", "public, max-age=" + maxAgeSeconds);
        if (cors) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
        }
        if (notModified(req, etag, lastModified)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(contentType);
        resp.setContentLength(bytes.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(bytes);
        }
    }

    /**
     * Sends a body that a later request will replace (VoID while the dumps are being written):
     * {@code Cache-Control: no-cache} so every use asks again, a strong ETag from these bytes (304 only
     * for exactly them; the complete body has another), and no {@code Last-Modified}, so an
     * {@code If-Modified-Since} never keeps a client on it.
     */
    static void sendProvisional(HttpServletRequest req, HttpServletResponse resp, Rendered rendered, String contentType,
            boolean cors) throws IOException {
        byte[] bytes = rendered.body();
        String etag = rendered.etag();
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "no-cache");
        if (cors) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
        }
        if (req.getHeader("If-None-Match") != null && notModified(req, etag, Instant.MAX)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(contentType);
        resp.setContentLength(bytes.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(bytes);
        }
    }

    static boolean notModified(HttpServletRequest req, String etag, Instant lastModified) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) {
            for (String tag : inm.split(",")) {
                String t = tag.trim();
                if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        long ims;
        try {
            ims = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false; // an unreadable date is ignored, as RFC 9110 §13.1.3 says
        }
        return ims >= 0 && lastModified.toEpochMilli() <= ims;
    }
}
