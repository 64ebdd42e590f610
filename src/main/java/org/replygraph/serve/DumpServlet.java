package org.replygraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /dump.ttl}, {@code /dump.nt.gz}, {@code /dump.nq.gz}, {@code /dump.trig.gz} ({@link Dumps}):
 * sent from the written file with its real {@code Content-Length} (on HEAD too), a strong
 * {@code ETag}, {@code Last-Modified}, and one byte range when asked ({@code Range: bytes=0-99} gives
 * {@code 206} with {@code Content-Range: bytes 0-99/LENGTH}; a range past the end {@code 416} with
 * {@code Content-Range: bytes *}{@code /LENGTH}; several ranges, or an {@code If-Range} that no longer
 * matches, the whole file), so an interrupted download resumes ({@code curl -C -}).
 */
final class DumpServlet extends HttpServlet {
    /** {@code bytes=FIRST-[LAST]} or {@code bytes=-SUFFIX}: one range; anything else is ignored (RFC 9110 §14.2). */
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");
    private final Site site;
    private final Dumps dumps;

    DumpServlet(Site site, Dumps dumps) {
        this.site = site;
        this.dumps = dumps;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Dumps.Dump> dump = Dumps.Dump.byPath(req.getServletPath());
        if (dump.isEmpty()) {
            ErrorPage.notFound(req, resp, "No dump at " + req.getServletPath());
            return;
        }
        Dumps.Written w = dumps.get(dump.get());
        resp.setDateHeader("Last-Modified", w.version().toEpochMilli());
        resp.setHeader("ETag", w.etag());
        resp.setHeader("Accept-Ranges", "bytes");
        resp.setHeader("Cache-Control", "public, max-age=60");
        if (CachedResponse.notModified(req, w.etag(), w.version())) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(dump.get().contentType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"replygraph" + dump.get().path.substring("/dump".length()) + "\"");
        long from = 0;
        long length = w.length();
        String range = req.getHeader("Range");
        String ifRange = req.getHeader("If-Range");
        boolean rangeApplies = range != null && (ifRange == null || ifRange.trim().equals(w.etag()));
        Matcher m = rangeApplies ? RANGE.matcher(range.trim()) : null;
        if (m != null && m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
            long first;
            long last;
            if (m.group(1).isEmpty()) { // the last N bytes
                long suffix = Long.parseLong(m.group(2));
                first = Math.max(0, w.length() - suffix);
                last = w.length() - 1;
                if (suffix == 0) first = w.length(); // "bytes=-0" asks nothing: unsatisfiable
            } else {
                first = Long.parseLong(m.group(1));
                last = m.group(2).isEmpty() ? w.length() - 1 : Math.min(Long.parseLong(m.group(2)), w.length() - 1);
                if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < first) {
                    first = -1; // last before first: not a valid range, so ignored
                }
            }
            if (first >= 0) {
                if (first >= w.length()) {
                    resp.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                    resp.setHeader("Content-Range", "bytes */" + w.length());
                    resp.setContentLength(0);
                    return;
                }
                from = first;
                length = last - first + 1;
                resp.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                resp.setHeader("Content-Range", "bytes " + first + "-" + last + "/" + w.length());
            }
        }
        resp.setContentLengthLong(length);
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        try (InputStream in = Files.newInputStream(w.file())) {
            in.skipNBytes(from);
            OutputStream out = resp.getOutputStream();
            byte[] buf = new byte[1 << 16];
            long left = length;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) break;
                out.write(buf, 0, n);
                left -= n;
            }
        }
    }
}
