package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * LineFormat appends common terms itself and leaves the rest to Jena's writer: each line must equal the
 * line Jena's own N-Quads / N-Triples writer makes of the same quad, escapes included.
 */
class LineFormatTest {
    private static final Node G = NodeFactory.createURI("https://w3id.org/replygraph/id/graph/000-txt-6afa2a0606");
    private static final Node S = NodeFactory.createURI("https://w3id.org/replygraph/id/agency/a-ba-1ee52f3041");
    private static final Node P = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

    static Stream<Node> objects() {
        return Stream.of(
                NodeFactory.createURI("http://www.w3.org/ns/org#Organization"),
                NodeFactory.createLiteralLang("阿坝藏族羌族自治州人力资源和社会保障局", "zh-Hans"),
                NodeFactory.createLiteralLang("ā bà zàng zú", "zh-Latn-pinyin"),
                NodeFactory.createLiteralString("陕工信函〔2021〕154号"),
                NodeFactory.createLiteralString(""),
                NodeFactory.createLiteralDT("154", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("2024-08-14", XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean),
                // chars Jena's writer escapes: the line goes through it
                NodeFactory.createLiteralString("第一行\n第二行\t\"引号\" \\ 反斜杠\r\f"),
                NodeFactory.createLiteralString("坏字\uFFFD"),
                NodeFactory.createLiteralLang("say \"hi\"", "en"),
                NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL),
                NodeFactory.createURI("http://example.org/a b<c>{d}|e^f`g\\h"),
                NodeFactory.createURI("http://example.org/ctl\u0001\u007Fend"),
                NodeFactory.createURI("http://example.org/中文/路径"),
                NodeFactory.createBlankNode("b0"),
                NodeFactory.createLiteralDT("x", NodeFactory.getType("http://example.org/dt#odd type")));
    }

    @ParameterizedTest
    @MethodSource("objects")
    void eachFormatsLineEqualsJenasFormatter(Node o) {
        Triple t = Triple.create(S, P, o);
        for (String ext : List.of("nq", "nt", "trig")) {
            LineFormat f = new LineFormat(ext);
            assertEquals(f.jenaLine(G, t), f.line(G, t), ext);
        }
    }

    @ParameterizedTest
    @MethodSource("objects")
    void asSubjectAndGraphNameToo(Node o) {
        if (o.isLiteral()) return; // only IRIs and blank nodes stand there
        Triple t = Triple.create(o, P, S);
        Node g = o.isURI() ? o : G;
        for (String ext : List.of("nq", "nt", "trig")) {
            LineFormat f = new LineFormat(ext);
            assertEquals(f.jenaLine(g, t), f.line(g, t), ext);
        }
    }

    /** And what both make is what RDFDataMgr writes, line for line (blank nodes aside: their labels are the writer's). */
    @ParameterizedTest
    @MethodSource("objects")
    void nQuadsAndNTriplesAsRdfDataMgrWritesThem(Node o) {
        if (o.isBlank()) return;
        Triple t = Triple.create(S, P, o);
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(nq, List.of(Quad.create(G, t)).iterator());
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        RDFDataMgr.writeTriples(nt, List.of(t).iterator());
        assertEquals(nq.toString(StandardCharsets.UTF_8), new LineFormat("nq").line(G, t) + "\n");
        assertEquals(nt.toString(StandardCharsets.UTF_8), new LineFormat("nt").line(G, t) + "\n");
        assertEquals("<" + G.getURI() + "> " + nt.toString(StandardCharsets.UTF_8), new LineFormat("trig").line(G, t) + "\n");
    }
}
