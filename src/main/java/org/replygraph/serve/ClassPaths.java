package org.replygraph.serve;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.replygraph.graph.RG;

/**
 * Where a class's page is on this server: the project's own classes by their local name
 * ({@code rg:Agency} → {@code /class/Agency}), other known vocabularies by prefixed name
 * ({@code org:Organization} → {@code /class/org:Organization}); and back. A class in no known
 * namespace has no page (its type badge links to the IRI itself).
 * <pre>{@code
 * ClassPaths paths = new ClassPaths(Prefixes.of(base));
 * paths.path(RG.Agency);                  // Optional[/class/Agency]
 * paths.classOf("oa:Annotation");         // Optional[http://www.w3.org/ns/oa#Annotation]
 * }</pre>
 */
final class ClassPaths {
    static final String PREFIX = "/class/";
    private final PrefixMapping prefixes;

    ClassPaths(PrefixMapping prefixes) {
        this.prefixes = prefixes;
    }

    Optional<String> path(Node cls) {
        if (!cls.isURI()) {
            return Optional.empty();
        }
        String iri = cls.getURI();
        if (iri.startsWith(RG.NS) && isName(iri.substring(RG.NS.length()))) {
            return Optional.of(PREFIX + iri.substring(RG.NS.length()));
        }
        String qname = prefixes.qnameFor(iri);
        if (qname == null || qname.startsWith("id:") || !isName(qname.substring(qname.indexOf(':') + 1))) {
            return Optional.empty();
        }
        return Optional.of(PREFIX + qname);
    }

    /** The class a path tail names: {@code Agency}, {@code org:Organization}; empty for anything else. */
    Optional<Node> classOf(String tail) {
        int colon = tail.indexOf(':');
        if (colon < 0) {
            return isName(tail) ? Optional.of(NodeFactory.createURI(RG.NS + tail)) : Optional.empty();
        }
        String prefix = tail.substring(0, colon);
        String local = tail.substring(colon + 1);
        String ns = prefixes.getNsPrefixURI(prefix);
        if (ns == null || prefix.equals("id") || !isName(local)) {
            return Optional.empty();
        }
        return Optional.of(NodeFactory.createURI(ns + local));
    }

    /** A local name made of letters, digits, '_' and '-' (starting with a letter): nothing to escape. */
    private static boolean isName(String s) {
        if (s.isEmpty() || s.length() > 100 || !Character.isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'))) {
                return false;
            }
        }
        return true;
    }
}
