package org.replygraph.serve;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Maps entity IRIs under the base to paths of this server and back: {@code <BASE>agency/陕西省工业和信息化厅}
 * is served at {@code /id/agency/%E9%99%95...}. Graph IRIs may hold the characters themselves (an IRI)
 * or their percent-encoding (a URI); {@link #candidates} tries both, so either kind resolves.
 */
public final class EntityIris {
    public static final String PATH_PREFIX = "/id/";
    private final String base;

    public EntityIris(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    public boolean isLocal(Node node) {
        return node.isURI() && node.getURI().startsWith(base) && node.getURI().length() > base.length();
    }

    /** The server-relative path of an entity under the base, percent-encoding what a URL may not hold. */
    public Optional<String> path(Node node) {
        if (!isLocal(node)) {
            return Optional.empty();
        }
        return Optional.of(PATH_PREFIX + encodePath(node.getURI().substring(base.length())));
    }

    /**
     * A link target: the local page for entities under the base, the IRI itself when it is http(s),
     * otherwise {@code #} (a {@code javascript:} or {@code data:} IRI from loaded RDF never becomes a
     * link target).
     */
    public String href(Node node) {
        return path(node).orElseGet(() -> node.isURI() && Html.linkable(node.getURI()) ? node.getURI() : "#");
    }

    /**
     * IRIs a request path (still percent-encoded, after {@code /id/}) may denote: the decoded form
     * first ({@code 增材}), then the form exactly as sent ({@code %E5%A2%9E...}).
     */
    public List<Node> candidates(String rawLocal) {
        String decoded = URLDecoder.decode(rawLocal.replace("+", "%2B"), StandardCharsets.UTF_8);
        Node iri = NodeFactory.createURI(base + decoded);
        if (decoded.equals(rawLocal)) {
            return List.of(iri);
        }
        return List.of(iri, NodeFactory.createURI(base + rawLocal));
    }

    /** Percent-encodes UTF-8 bytes outside the URL path characters; keeps existing {@code %XX} escapes. */
    static String encodePath(String local) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(local.length() * 3);
        for (byte b : local.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isPathChar(c)) {
                out.write(c);
            } else {
                out.write('%');
                out.write(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.write(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static boolean isPathChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~/%!$&'()*+,;=:@".indexOf(c) >= 0;
    }
}
