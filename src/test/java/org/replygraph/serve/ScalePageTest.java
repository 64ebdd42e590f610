package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.replygraph.graph.EntityGraph;
import org.replygraph.graph.RG;
import org.replygraph.index.Descriptions;

/**
 * Sizes at scale without the generator: one letter's graph (the serve tests' letter-1, in the graph
 * stage's shape; the in-memory dataset pages are served from, TIM) copied {@value #COPIES} times under
 * new graph names (its letter, evidence and figures renamed per copy; the entities it names shared),
 * beside the entities graph. The page of the agency that wrote all of them stays small and says how
 * many letters there are. Sizes only: timings belong to the benchmark.
 */
class ScalePageTest {
    static final int COPIES = Integer.getInteger("scale.copies", 3000);
    private static final String BASE = RG.DEFAULT_BASE;
    private static DatasetGraph data;
    private static Node agency;

    @BeforeAll
    static void build() {
        DatasetGraph one = SampleData.load();
        EntityGraph eg = new EntityGraph(BASE);
        Node letterGraph = NodeFactory.createURI(BASE + "graph/letter-1");
        List<Quad> letter = new ArrayList<>();
        one.find(letterGraph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(letter::add);
        agency = letter.stream().filter(q -> q.getPredicate().equals(RG.issuedBy)).findFirst().orElseThrow().getObject();
        data = DatasetGraphFactory.createTxnMem();
        Map<Node, Node> renamed = new HashMap<>();
        Txn.executeWrite(data, () -> {
            for (Quad q : letter) {
                if (eg.isDescription(q.asTriple())) {
                    data.add(Quad.create(eg.name(), q.asTriple()));
                }
            }
            for (int i = 0; i < COPIES; i++) {
                renamed.clear();
                Node g = NodeFactory.createURI(letterGraph.getURI() + "-copy" + i);
                for (Quad q : letter) {
                    data.add(Quad.create(g, rename(q.getSubject(), eg, i, renamed), q.getPredicate(),
                            rename(q.getObject(), eg, i, renamed)));
                }
            }
        });
    }

    /** A node of the letter's own (the letter, its evidence, figures, blank nodes) made unique to copy {@code i}. */
    private static Node rename(Node n, EntityGraph eg, int i, Map<Node, Node> renamed) {
        if (n.isBlank()) {
            return renamed.computeIfAbsent(n, b -> NodeFactory.createBlankNode());
        }
        if (!n.isURI() || !n.getURI().startsWith(BASE) || eg.isEntity(n)) {
            return n;
        }
        return renamed.computeIfAbsent(n, u -> NodeFactory.createURI(u.getURI() + "-c" + i));
    }

    @Test
    void theMostReferencedAgencysPageStaysUnder200KbAndShowsItsTotals() {
        EntityPage pages = new EntityPage(new EntityIris(BASE), Vocabulary.bundled());
        String html = pages.render(Descriptions.of(data, BASE), agency, 1);
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        try {
            java.nio.file.Files.writeString(Path.of("target/scale-agency-page.html"), html);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(bytes < 200_000, bytes + " bytes");
        assertTrue(html.contains("<small class=\"qname\">rg:issuedBy</small> (" + COPIES + ")"), html);
        int evidence = COPIES * evidencePerLetter();
        String shown = evidence > Paging.CAP ? Paging.CAP + "+" : Integer.toString(evidence);
        assertTrue(html.contains("<h2>出处 Evidence <small>(" + shown + ")</small></h2>"), html);
        assertTrue(html.contains("下一页 →"));
    }

    @Test
    void itsRdfDocumentIsOnePageOfInboundLinksWithTheTotal() {
        var doc = EntityDocument.describe(Descriptions.of(data, BASE), agency, BASE, Vocabulary.bundled().properties(), "ttl", 1, java.time.Instant.EPOCH);
        String ttl = EntityDocument.write(doc, RDFFormat.TURTLE);
        assertTrue(ttl.getBytes(StandardCharsets.UTF_8).length < 200_000);
        Node self = NodeFactory.createURI(agency.getURI() + ".ttl");
        assertEquals(EntityDocument.INBOUND_PAGE_SIZE, doc.find(Node.ANY, Node.ANY, agency).filterDrop(
                t -> t.getPredicate().equals(EntityDocument.PRIMARY_TOPIC)).toList().size());
        Triple total = doc.find(self, EntityDocument.TOTAL_ITEMS, Node.ANY).next();
        assertTrue(Integer.parseInt(total.getObject().getLiteralLexicalForm()) >= COPIES, total.toString());
    }

    private static int evidencePerLetter() {
        return (int) data.getUnionGraph().find(Node.ANY, RG.oaHasBody, agency).toList().size() / COPIES;
    }
}
