package org.replygraph.graph;

import java.util.Objects;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The entities graph {@code <BASE>graph/entities}: each shared entity's description once (every triple
 * whose subject is an agency, assembly, session, proposal, member, person, policy, centre, concept,
 * organisation or place), however many letters name it. Each letter's own graph keeps its copy too: that copy is
 * the provenance an incremental rebuild or {@code --prune} needs to know what only one letter said, and
 * the entities graph is their deduplicated union. Pages and label lookups read this one graph, so they
 * cost the same at 5 letters and at 100,000 (performance-notes trap 8).
 *
 * <pre>{@code
 * EntityGraph eg = new EntityGraph(RG.DEFAULT_BASE);
 * eg.name();                              // <https://w3id.org/replygraph/id/graph/entities>
 * eg.isDescription(agencyLabelTriple);    // true
 * eg.isDescription(docMentionsTriple);    // false: the document is no shared entity
 * }</pre>
 */
public final class EntityGraph {
    /** The IRI path segments {@link IriMinter} mints shared entities under (documents, evidence, figures, tables are per letter). */
    private static final String[] ENTITY_KINDS =
            {"agency/", "assembly/", "session/", "proposal/", "member/", "person/", "policy/", "centre/", "concept/", "org/", "place/"};

    private final String base;
    private final Node name;

    public EntityGraph(String base) {
        this.base = Objects.requireNonNull(base, "base");
        this.name = name(base);
    }

    /** The name of the entities graph under {@code base}; no document graph can have it (those end in a hash). */
    public static Node name(String base) {
        return NodeFactory.createURI(base + "graph/entities");
    }

    public Node name() {
        return name;
    }

    /** Whether {@code n} is a shared entity minted under this base. */
    public boolean isEntity(Node n) {
        return n.isURI() && isEntity(n.getURI());
    }

    /** Whether the IRI {@code uri} names a shared entity minted under this base. */
    public boolean isEntity(String uri) {
        if (!uri.startsWith(base)) return false;
        for (String kind : ENTITY_KINDS)
            if (uri.startsWith(kind, base.length())) return true;
        return false;
    }

    /**
     * The quads of one document's graph as every writer and sink stores them: each triple in the document's own graph,
     * and each description triple once more in the entities graph (a sink that deduplicates, or a set,
     * keeps it once however many letters repeat it).
     */
    public void forEachQuad(Node graphName, Graph graph, BiConsumer<Node, Triple> out) {
        graph.find().forEachRemaining(t -> {
            out.accept(graphName, t);
            if (isDescription(t)) out.accept(name, t);
        });
    }

    /** Whether {@code t} belongs to an entity's description (its subject is a shared entity). */
    public boolean isDescription(Triple t) {
        return isEntity(t.getSubject());
    }
}
