package org.replygraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The server's address in what it advertises (VoID, service description, JSON-LD {@code @context},
 * dumps): the configured {@code --public-url}, never the request's Host header (issue 10: a forged
 * Host must not end up in a cached answer). One thing a request may change: behind a TLS proxy that
 * sends {@code X-Forwarded-Proto: https}, an {@code http://} public URL is advertised as
 * {@code https://} with the same host, port and path, so a page served over TLS links nothing over
 * plain HTTP. The header can only upgrade the scheme (a forged one makes a client use TLS, nothing
 * else), and every answer that depends on it says {@code Vary: X-Forwarded-Proto}.
 * <pre>{@code
 * new PublicUrl(() -> "http://data.example.org").of(req);   // "https://data.example.org" behind TLS
 * }</pre>
 */
final class PublicUrl {
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    private final Supplier<String> configured;

    /** {@code configured}: the public URL without its final slash. */
    PublicUrl(Supplier<String> configured) {
        this.configured = configured;
    }

    /** The configured URL, upgraded to https when the proxy says the client used TLS. */
    String of(HttpServletRequest req) {
        String url = configured.get();
        return behindTls(req) && url.startsWith("http://") ? "https://" + url.substring("http://".length()) : url;
    }

    /** As {@link #of}, and marks the response as varying with the proxy's header. */
    String of(HttpServletRequest req, HttpServletResponse resp) {
        addVary(resp, FORWARDED_PROTO);
        return of(req);
    }

    /** The configured URL as it is (for what no request asks: the printed URLs). */
    String configured() {
        return configured.get();
    }

    private static boolean behindTls(HttpServletRequest req) {
        String proto = req.getHeader(FORWARDED_PROTO);
        if (proto == null) return false;
        int comma = proto.indexOf(','); // a chain of proxies: the first is the client's
        return (comma < 0 ? proto : proto.substring(0, comma)).trim().toLowerCase(Locale.ROOT).equals("https");
    }

    static void addVary(HttpServletResponse resp, String header) {
        String vary = resp.getHeader("Vary");
        if (vary == null || vary.isBlank()) {
            resp.setHeader("Vary", header);
        } else if (!vary.toLowerCase(Locale.ROOT).contains(header.toLowerCase(Locale.ROOT))) {
            resp.setHeader("Vary", vary + ", " + header);
        }
    }
}
