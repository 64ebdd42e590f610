package org.replygraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.replygraph.graph.RG;
import org.replygraph.index.Descriptions;
import org.replygraph.index.SearchIndex;

/**
 * Picks display labels from a graph by script: {@code rdfs:label "国家增材制造创新中心"@zh-Hans},
 * {@code "國家增材製造創新中心"@zh-Hant}, {@code "Guójiā zēngcái..."@zh-Lang-pinyin}. Falls back to
 * skos:prefLabel, dcterms:title, foaf:name, then the IRI's last segment. An entity's labels are read
 * from the entities graph (one copy) when the dataset has one ({@link Descriptions}); the labels shown
 * are remembered for the life of this object (one page's render).
 */
final class Labels {
    static final String HANS = "zh-Hans";
    static final String HANT = "zh-Hant";
    static final String PINYIN = "zh-Latn-pinyin";
    /** Properties whose values name a thing, best first. */
    static final List<Node> LABEL_PROPERTIES = SearchIndex.LABEL_PROPERTIES;

    private final Descriptions descriptions;
    // Concurrent: the vocabulary's labels are one instance that every request of every server asks at once.
    private final Map<Node, String> shown = new ConcurrentHashMap<>();
    private final Map<Node, Graph> where = new ConcurrentHashMap<>();

    Labels(Graph graph) {
        this(Descriptions.of(graph));
    }

    Labels(Descriptions descriptions) {
        this.descriptions = descriptions;
    }

    Descriptions descriptions() {
        return descriptions;
    }

    /** The best label in a language tag (case-insensitive), over the label properties in order. */
    Optional<String> inLanguage(Node node, String lang) {
        for (Node p : LABEL_PROPERTIES) {
            Optional<String> found = first(node, p, lang);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The label to show: simplified, then a document number, then any label, then the IRI's tail. */
    String label(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        String known = shown.get(node);
        if (known == null) {
            known = find(node);
            shown.put(node, known);
        }
        return known;
    }

    private String find(Node node) {
        Optional<String> hans = inLanguage(node, HANS);
        if (hans.isPresent()) {
            return hans.get();
        }
        // Data built before letters had a title (labelled with the file name): the 文号 reads better.
        Optional<String> number = first(node, RG.documentNumber, null);
        if (number.isPresent()) {
            return number.get();
        }
        for (Node p : LABEL_PROPERTIES) {
            Optional<String> any = first(node, p, null);
            if (any.isPresent()) {
                return any.get();
            }
        }
        return tail(node);
    }

    /** Every literal of the label properties, in property order: what search indexes. */
    List<Node> allLabels(Node node) {
        List<Node> out = new ArrayList<>();
        Graph graph = graphOf(node);
        for (Node p : LABEL_PROPERTIES) {
            ExtendedIterator<Triple> it = graph.find(node, p, Node.ANY);
            try {
                it.forEachRemaining(t -> {
                    if (t.getObject().isLiteral()) {
                        out.add(t.getObject());
                    }
                });
            } finally {
                it.close();
            }
        }
        return out;
    }

    private Graph graphOf(Node node) {
        return where.computeIfAbsent(node, descriptions::of);
    }

    static String tail(Node node) {
        if (!node.isURI()) {
            return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.toString();
        }
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('/', iri.length() - 2), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private Optional<String> first(Node node, Node property, String lang) {
        ExtendedIterator<Triple> it = graphOf(node).find(node, property, Node.ANY);
        try {
            String best = null;
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral() || (lang != null && !lang.equalsIgnoreCase(o.getLiteralLanguage()))) {
                    continue;
                }
                String lex = o.getLiteralLexicalForm();
                // Several labels in one language: the shortest-then-smallest is stable across runs.
                if (best == null || lex.length() < best.length()
                        || (lex.length() == best.length() && lex.compareTo(best) < 0)) {
                    best = lex;
                }
            }
            return Optional.ofNullable(best);
        } finally {
            it.close();
        }
    }
}
