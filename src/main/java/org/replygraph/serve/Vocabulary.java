package org.replygraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology the jar carries ({@code ontology/replygraph.ttl}), served as the named graph
 * {@code <https://w3id.org/replygraph/ns>}, and the labels pages give to classes and properties:
 * {@code rg:issuedBy} is shown as 主办单位 <i>issued by</i>. Terms of other vocabularies used in the
 * data (dcterms:title, rdfs:label …) take their display labels from {@code serve/term-labels.ttl};
 * those are for pages only and are not served.
 * <pre>{@code
 * Vocabulary v = Vocabulary.bundled();
 * v.label(RG.issuedBy, "en");   // Optional["issued by"]
 * }</pre>
 */
final class Vocabulary {
    /** The ontology's own IRI names the graph it is served in. */
    static final Node GRAPH = NodeFactory.createURI("https://w3id.org/replygraph/ns");
    static final String ONTOLOGY = "ontology/replygraph.ttl";
    static final String TERM_LABELS = "serve/term-labels.ttl";

    private final Graph ontology;
    private final Labels labels;
    private final java.util.Set<Node> properties;

    private Vocabulary(Graph ontology, Graph display) {
        this.ontology = ontology;
        this.labels = new Labels(display);
        java.util.Set<Node> props = new java.util.TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        for (Node type : java.util.List.of(OWL_OBJECT_PROPERTY, RDF_PROPERTY)) {
            ontology.find(Node.ANY, org.replygraph.graph.RG.rdfType, type).forEachRemaining(t -> {
                if (t.getSubject().isURI()) {
                    props.add(t.getSubject());
                }
            });
        }
        this.properties = java.util.Collections.unmodifiableSet(props);
    }

    private static final Node OWL_OBJECT_PROPERTY = NodeFactory.createURI("http://www.w3.org/2002/07/owl#ObjectProperty");
    private static final Node RDF_PROPERTY = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#Property");

    /** The ontology's object properties (and plain rdf:Propertys), by IRI: the links a page looks for. */
    java.util.Set<Node> properties() {
        return properties;
    }

    private static final String OWL = "http://www.w3.org/2002/07/owl#";

    /** The ontology's own classes (for its page) ({@code owl:Class}, {@code rdfs:Class} in its namespace), by IRI. */
    java.util.Set<Node> ownClasses() {
        return ownTerms(java.util.List.of(NodeFactory.createURI(OWL + "Class"),
                NodeFactory.createURI(org.replygraph.graph.RG.RDFS + "Class")));
    }

    /** Every property the ontology defines in its namespace (object, datatype, annotation, rdf:Property), by IRI. */
    java.util.Set<Node> allProperties() {
        return ownTerms(java.util.List.of(OWL_OBJECT_PROPERTY, RDF_PROPERTY, NodeFactory.createURI(OWL + "DatatypeProperty"),
                NodeFactory.createURI(OWL + "AnnotationProperty")));
    }

    private java.util.Set<Node> ownTerms(java.util.List<Node> types) {
        java.util.Set<Node> out = new java.util.TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        for (Node type : types) {
            ontology.find(Node.ANY, org.replygraph.graph.RG.rdfType, type).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(org.replygraph.graph.RG.NS)) {
                    out.add(t.getSubject());
                }
            });
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** The ontology's classes ({@code owl:Class}), by IRI. */
    java.util.Set<Node> classes() {
        java.util.Set<Node> out = new java.util.TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        ontology.find(Node.ANY, org.replygraph.graph.RG.rdfType, OWL_CLASS).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                out.add(t.getSubject());
            }
        });
        return out;
    }

    private static final Node OWL_CLASS = NodeFactory.createURI("http://www.w3.org/2002/07/owl#Class");

    /**
     * The ontology and display labels from the classpath, read once per JVM and shared (nothing changes them;
     * parsing them was ~5% of serve's CPU before its first page, and the first count of the home page read them
     * a second time); fails when the jar lacks them.
     */
    static Vocabulary bundled() {
        return Bundled.VOCABULARY;
    }

    /** Read on first use: a class holder, so the JVM initialises it once, whatever threads ask. */
    private static final class Bundled {
        static final Vocabulary VOCABULARY = read();
    }

    private static Vocabulary read() {
        Graph ontology = read(ONTOLOGY);
        Graph display = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(display::add);
        read(TERM_LABELS).find().forEachRemaining(display::add);
        return new Vocabulary(ontology, display);
    }

    /** The ontology's triples, as served in {@link #GRAPH}; never to be changed. */
    Graph graph() {
        return ontology;
    }

    /** The term's label in a language ({@code zh-Hans}, {@code en}), from the ontology or the display labels. */
    Optional<String> label(Node term, String lang) {
        return term.isURI() ? labels.inLanguage(term, lang) : Optional.empty();
    }

    private static Graph read(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource + ": the build copies it into the jar");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath resource " + resource + " : " + e.getMessage(), e);
        }
        return g;
    }
}
