package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.replygraph.extract.fact.Assembly;
import org.replygraph.extract.fact.AssemblyKind;
import org.replygraph.extract.fact.ProposalKind;
import org.replygraph.extract.fact.Session;
import org.replygraph.extract.fact.Span;

/** Which inputs are one thing and which are two, as IRIs: table-driven, with real-shaped names and keys. */
class IriMinterTest {
    static final IriMinter IRI = new IriMinter(RG.DEFAULT_BASE);
    static final Assembly CD_CPPCC = new Assembly(AssemblyKind.CPPCC, "成都市");
    static final Assembly CD_NPC = new Assembly(AssemblyKind.PEOPLES_CONGRESS, "成都市");
    static final Assembly SX_CPPCC = new Assembly(AssemblyKind.CPPCC, "陕西省");
    static final Assembly HB_NPC = new Assembly(AssemblyKind.PEOPLES_CONGRESS, "湖北省");
    static final Span AT = new Span(0, 10);
    static final ProposalKind P = ProposalKind.CPPCC_PROPOSAL;
    static final ProposalKind S = ProposalKind.NPC_SUGGESTION;
    static final String T = "关于加快工业互联网平台赋能中小制造企业的提案";

    static Session session(Assembly a, int term, int meeting) {
        return new Session(a, term, meeting, AT);
    }

    static String cd(int year) {
        return IriMinter.yearScope("成都市", year);
    }

    static Arguments same(String why, Supplier<Node> a, Supplier<Node> b) {
        return Arguments.of(why, a, b, true);
    }

