package org.replygraph.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;

/**
 * Where the server publishes the graph stage's JSON-LD context ({@link org.replygraph.graph.JsonLdContext},
 * which exports embed too): {@code /context.jsonld}, and {@code /ns/context.jsonld} beside the ontology.
 * <pre>{@code
 * curl http://localhost:3030/context.jsonld    // {"@context": {"@version": 1.1, …}}
 * }</pre>
 */
final class JsonLdContext {
    static final String PATH = "/context.jsonld";
    /** The context beside the ontology, under its namespace path ({@code /ns}). */
    static final String NS_PATH = "/ns/context.jsonld";
    static final String MEDIA_TYPE = "application/ld+json";
    static final String SPDX = org.replygraph.graph.JsonLdContext.SPDX;

    private JsonLdContext() { }

    /** The context for data under {@code base}, from the ontology the server holds. */
    static org.replygraph.graph.JsonLdContext of(Graph ontology, String base) {
        return org.replygraph.graph.JsonLdContext.of(ontology, base);
    }

    /** The export's prefixes and those of the descriptions (void, dcat, sd, hydra, owl, spdx). */
    static PrefixMapping prefixes(String base) {
        return org.replygraph.graph.JsonLdContext.prefixes(base);
    }
}
