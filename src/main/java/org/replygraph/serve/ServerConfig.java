package org.replygraph.serve;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.replygraph.graph.RG;

/**
 * How a {@link ReplyGraphServer} listens and names things.
 * <pre>{@code
 * ServerConfig config = ServerConfig.defaults().withPort(0);            // any free port
 * ServerConfig own = ServerConfig.defaults().withBaseIri("http://localhost:3030/id/");
 * ServerConfig open = ServerConfig.defaults().withHost("0.0.0.0").withPublicUrl("https://data.example.org/");
 * }</pre>
 * Listens on {@code localhost} unless told otherwise; SERVICE is refused unless its host is in
 * {@code serviceHosts}.
 *
 * @param port TCP port, 0 for a free one
 * @param baseIri namespace of entity IRIs; {@code <BASE>X} is served at {@code /id/X}
 * @param queriesDir folder of example {@code *.rq} queries for the query page; empty means the
 *        classpath {@code queries/}
 * @param outputBufferSize Jetty output buffer in bytes (performance-notes trap 1)
 * @param renderCacheBytes bound on the bodies the page cache keeps, in bytes (0 keeps none)
 * @param host interface to listen on: {@code localhost} (the default), an address, or {@code 0.0.0.0} for all
 * @param publicUrl where clients reach the server ({@code https://data.example.org/}); advertised in
 *        the service description and VoID instead of anything a request's Host header says. Empty:
 *        {@code http://localhost:PORT/}
 * @param serviceHosts hosts a SPARQL {@code SERVICE} may call (lower case); empty refuses every SERVICE
 * @param limits time, size and concurrency limits of requests
 */
public record ServerConfig(int port, String baseIri, Optional<Path> queriesDir, int outputBufferSize,
        long renderCacheBytes, String host, Optional<String> publicUrl, Set<String> serviceHosts, Limits limits) {
    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 3030;
    public static final int DEFAULT_OUTPUT_BUFFER = 32 * 1024;
    public static final long DEFAULT_RENDER_CACHE = 64L * 1024 * 1024;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Illegal port=" + port + " : Port must be 0..65535");
        }
        checkBaseIri(baseIri);
        if (outputBufferSize < 1024) {
            throw new IllegalArgumentException("Illegal outputBufferSize=" + outputBufferSize
                    + " : Output buffer must be at least 1024 bytes");
        }
        if (renderCacheBytes < 0) {
            throw new IllegalArgumentException("Illegal renderCacheBytes=" + renderCacheBytes
                    + " : Render cache size must be 0 or more bytes");
        }
        queriesDir = queriesDir == null ? Optional.empty() : queriesDir;
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            throw new IllegalArgumentException("Illegal host=" + host + " : Host must be a name or an IP address");
        }
        publicUrl = publicUrl == null ? Optional.empty() : publicUrl.map(ServerConfig::checkPublicUrl);
        TreeSet<String> hosts = new TreeSet<>();
        for (String h : serviceHosts == null ? Set.<String>of() : serviceHosts) {
            if (h == null || !h.matches("[A-Za-z0-9.\\[\\]:-]+")) {
                throw new IllegalArgumentException("Illegal SERVICE host=" + h + " : A host is a name or an IP address, without scheme or path");
            }
            hosts.add(h.toLowerCase(Locale.ROOT));
        }
        serviceHosts = java.util.Collections.unmodifiableSet(hosts);
        limits = limits == null ? Limits.defaults() : limits;
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_PORT, RG.DEFAULT_BASE, Optional.empty(), DEFAULT_OUTPUT_BUFFER,
                DEFAULT_RENDER_CACHE, DEFAULT_HOST, Optional.empty(), Set.of(), Limits.defaults());
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, baseIri, queriesDir, outputBufferSize, renderCacheBytes, host, publicUrl, serviceHosts, limits);
    }

    public ServerConfig withBaseIri(String newBase) {
        return new ServerConfig(port, newBase, queriesDir, outputBufferSize, renderCacheBytes, host, publicUrl, serviceHosts, limits);
    }

    public ServerConfig withQueriesDir(Path dir) {
        return new ServerConfig(port, baseIri, Optional.ofNullable(dir), outputBufferSize, renderCacheBytes, host, publicUrl, serviceHosts, limits);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(port, baseIri, queriesDir, outputBufferSize, renderCacheBytes, newHost, publicUrl, serviceHosts, limits);
    }

    public ServerConfig withPublicUrl(String url) {
        return new ServerConfig(port, baseIri, queriesDir, outputBufferSize, renderCacheBytes, host, Optional.ofNullable(url), serviceHosts, limits);
    }

    /** Hosts a SPARQL SERVICE may call, e.g. {@code query.wikidata.org}; none by default. */
    public ServerConfig withServiceHosts(Set<String> hosts) {
        return new ServerConfig(port, baseIri, queriesDir, outputBufferSize, renderCacheBytes, host, publicUrl, hosts, limits);
    }

    public ServerConfig withLimits(Limits newLimits) {
        return new ServerConfig(port, baseIri, queriesDir, outputBufferSize, renderCacheBytes, host, publicUrl, serviceHosts, newLimits);
    }

    public ServerConfig withRenderCacheBytes(long maxBytes) {
        return new ServerConfig(port, baseIri, queriesDir, outputBufferSize, maxBytes, host, publicUrl, serviceHosts, limits);
    }

    /** {@code https://data.example.org/}: absolute http(s), no query or fragment; ends with "/" after this. */
    private static String checkPublicUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Illegal public URL=" + url + " : Public URL must be an absolute http(s) URL", e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("Illegal public URL=" + url
                    + " : Public URL must be an absolute http(s) URL without query or fragment");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private static void checkBaseIri(String base) {
        if (base == null || !(base.endsWith("/") || base.endsWith("#"))) {
            throw new IllegalArgumentException("Illegal base IRI=" + base + " : Base IRI must end with / or #");
        }
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Illegal base IRI=" + base + " : Base IRI must be an absolute http(s) IRI", e);
        }
        String scheme = uri.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("Illegal base IRI=" + base + " : Base IRI must be an absolute http(s) IRI");
        }
    }
}