    static Arguments apart(String why, Supplier<Node> a, Supplier<Node> b) {
        return Arguments.of(why, a, b, false);
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                same("one session, one number: lead agency and co-handler", () -> IRI.proposal(session(CD_CPPCC, 14, 2), P, "0123"),
                        () -> IRI.proposal(session(CD_CPPCC, 14, 2), P, "0123")),
                same("a number written with a full-width space", () -> IRI.proposal(session(CD_CPPCC, 14, 2), P, "0123"),
                        () -> IRI.proposal(session(CD_CPPCC, 14, 2), P, "01\u300023")),
                apart("another number", () -> IRI.proposal(session(CD_CPPCC, 14, 2), P, "0123"),
                        () -> IRI.proposal(session(CD_CPPCC, 14, 2), P, "0124")),
                apart("another meeting", () -> IRI.proposal(session(CD_CPPCC, 14, 2), P, "0123"),
                        () -> IRI.proposal(session(CD_CPPCC, 14, 3), P, "0123")),
                apart("the congress's 0123 is not the CPPCC's", () -> IRI.proposal(session(CD_CPPCC, 14, 2), P, "0123"),
                        () -> IRI.proposal(session(CD_NPC, 14, 2), S, "0123")),
                same("no session: one number in one jurisdiction and year", () -> IRI.numberedProposal(P, "0123", cd(2023)),
                        () -> IRI.numberedProposal(P, "0123", cd(2023))),
                apart("no session: another year", () -> IRI.numberedProposal(P, "0123", cd(2023)),
                        () -> IRI.numberedProposal(P, "0123", cd(2024))),
                apart("no session: another jurisdiction", () -> IRI.numberedProposal(P, "0123", cd(2023)),
                        () -> IRI.numberedProposal(P, "0123", IriMinter.yearScope("成都市武侯区", 2023))),
                apart("no session: a suggestion and a proposal", () -> IRI.numberedProposal(P, "0123", cd(2023)),
                        () -> IRI.numberedProposal(S, "0123", cd(2023))),
                apart("no session: each document alone", () -> IRI.numberedProposal(P, "0123", IriMinter.documentScope("a.txt")),
                        () -> IRI.numberedProposal(P, "0123", IriMinter.documentScope("b.txt"))),
                same("no number: one title, the same proposers in any order", () -> IRI.titledProposal(P, T, List.of("钱立文", "李明"), cd(2023)),
                        () -> IRI.titledProposal(P, T, List.of("李明", "钱立文"), cd(2023))),
                same("no number: a title with or without 《》 and spaces", () -> IRI.titledProposal(P, T, List.of("钱立文"), cd(2023)),
                        () -> IRI.titledProposal(P, "《" + T.substring(0, 6) + " " + T.substring(6) + "》", List.of("钱立文"), cd(2023))),
                apart("no number: one title, other proposers", () -> IRI.titledProposal(P, T, List.of("钱立文"), cd(2023)),
                        () -> IRI.titledProposal(P, T, List.of("李明"), cd(2023))),
                apart("no number: one title, no proposer named", () -> IRI.titledProposal(P, T, List.of("钱立文"), cd(2023)),
                        () -> IRI.titledProposal(P, T, List.of(), cd(2023))),
                apart("no number: one title and proposer, another session",
                        () -> IRI.titledProposal(P, T, List.of("钱立文"), IriMinter.sessionScope(session(CD_CPPCC, 14, 2))),
                        () -> IRI.titledProposal(P, T, List.of("钱立文"), IriMinter.sessionScope(session(CD_CPPCC, 14, 3)))),
                apart("a number is not a title", () -> IRI.numberedProposal(P, "0123", cd(2023)),
                        () -> IRI.titledProposal(P, "0123", List.of(), cd(2023))),
                same("a member of one assembly", () -> IRI.member("王芳", IriMinter.scopeOf(SX_CPPCC)),
                        () -> IRI.member("王 芳", IriMinter.scopeOf(new Assembly(AssemblyKind.CPPCC, "陕西省")))),
                apart("namesakes of two assemblies", () -> IRI.member("王芳", IriMinter.scopeOf(SX_CPPCC)),
                        () -> IRI.member("王芳", IriMinter.scopeOf(HB_NPC))),
                apart("namesakes of one place's CPPCC and congress", () -> IRI.member("王芳", IriMinter.scopeOf(CD_CPPCC)),
                        () -> IRI.member("王芳", IriMinter.scopeOf(CD_NPC))),
                apart("陕西省 and 山西省 share a slug, not an IRI", () -> IRI.agency("陕西省工业和信息化厅"),
                        () -> IRI.agency("山西省工业和信息化厅")),
                apart("a province's commission and the national one", () -> IRI.agency("四川省发展和改革委员会"),
                        () -> IRI.agency("国家发展和改革委员会")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void mintsOneIriForOneThingAndTwoForTwo(String why, Supplier<Node> a, Supplier<Node> b, boolean same) {
        if (same) assertEquals(a.get(), b.get(), why);
        else assertNotEquals(a.get(), b.get(), why);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void readsTheSameThingTheSameWayTwice(String why, Supplier<Node> a, Supplier<Node> b, boolean same) {
        assertEquals(a.get(), a.get(), why);
    }

    @org.junit.jupiter.api.Test
    void aProposalNumberReadsInItsIri() {
        String uri = IRI.numberedProposal(P, "萧山45", cd(2023)).getURI();
        assertEquals(true, uri.startsWith(RG.DEFAULT_BASE + "proposal/xiao-shan-45-"), uri);
    }

    @org.junit.jupiter.api.Test
    void refusesABaseThatIsNoHttpIri() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IriMinter("urn:x:"));
        assertEquals("Illegal base IRI=urn:x: : must be an http(s) IRI ending in / or #", e.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "029-87294985, tel:+86-29-87294985",
        "0298-7294985, tel:0298-7294985;phone-context=+86",   // no area code starts 029x: left local
        "010-12345678, tel:+86-10-12345678",
        "0887-8600000, tel:+86-887-8600000",
        "0871-63512057, tel:+86-871-63512057",
        "02987294985, tel:+86-29-87294985",
        "029-87294985-801, tel:+86-29-87294985;ext=801",
        "13858150550, tel:+86-13858150550",
        "3100000, tel:3100000;phone-context=+86",
        "87294985-12, tel:87294985;ext=12;phone-context=+86",
        "400-123-4567, tel:400-123-4567;phone-context=+86",
    })
    void telephoneNumbersAreRfc3966(String written, String iri) {
        assertEquals(iri, IriMinter.telephone(written).getURI());
        assertEquals(iri, java.net.URI.create(iri).toString(), "a valid URI");
    }

    @org.junit.jupiter.api.Test
    void aTelephoneNumberOfTooFewDigitsIsRefused() {
        assertEquals("Illegal telephone number=12-3 : a number is digits and hyphens, 5 digits or more (0XX-XXXXXXXX, 1XXXXXXXXXX, XXXXXXX)",
                assertThrows(IllegalArgumentException.class, () -> IriMinter.telephone("12-3")).getMessage());
    }

    @ParameterizedTest
    @MethodSource("documentFiles")
    void aDocumentsGraphIsFoundFromItsIri(String fileName) {
        assertEquals(java.util.Optional.of(IRI.graph(fileName)), IRI.graphOfDocument(IRI.document(fileName)));
    }

    static Stream<String> documentFiles() {
        return Stream.of("003-traditional.txt", "r086_gd-gxt-1690-composite-materials-centre.txt", "信件 (1).html", "a.b.c.nq");
    }

    @org.junit.jupiter.api.Test
    void onlyDocumentsOfThisBaseHaveAGraph() {
        assertEquals(java.util.Optional.empty(), IRI.graphOfDocument(IRI.agency("陕西省工业和信息化厅")));
        assertEquals(java.util.Optional.empty(), IRI.graphOfDocument(IRI.graph("a.txt")));
        assertEquals(java.util.Optional.empty(), IRI.graphOfDocument(new IriMinter("https://example.org/other/").document("a.txt")));
        assertEquals(java.util.Optional.empty(), IRI.graphOfDocument(org.apache.jena.graph.NodeFactory.createLiteralString("a.txt")));
    }
}
