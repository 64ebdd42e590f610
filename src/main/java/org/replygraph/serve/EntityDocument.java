package org.replygraph.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.replygraph.graph.RG;
import org.replygraph.index.Descriptions;

/**
 * An entity's RDF document ({@code /id/X.ttl}, {@code .nt}, {@code .jsonld}, {@code .rdf}): every
 * triple with it as subject (from the entities graph when the dataset has one), the labels of the
 * nodes it links to, and one page of the triples that point at it — {@value #INBOUND_PAGE_SIZE} per
 * page, with their subjects' labels, e.g. {@code <letter> rg:mentions <centre>} — so a crawler gets
 * from a centre to the letters naming it. The page is described with Hydra's paging terms on the
 * document's IRI ({@code <BASE>X.ttl}, page N at {@code <BASE>X.ttl?page=N}, served at
 * {@code /id/X.ttl?page=N}):
 * <pre>
 * &lt;…/centre/c.ttl&gt; a hydra:PartialCollectionView ; foaf:primaryTopic &lt;…/centre/c&gt; ;
 *     hydra:totalItems 3000 ; hydra:first &lt;…/centre/c.ttl&gt; ; hydra:last &lt;…/centre/c.ttl?page=30&gt; ;
 *     hydra:next &lt;…/centre/c.ttl?page=2&gt; .
 * </pre>
 * {@code hydra:totalItems} is exact up to {@link Paging#CAP} inbound triples per property, a lower
 * bound past it (as on the HTML page). A page past the last is a {@link Paging.PastLastPage}.
 */
final class EntityDocument {
    static final int INBOUND_PAGE_SIZE = 100;
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    static final Node PARTIAL_VIEW = NodeFactory.createURI(HYDRA + "PartialCollectionView");
    static final Node TOTAL_ITEMS = NodeFactory.createURI(HYDRA + "totalItems");
    static final Node FIRST = NodeFactory.createURI(HYDRA + "first");
    static final Node LAST = NodeFactory.createURI(HYDRA + "last");
    static final Node NEXT = NodeFactory.createURI(HYDRA + "next");
    static final Node PREVIOUS = NodeFactory.createURI(HYDRA + "previous");
    static final Node PRIMARY_TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");

    private EntityDocument() { }

    /** The entity's own triples and the labels of what it links to, no inbound links (a graph of loaded RDF). */
    static Graph describe(Graph union, Node entity, String base) {
        Graph out = newGraph(base);
        Descriptions d = Descriptions.of(union);
        own(d, entity, out);
        return out;
    }

    /**
     * The document: own triples, linked labels and page {@code page} of the inbound links, with Hydra
     * paging; the document describes itself ({@code <X.ttl> foaf:primaryTopic <X>; dcterms:license …;
     * dcterms:modified …}, {@link #selfDescription}).
     */
    static Graph describe(Descriptions d, Node entity, String base, Set<Node> known, String extension, int page,
            java.time.Instant modified) {
        Graph out = newGraph(base);
        out.getPrefixMapping().setNsPrefix("hydra", HYDRA);
        own(d, entity, out);
        InboundLinks.Inbound in = InboundLinks.read(d.union(), entity, known, page, INBOUND_PAGE_SIZE);
        Paging paging = in.paging();
        Paging.check(page, paging.pages());
        String doc = entity.getURI() + "." + extension;
        Node self = pageNode(doc, page);
        selfDescription(out, self, entity, modified);
        if (paging.total() == 0) {
            return out;
        }
        for (Triple t : in.rows()) {
            out.add(t);
            addLabels(d, t.getSubject(), out);
        }
        out.add(Triple.create(self, RG.rdfType, PARTIAL_VIEW));
        out.add(Triple.create(self, TOTAL_ITEMS, NodeFactory.createLiteralDT(Integer.toString(paging.total()), XSDDatatype.XSDinteger)));
        out.add(Triple.create(self, FIRST, pageNode(doc, 1)));
        out.add(Triple.create(self, LAST, pageNode(doc, paging.pages())));
        if (page < paging.pages()) {
            out.add(Triple.create(self, NEXT, pageNode(doc, page + 1)));
        }
        if (page > 1) {
            out.add(Triple.create(self, PREVIOUS, pageNode(doc, page - 1)));
        }
        return out;
    }

    /** What every RDF document says of itself: its topic, the data licence, when the data last changed. */
    static void selfDescription(Graph out, Node doc, Node topic, java.time.Instant modified) {
        out.getPrefixMapping().setNsPrefix("foaf", RG.FOAF);
        out.add(Triple.create(doc, PRIMARY_TOPIC, topic));
        out.add(Triple.create(doc, DatasetDescription.LICENSE_PROPERTY, DatasetDescription.LICENSE));
        out.add(Triple.create(doc, DatasetDescription.MODIFIED, DatasetDescription.dateTime(modified)));
    }

    /**
     * The document as quads: each triple in every named graph of {@code data} that holds it (a letter's
     * graph, or the entities graph for a shared description), so a client sees which letter says what;
     * what only the document says (its self-description, paging) in the default graph.
     */
    static org.apache.jena.sparql.core.DatasetGraph quads(Graph doc, org.apache.jena.sparql.core.DatasetGraph data) {
        org.apache.jena.sparql.core.DatasetGraph out = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        out.prefixes().putAll(doc.getPrefixMapping());
        doc.find().forEachRemaining(t -> {
            boolean held = false;
            var it = data.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
            while (it.hasNext()) {
                out.add(it.next().getGraph(), t.getSubject(), t.getPredicate(), t.getObject());
                held = true;
            }
            if (!held) {
                out.getDefaultGraph().add(t);
            }
        });
        return out;
    }

    static String write(org.apache.jena.sparql.core.DatasetGraph quads, RDFFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        RDFWriter.source(quads).format(format).output(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Node pageNode(String doc, int page) {
        return NodeFactory.createURI(page == 1 ? doc : doc + "?page=" + page);
    }

    private static Graph newGraph(String base) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(org.replygraph.graph.Prefixes.of(base).lock());
        return out;
    }

    private static void own(Descriptions d, Node entity, Graph out) {
        d.of(entity).find(entity, Node.ANY, Node.ANY).forEachRemaining(t -> {
            out.add(t);
            if (t.getObject().isURI() || t.getObject().isBlank()) {
                addLabels(d, t.getObject(), out);
            }
        });
    }

    private static void addLabels(Descriptions d, Node node, Graph out) {
        Graph g = d.of(node);
        for (Node p : Labels.LABEL_PROPERTIES) {
            g.find(node, p, Node.ANY).forEachRemaining(out::add);
        }
    }

    static String write(Graph graph, RDFFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        RDFWriter.source(graph).format(format).output(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static boolean exists(Graph union, Node entity) {
        return union.contains(entity, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, entity);
    }
}
