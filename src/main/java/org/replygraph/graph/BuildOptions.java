package org.replygraph.graph;

import java.util.Objects;

/**
 * How a corpus is turned into RDF: the base of minted IRIs and whether personal mobile numbers may
 * be published (off by default: they are personal data).
 *
 * <pre>{@code
 * BuildOptions o = BuildOptions.defaults().withBase("https://example.org/id/");
 * }</pre>
 */
public record BuildOptions(String baseIri, boolean publishPersonalMobiles) {
    public BuildOptions {
        Objects.requireNonNull(baseIri, "baseIri");
        new IriMinter(baseIri); // checks the base and names it in the message when wrong
    }

    public static BuildOptions defaults() {
        return new BuildOptions(RG.DEFAULT_BASE, false);
    }

    public BuildOptions withBase(String base) {
        return new BuildOptions(base, publishPersonalMobiles);
    }

    public BuildOptions withPersonalMobiles(boolean publish) {
        return new BuildOptions(baseIri, publish);
    }
}
