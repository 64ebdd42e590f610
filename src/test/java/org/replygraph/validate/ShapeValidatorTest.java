package org.replygraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.GraphFixtures;
import org.replygraph.graph.Prefixes;
import org.replygraph.graph.RG;

class ShapeValidatorTest {
    private static final ShapeValidator VALIDATOR = ShapeValidator.standard();

    @Test
    void seedsBuildConforms() {
        DatasetGraph ds = CorpusBuilder.newDataset();
        new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("seeds"), Path.of("src/test/resources/dev/letters")), ds);
        ValidationResult r = VALIDATOR.validate(ds.getUnionGraph());
        assertTrue(r.conforms(), () -> r.render(Prefixes.of(RG.DEFAULT_BASE)));
    }

    @Test
    void handBuiltLettersConform() {
        for (Graph g : GraphFixtures.graphs(BuildOptions.defaults())) {
            ValidationResult r = VALIDATOR.validate(g);
            assertTrue(r.conforms(), () -> r.render(Prefixes.of(RG.DEFAULT_BASE)));
        }
    }

    static Stream<Arguments> breakages() {
        Node mobile = NodeFactory.createURI("tel:+86-13858150550");
        return Stream.of(
                Arguments.of("bad sha256", (Breakage) (g, doc) -> {
                    g.remove(doc, RG.sha256, Node.ANY);
                    g.add(doc, RG.sha256, NodeFactory.createLiteralString("abc"));
                }, "A document has exactly one rg:sha256 of 64 lower-case hex digits"),
                Arguments.of("mobile", (Breakage) (g, doc) -> g.add(doc, RG.foafPhone, mobile),
                        "foaf:phone must not publish a personal mobile number"),
                Arguments.of("local tel: without context", (Breakage) (g, doc) -> g.add(doc, RG.foafPhone,
                        NodeFactory.createURI("tel:029-87294985")),
                        "foaf:phone is an RFC 3966 tel: IRI: global (tel:+86-29-87294985) or local with ;phone-context=+86"),
                Arguments.of("two proposals", (Breakage) (g, doc) -> {
                    Node other = NodeFactory.createURI(RG.DEFAULT_BASE + "proposal/other");
                    g.add(other, RG.rdfType, RG.Proposal);
                    g.add(other, RG.rdfsLabel, NodeFactory.createLiteralLang("另一件提案", "zh-Hans"));
                    g.add(doc, RG.answers, other);
                }, "A reply letter answers at most one rg:Proposal"),
                Arguments.of("term zero", (Breakage) (g, doc) -> {
                    Node s = g.find(Node.ANY, RG.rdfType, RG.Session).next().getSubject();
                    g.remove(s, RG.term, Node.ANY);
                    g.add(s, RG.term, NodeFactory.createLiteralDT("0", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
                }, "A session has exactly one rg:term, a positive xsd:integer"),
                Arguments.of("date as string", (Breakage) (g, doc) -> {
                    g.remove(doc, RG.dctDate, Node.ANY);
                    g.add(doc, RG.dctDate, NodeFactory.createLiteralString("2021-05-07"));
                }, "dcterms:date is at most one xsd:date (the letter's own date)"),
                Arguments.of("category D", (Breakage) (g, doc) -> {
                    g.remove(RG.CategoryB, RG.skosNotation, Node.ANY);
                    g.add(RG.CategoryB, RG.skosNotation, NodeFactory.createLiteralString("D"));
                }, "A reply category carries exactly one skos:notation, \"A\", \"B\" or \"C\""),
                Arguments.of("label without zh-Hans", (Breakage) (g, doc) -> {
                    Node agency = g.find(doc, RG.issuedBy, Node.ANY).next().getObject();
                    List<Triple> labels = g.find(agency, RG.rdfsLabel, Node.ANY).toList();
                    labels.forEach(g::delete);
                }, "Every entity has an rdfs:label tagged @zh-Hans"),
                Arguments.of("centre kind as a literal", (Breakage) (g, doc) -> {
                    Node centre = g.find(Node.ANY, RG.rdfType, RG.InnovationCentre).next().getSubject();
                    g.remove(centre, RG.centreKind, Node.ANY);
                    g.add(centre, RG.centreKind, NodeFactory.createLiteralLang("创新中心", "zh-Hans"));
                }, "A centre has at most one rg:centreKind, a skos:Concept"),
                Arguments.of("centre level as a string", (Breakage) (g, doc) -> {
                    Node centre = g.find(Node.ANY, RG.rdfType, RG.InnovationCentre).next().getSubject();
                    g.remove(centre, RG.centreLevel, Node.ANY);
                    g.add(centre, RG.centreLevel, NodeFactory.createLiteralString("national"));
                }, "rg:centreLevel is rg:LevelNational, rg:LevelProvincial or rg:LevelMunicipal"),
                Arguments.of("approval date as a string", (Breakage) (g, doc) -> {
                    Node centre = g.find(Node.ANY, RG.rdfType, RG.InnovationCentre).next().getSubject();
                    g.add(centre, RG.approvalDate, NodeFactory.createLiteralString("2016年12月"));
                }, "A centre's approval, opening or upgrade date is an xsd:gYear, xsd:gYearMonth or xsd:date"),
                Arguments.of("figure without value", (Breakage) (g, doc) -> {
                    Node centre = g.find(Node.ANY, RG.rdfType, RG.InnovationCentre).next().getSubject();
                    Node fig = NodeFactory.createURI(RG.DEFAULT_BASE + "figure/x/0-0");
                    g.add(centre, RG.statedFigure, fig);
                    g.add(fig, RG.rdfType, RG.CentreFigure);
                    g.add(fig, RG.measure, RG.StaffCount);
                    g.add(fig, RG.unit, NodeFactory.createLiteralLang("人", "zh-Hans"));
                    g.add(fig, RG.approximate, NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
                }, "A centre figure has exactly one rg:figureValue, an xsd:decimal"),
                Arguments.of("jurisdiction matched to a Wikipedia page", (Breakage) (g, doc) -> {
                    Node place = g.find(doc, RG.inJurisdiction, Node.ANY).next().getObject();
                    g.add(place, RG.skosExactMatch, NodeFactory.createURI("https://en.wikipedia.org/wiki/Shaanxi"));
                }, "A jurisdiction matches at most one Wikidata item, http://www.wikidata.org/entity/Q…"),
                Arguments.of("jurisdiction without a label", (Breakage) (g, doc) -> {
                    Node place = g.find(doc, RG.inJurisdiction, Node.ANY).next().getObject();
                    g.find(place, RG.rdfsLabel, Node.ANY).toList().forEach(g::delete);
                }, "A jurisdiction has its full name as rdfs:label @zh-Hans, one per language"),
                Arguments.of("in jurisdiction of an agency", (Breakage) (g, doc) -> {
                    Node agency = g.find(doc, RG.issuedBy, Node.ANY).next().getObject();
                    g.add(doc, RG.inJurisdiction, agency);
                }, "rg:inJurisdiction names at most one rg:Jurisdiction"));
    }

    interface Breakage {
        void apply(Graph g, Node doc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void aBrokenGraphFailsWithTheShapesMessage(String what, Breakage breakage, String message) {
        Graph g = GraphFixtures.graphs(BuildOptions.defaults()).get(0);
        Node doc = g.find(Node.ANY, RG.rdfType, RG.ReplyLetter).next().getSubject();
        breakage.apply(g, doc);
        ValidationResult r = VALIDATOR.validate(g);
        assertEquals(false, r.conforms());
        assertTrue(r.issues().stream().anyMatch(i -> i.message().equals(message)), () -> r.render(Prefixes.of(RG.DEFAULT_BASE)));
        assertTrue(r.render(Prefixes.of(RG.DEFAULT_BASE)).contains(message));
    }
}
