package org.replygraph.serve;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.replygraph.graph.RG;

/**
 * How a {@link ReplyGraphServer} listens and names things.
 * <pre>{@code
 * ServerConfig config = ServerConfig.defaults().withPort(0);            // any free port
 * ServerConfig own = ServerConfig.defaults().withBaseIri("http://localhost:3030/id/");
 * }</pre>
 *
 * @param port TCP port, 0 for a free one
 * @param baseIri namespace of entity IRIs; {@code <BASE>X} is served at {@code /id/X}
 * @param queriesDir folder of example {@code *.rq} queries for the query page; empty means the
 *        classpath {@code queries/}
 * @param outputBufferSize Jetty output buffer in bytes (performance-notes trap 1)
 * @param renderCacheBytes bound on the bodies the page cache keeps, in bytes (0 keeps none)
 */
public record ServerConfig(int port, String baseIri, Optional<Path> queriesDir, int outputBufferSize,
        long renderCacheBytes) {
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
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_PORT, RG.DEFAULT_BASE, Optional.empty(), DEFAULT_OUTPUT_BUFFER, DEFAULT_RENDER_CACHE);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, baseIri, queriesDir, outputBufferSize, renderCacheBytes);
    }

    public ServerConfig withBaseIri(String newBase) {
        return new ServerConfig(port, newBase, queriesDir, outputBufferSize, renderCacheBytes);
    }

    public ServerConfig withQueriesDir(Path dir) {
        return new ServerConfig(port, baseIri, Optional.ofNullable(dir), outputBufferSize, renderCacheBytes);
    }

    public ServerConfig withRenderCacheBytes(long maxBytes) {
        return new ServerConfig(port, baseIri, queriesDir, outputBufferSize, maxBytes);
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
