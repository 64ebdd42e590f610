package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.replygraph.graph.RG;

/** The home page rendered without HTTP: every letter, newest first, 50 a page, with its proposal's title and number. */
class HomePageTest {
    private static final EntityIris IRIS = new EntityIris(SampleData.BASE);
    private final HomePage home = new HomePage(IRIS, Vocabulary.bundled());

    @Test
    void lettersAreListedNewestFirstFiftyAPageWithProposalTitleAndNumber() {
        DatasetGraph data = letters(120);
        DatasetStats stats = DatasetStats.of(data, IRIS);
        String first = home.render(data, stats, 1);
        assertTrue(first.contains("<h2 id=\"letters\">答复函 Letters <small>(120)</small></h2>"));
        assertEquals(LetterTable.PAGE_SIZE, rows(first));
        assertTrue(first.contains("<tr><td>2024-04-29</td><td><a href=\"/id/doc/119\">答复119</a></td><td>"
                + "<a href=\"/id/proposal/119\">关于建设中试基地的提案119</a> <span class=\"lang\">第A119号</span></td><td></td></tr>"), first);
        assertTrue(first.contains("1 / 3 <a href=\"/?page=2#letters\">下一页 →</a>"));
        String last = home.render(data, stats, 3);
        assertEquals(20, rows(last));
        assertTrue(last.contains("<td>2024-01-01</td><td><a href=\"/id/doc/0\">答复0</a>"));
        Paging.PastLastPage past = assertThrows(Paging.PastLastPage.class, () -> home.render(data, stats, 4));
        assertEquals("No page 4: the last page is 3", past.getMessage());
    }

    @Test
    void classesAreCountedByLabelAndTheOntologyGraphIsNamedApart() {
        String html = home.render(SampleData.load(), DatasetStats.of(SampleData.load(), IRIS), 1);
        assertTrue(html.contains("<tr><td><a href=\"/class/Agency\">机关单位 <span lang=\"en\">agency</span></a> "
                + "<small class=\"qname\">rg:Agency</small></td><td>2</td></tr>"), html);
        assertTrue(html.contains("is the named graph <code>https://w3id.org/replygraph/ns</code>, not part of the default graph."));
    }

    /** {@code n} letters a day apart from 2024-01-01, each in its own graph, answering a numbered proposal. */
    private static DatasetGraph letters(int n) {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < n; i++) {
            Node g = uri("graph/" + i);
            Node doc = uri("doc/" + i);
            Node proposal = uri("proposal/" + i);
            data.add(Quad.create(g, doc, RG.rdfType, RG.ReplyLetter));
            data.add(Quad.create(g, doc, RG.rdfType, RG.Document));
            data.add(Quad.create(g, doc, RG.rdfsLabel, NodeFactory.createLiteralLang("答复" + i, "zh-Hans")));
            data.add(Quad.create(g, doc, RG.dctDate, NodeFactory.createLiteralDT(
                    java.time.LocalDate.of(2024, 1, 1).plusDays(i).toString(), XSDDatatype.XSDdate)));
            data.add(Quad.create(g, doc, RG.answers, proposal));
            data.add(Quad.create(g, proposal, RG.rdfsLabel, NodeFactory.createLiteralLang("关于建设中试基地的提案" + i, "zh-Hans")));
            data.add(Quad.create(g, proposal, RG.proposalNumber, NodeFactory.createLiteralString("A" + i)));
        }
        return data;
    }

    private static Node uri(String path) {
        return NodeFactory.createURI(SampleData.BASE + path);
    }

    private static int rows(String html) {
        String table = html.substring(html.indexOf("<table class=\"letters\">"), html.indexOf("</table>", html.indexOf("<table class=\"letters\">")));
        return table.split("<tr><td>", -1).length - 1;
    }
}
