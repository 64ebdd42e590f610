package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.replygraph.extract.fact.DocumentFacts;

class GraphWriterTest {
    private final GraphWriter writer = new GraphWriter(BuildOptions.defaults());

    static List<DocumentFacts> all() {
        return List.of(Fixtures.provincial(), Fixtures.city(), Fixtures.damaged());
    }

    @Test
    void writesEveryContractTerm() {
        Graph g = writer.toGraph(Fixtures.provincial());
        Set<Node> predicates = g.find().mapWith(Triple::getPredicate).toSet();
        for (Node p : List.of(RG.sourceFile, RG.sha256, RG.dctDate, RG.documentNumber, RG.issuedBy, RG.answers,
                RG.coHandledBy, RG.signedBy, RG.replyCategory, RG.contactPerson, RG.foafPhone, RG.proposalNumber,
                RG.session, RG.proposer, RG.assembly, RG.term, RG.meeting, RG.memberOf, RG.mentions, RG.dctTitle,
                RG.skosPrefLabel, RG.skosAltLabel, RG.skosNotation))
            assertTrue(predicates.contains(p), "missing " + p);
        Set<Node> classes = g.find(Node.ANY, RG.rdfType, Node.ANY).mapWith(Triple::getObject).toSet();
        for (Node c : List.of(RG.Document, RG.foafDocument, RG.ReplyLetter, RG.Proposal, RG.CppccProposal, RG.Member,
                RG.foafPerson, RG.Session, RG.Assembly, RG.Agency, RG.orgOrganization, RG.PolicyDocument,
                RG.InnovationCentre, RG.skosConcept, RG.oaAnnotation))
            assertTrue(classes.contains(c), "missing class " + c);
        Graph city = writer.toGraph(Fixtures.city());
        assertTrue(city.contains(Node.ANY, RG.rdfType, RG.NpcSuggestion));
        assertTrue(city.contains(Node.ANY, RG.dctIssued, NodeFactory.createLiteralDT("2023-08-04",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
        assertTrue(city.contains(Node.ANY, RG.indexNumber, NodeFactory.createLiteralString("萧山45")));
    }

    @Test
    void centreKindAndLevelAreSkosConcepts() {
        Graph g = writer.toGraph(Fixtures.provincial());
        Node centre = writer.minter().centre("国家增材制造创新中心");
        Node kind = writer.minter().centreKind("制造业创新中心");
        assertTrue(g.contains(centre, RG.centreKind, kind));
        assertTrue(kind.getURI().startsWith(RG.DEFAULT_BASE + "concept/centre-kind/zhi-zao-ye-chuang-xin-zhong-xin-"), kind::getURI);
        assertTrue(g.contains(kind, RG.rdfType, RG.skosConcept));
        assertTrue(g.contains(kind, RG.skosInScheme, RG.CentreKinds));
        assertTrue(g.contains(kind, RG.skosPrefLabel, NodeFactory.createLiteralLang("制造业创新中心", "zh-Hans")));
        assertTrue(g.contains(kind, RG.skosPrefLabel, NodeFactory.createLiteralLang("manufacturing innovation centre", "en")));
        assertTrue(g.contains(centre, RG.centreLevel, RG.LevelNational));
        assertTrue(g.contains(RG.LevelNational, RG.skosPrefLabel, NodeFactory.createLiteralLang("国家级", "zh-Hans")));
        assertTrue(g.contains(RG.LevelNational, RG.skosInScheme, RG.CentreLevels));
    }

    @Test
    void centreDatesAreTypedAsStatedAndFiguresAreNodesWithUnitAndApproximation() {
        var f = Fixtures.provincial();
        String t = f.text().text();
        int at = t.indexOf("创新中心");  // the writer takes the words as given; any span of the fixture does
        var facts = List.of(
                new org.replygraph.extract.fact.CentreFact("国家增材制造创新中心", "approvalDate", "2016-12", null, false, null,
                        new org.replygraph.extract.fact.Span(at, at + 4)),
                new org.replygraph.extract.fact.CentreFact("国家增材制造创新中心", "upgradeDate", "2017", null, false, null,
                        new org.replygraph.extract.fact.Span(at, at + 4)),
                new org.replygraph.extract.fact.CentreFact("国家增材制造创新中心", "staffCount", "230", "人", true, "员工",
                        new org.replygraph.extract.fact.Span(at, at + 4)));
        var e = f.entities();
        var entities = new org.replygraph.extract.fact.Entities(e.policies(), e.centres(), e.agencies(), e.organisations(),
                e.people(), e.tables(), facts);
        Graph g = writer.toGraph(new DocumentFacts(f.source(), f.text(), f.letter(), entities, f.diagnostics()));
        Node centre = writer.minter().centre("国家增材制造创新中心");
        assertTrue(g.contains(centre, RG.approvalDate, NodeFactory.createLiteralDT("2016-12",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth)));
        assertTrue(g.contains(centre, RG.upgradeDate, NodeFactory.createLiteralDT("2017",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear)));
        assertTrue(g.find(Node.ANY, RG.oaHasBody, centre).toList().stream()
                .anyMatch(a -> g.contains(a.getSubject(), RG.oaMotivatedBy, RG.oaDescribing)), "a date describes the centre");
        Node fig = g.find(centre, RG.statedFigure, Node.ANY).next().getObject();
        assertTrue(g.contains(fig, RG.measure, RG.StaffCount));
        assertTrue(g.contains(fig, RG.figureValue, NodeFactory.createLiteralDT("230",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)));
        assertTrue(g.contains(fig, RG.unit, NodeFactory.createLiteralLang("人", "zh-Hans")));
        assertTrue(g.contains(fig, RG.approximate, DocGraph.bool(true).node()));
        assertTrue(g.contains(fig, RG.counted, NodeFactory.createLiteralLang("员工", "zh-Hans")));
        assertTrue(g.contains(Node.ANY, RG.oaHasBody, fig), "a figure is traced to its words");
    }

    @Test
    void cleanTextIsWrittenWithMobilesMaskedAndTheSameLength() {
        Graph g = writer.toGraph(Fixtures.city());
        Node doc = writer.minter().document("003_city.txt");
        String clean = g.find(doc, RG.cleanText, Node.ANY).next().getObject().getLiteralLexicalForm();
        assertEquals(Fixtures.CITY_CLEAN.replace("13858150550", "***********"), clean);
        Node ann = g.find(Node.ANY, RG.oaHasBody, writer.minter().agency("杭州市科学技术局")).next().getSubject();
        int s = Integer.parseInt(g.find(ann, RG.cleanStart, Node.ANY).next().getObject().getLiteralLexicalForm());
        int e = Integer.parseInt(g.find(ann, RG.cleanEnd, Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals("杭州市科学技术局", clean.substring(s, e));
    }

    @ParameterizedTest
    @MethodSource("all")
    void writesNoBlankNodes(DocumentFacts facts) {
        Graph g = writer.toGraph(facts);
        assertFalse(g.isEmpty());
        g.find().forEachRemaining(t -> {
            assertFalse(t.getSubject().isBlank(), () -> "blank subject in " + t);
            assertFalse(t.getObject().isBlank(), () -> "blank object in " + t);
        });
    }

    @Test
    void aHashWithAMobileShapedRunIsNotMasked() {
        // 64 hex digits holding "13858150550" between letters: an identifier, not a phone number.
        String sha = "ab13858150550cdef" + "0".repeat(47);
        var f = Fixtures.provincial();
        var src = new org.replygraph.ingest.SourceDocument(f.source().fileName(), sha, "UTF-8", f.source().text());
        Graph g = writer.toGraph(new DocumentFacts(src, f.text(), f.letter(), f.entities(), f.diagnostics()));
        assertTrue(g.contains(writer.minter().document(f.source().fileName()), RG.sha256, NodeFactory.createLiteralString(sha)));
    }

    @Test
    void officeLineIsPublishedOnTheContact() {
        Graph g = writer.toGraph(Fixtures.provincial());
        assertTrue(g.contains(Node.ANY, RG.foafPhone, NodeFactory.createURI("tel:+86-29-87294985")));
    }

    @Test
    void personalMobileIsPublishedOnlyWhenOptedIn() {
        Graph closed = writer.toGraph(Fixtures.city());
        assertFalse(closed.contains(Node.ANY, RG.foafPhone, Node.ANY));
        assertTrue(literals(closed).stream().noneMatch(s -> s.contains("13858150550")), "mobile leaked into a literal");
        Graph open = new GraphWriter(BuildOptions.defaults().withPersonalMobiles(true)).toGraph(Fixtures.city());
        assertTrue(open.contains(Node.ANY, RG.foafPhone, NodeFactory.createURI("tel:+86-13858150550")));
    }

    @Test
    void traditionalSourcesGiveBothLabels() {
        Graph g = writer.toGraph(Fixtures.city());
        Node agency = writer.minter().agency("杭州市科学技术局");
        assertTrue(g.contains(agency, RG.rdfsLabel, NodeFactory.createLiteralLang("杭州市科学技术局", "zh-Hans")));
        assertTrue(g.contains(agency, RG.rdfsLabel, NodeFactory.createLiteralLang("杭州市科學技術局", "zh-Hant")));
        assertTrue(g.contains(agency, RG.rdfsLabel, NodeFactory.createLiteralLang("háng zhōu shì kē xué jì shù jú", "zh-Latn-pinyin")));
        Node coHandler = writer.minter().agency("杭州市经济和信息化局");
        assertTrue(g.contains(coHandler, RG.skosAltLabel, NodeFactory.createLiteralLang("市经信局", "zh-Hans")));
        assertTrue(g.contains(coHandler, RG.skosAltLabel, NodeFactory.createLiteralLang("市經信局", "zh-Hant")));
    }

    @Test
    void shortFormsBecomeAltLabelsOfTheFullName() {
        Graph g = writer.toGraph(Fixtures.provincial());
        Node ministry = writer.minter().agency("工业和信息化部");
        assertTrue(g.contains(ministry, RG.skosPrefLabel, NodeFactory.createLiteralLang("工业和信息化部", "zh-Hans")));
        assertTrue(g.contains(ministry, RG.skosAltLabel, NodeFactory.createLiteralLang("工信部", "zh-Hans")));
        assertTrue(LetterWriter.isPronounForm("我局"));
        assertFalse(LetterWriter.isPronounForm("省工信厅"));
    }

    @Test
    void evidenceQuotesTheOriginalAtItsOffsets() {
        for (DocumentFacts f : all()) {
            Graph g = writer.toGraph(f);
            List<Triple> exacts = g.find(Node.ANY, RG.oaExact, Node.ANY).toList();
            // Seven entity mentions, plus issuer, co-handler, signer, contact, a second proposer (the first
            // is also a mention at the same place: one annotation), number, title and session.
            if (f.source().fileName().startsWith("000")) assertEquals(15, exacts.size());
            for (Triple t : exacts) {
                Node quote = t.getSubject();
                Node target = g.find(Node.ANY, RG.oaHasSelector, quote).next().getSubject();
                Node position = g.find(target, RG.oaHasSelector, Node.ANY).toList().stream().map(Triple::getObject)
                        .filter(n -> g.contains(n, RG.rdfType, RG.oaTextPositionSelector)).findFirst().orElseThrow();
                int start = Integer.parseInt(g.find(position, RG.oaStart, Node.ANY).next().getObject().getLiteralLexicalForm());
                int end = Integer.parseInt(g.find(position, RG.oaEnd, Node.ANY).next().getObject().getLiteralLexicalForm());
                assertEquals(f.source().text().substring(start, end), t.getObject().getLiteralLexicalForm());
            }
        }
    }

    @Test
    void damagedTextKeepsPositionsButPublishesNoAnnotation() {
        Graph g = writer.toGraph(Fixtures.damaged());
        assertTrue(literals(g).stream().noneMatch(s -> s.contains("(yè)")), "pinyin annotation leaked");
        Node policy = writer.minter().policy("关于开展制造业创新中心创建工作的实施方案");
        Node ann = g.find(Node.ANY, RG.oaHasBody, policy).next().getSubject();
        String sentence = g.find(ann, RG.sentence, Node.ANY).next().getObject().getLiteralLexicalForm();
        assertEquals("山西省经信委发布《关于开展制造業创新中心创建工作的实施方案》。", sentence);
        assertEquals(Set.of(), g.find(Node.ANY, RG.oaExact, NodeFactory.createLiteralString(
                "关于开展制造業(yè)创新中心创建工作的实施方案")).toSet());
    }

    /** A table cell ends the evidence sentence: the writer's cell, not the page's counter beside it. */
    @Test
    void aSentenceInAMetadataRowIsItsCell() {
        Graph g = writer.toGraph(Fixtures.sourceRow());
        Set<String> sentences = g.find(Node.ANY, RG.sentence, Node.ANY).toList().stream()
                .map(t -> t.getObject().getLiteralLexicalForm()).collect(java.util.stream.Collectors.toSet());
        assertTrue(sentences.contains("来源: 姚安县水务局"), sentences.toString());
        assertTrue(sentences.stream().noneMatch(s -> s.contains("访问量")), sentences.toString());
    }

    @Test
    void statisticsTableIsADataCubeWithTotalsChecked() {
        Graph g = writer.toGraph(Fixtures.city());
        assertEquals(4, g.find(Node.ANY, RG.rdfType, RG.qbObservation).toList().size());
        Node table = writer.minter().table("003_city.txt", 1);
        // 市研发中心: stated 331 = 181 + 150; 省研发中心: stated 186, but 100 + 85 = 185.
        assertEquals("true", value(g, IriMinter.part(table, "column-1"), RG.totalMatchesSum));
        assertEquals("false", value(g, IriMinter.part(table, "column-2"), RG.totalMatchesSum));
        assertEquals("185", value(g, IriMinter.part(table, "column-2"), RG.computedSum));
        assertEquals("false", value(g, table, RG.totalMatchesSum));
    }

    @Test
    void sameNamesInDifferentAssembliesOrProvincesAreDifferentNodes() {
        IriMinter iri = writer.minter();
        assertNotEquals(iri.agency("陕西省科学技术厅"), iri.agency("山西省科学技术厅"));
        assertNotEquals(iri.member("张锋", "CPPCC|陕西省"), iri.member("张锋", "PEOPLES_CONGRESS|湖北省"));
        assertEquals(iri.policy("实施方案(2024—2026年)"), iri.policy("《实施方案（2024-2026年）》"));
    }

    @Test
    void sameFactsInTwoWritersGiveTheSameTriples() {
        DatasetGraph a = CorpusBuilder.newDataset();
        DatasetGraph b = CorpusBuilder.newDataset();
        for (DocumentFacts f : all()) writer.write(f, a);
        for (DocumentFacts f : List.of(Fixtures.damaged(), Fixtures.city(), Fixtures.provincial())) new GraphWriter(BuildOptions.defaults()).write(f, b);
        assertEquals(a.getUnionGraph().find().toSet(), b.getUnionGraph().find().toSet());
    }

    static String value(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    static List<String> literals(Graph g) {
        return g.find().mapWith(Triple::getObject).filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm)
                .toList().stream().collect(Collectors.toList());
    }
}
