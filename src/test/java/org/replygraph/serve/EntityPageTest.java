package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.replygraph.graph.RG;

/** The entity and letter pages rendered straight from the graph, no HTTP. */
class EntityPageTest {
    private static final String AGENCY_PATH = "/id/agency/%E9%99%95%E8%A5%BF%E7%9C%81%E5%B7%A5%E4%B8%9A%E5%92%8C%E4%BF%A1%E6%81%AF%E5%8C%96%E5%8E%85";
    private final DatasetGraph data = SampleData.load();
    private final EntityPage page = new EntityPage(new EntityIris(SampleData.BASE));

    @Test
    void titleCarriesSimplifiedTraditionalAndPinyin() {
        String html = page.render(data, uri(SampleData.CENTRE));
        assertTrue(html.contains("<title>国家增材制造创新中心 · ReplyGraph</title>"));
        assertTrue(html.contains("<h1>国家增材制造创新中心<span class=\"alt\" lang=\"zh-Hant\">國家增材製造創新中心</span>"
                + "<span class=\"alt\" lang=\"zh-Latn-pinyin\">Guójiā Zēngcái Zhìzào Chuàngxīn Zhōngxīn</span></h1>"), html);
        assertTrue(html.contains("<a href=\"https://w3id.org/replygraph/ns#InnovationCentre\">rg:InnovationCentre</a>"));
    }

    @Test
    void evidenceMarksTheMentionInItsSentenceAndLinksTheLetter() {
        String html = page.render(data, uri(SampleData.CENTRE));
        assertTrue(html.contains("<h2>出处 Evidence <small>(2)</small></h2>"));
        assertTrue(html.contains("<q>我厅依托<mark>国家增材制造创新中心</mark>，推动关键技术攻关。</q> — "
                + "<a href=\"/id/letter-1#m65\">关于加快发展增材制造产业的提案的答复</a>"), html);
        assertTrue(html.contains("<q><mark>國家增材製造創新中心</mark>已建成多條示範線。</q>"));
    }

    @Test
    void letterTextMarksEveryMentionWithALinkToItsEntity() {
        String html = page.render(data, uri(SampleData.LETTER));
        assertTrue(html.contains("<mark id=\"m65\"><a href=\"/id/centre/guojia-zengcai-zhizao-chuangxin-zhongxin\" "
                + "title=\"国家增材制造创新中心\">国家增材制造创新中心</a></mark>"), html);
        assertTrue(html.contains("<mark id=\"m94\"><a href=\"" + AGENCY_PATH + "\" title=\"陕西省工业和信息化厅\">省工信厅</a></mark>"));
        assertEquals(3, count(html, "<mark id="));
    }

    @Test
    void withoutTheTextTheEvidenceSentencesStandInWithTheirMentionsMarked() {
        data.getUnionGraph().find(uri(SampleData.LETTER), RG.text, Node.ANY).toList()
                .forEach(t -> data.deleteAny(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()));
        String html = page.render(data, uri(SampleData.LETTER));
        assertTrue(html.contains("<p>我厅依托<mark id=\"m65\"><a href=\"/id/centre/guojia-zengcai-zhizao-chuangxin-zhongxin\" "
                + "title=\"国家增材制造创新中心\">国家增材制造创新中心</a></mark>，推动关键技术攻关。</p>"), html);
        assertTrue(html.contains("<p>下一步，<mark id=\"m94\"><a href=\"" + AGENCY_PATH + "\" title=\"陕西省工业和信息化厅\">省工信厅</a></mark>"
                + "将落实《<mark id=\"m102\">"), html);
    }

    @Test
    void propertiesLinkValuesByTheirLabels() {
        String html = page.render(data, uri(SampleData.LETTER));
        assertTrue(html.contains("<th><a href=\"https://w3id.org/replygraph/ns#issuedBy\">rg:issuedBy</a></th><td>"
                + "<a href=\"" + AGENCY_PATH + "\">陕西省工业和信息化厅</a></td>"), html);
        assertTrue(html.contains("2021-07-04 <span class=\"lang\">xsd:date</span>"));
    }

    @Test
    void everyStringFromTheDataIsEscaped() {
        Graph g = GraphFactory.createDefaultGraph();
        Node evil = uri(SampleData.BASE + "policy/x");
        g.add(Triple.create(evil, RG.rdfsLabel, NodeFactory.createLiteralLang("<script>alert(\"1\")</script>", "zh-Hans")));
        g.add(Triple.create(evil, RG.dctTitle, NodeFactory.createLiteralString("a & b <i>")));
        String html = page.render(g, evil, 1);
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("<h1>&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt;"));
        assertTrue(html.contains("a &amp; b &lt;i&gt;"));
    }

    @Test
    void inboundLinksAreCountedAndPaged() {
        Graph g = GraphFactory.createDefaultGraph();
        Node agency = uri(SampleData.BASE + "agency/a");
        for (int i = 0; i < 120; i++) {
            g.add(Triple.create(uri(SampleData.BASE + "doc/" + i), RG.issuedBy, agency));
        }
        String first = page.render(g, agency, 1);
        assertTrue(first.contains("<h2>被引用 Referenced by <small>(120)</small></h2>"));
        assertTrue(first.contains("rg:issuedBy</a> (120)"));
        assertEquals(EntityPage.INBOUND_PAGE_SIZE, count(first.substring(first.indexOf("class=\"inbound\"")), "<tr>"));
        assertTrue(first.contains("1 / 3 <a href=\"/id/agency/a.html?page=2\">下一页 →</a>"));
        String last = page.render(g, agency, 3);
        assertEquals(20, count(last.substring(last.indexOf("class=\"inbound\"")), "<tr>"));
    }

    @Test
    void neighbourhoodIsAnInlineSvgWithLinks() {
        String html = page.render(data, uri(SampleData.LETTER));
        Matcher svg = Pattern.compile("<svg class=\"neighbourhood\".*?</svg>").matcher(html);
        assertTrue(svg.find());
        assertTrue(svg.group().contains("<a href=\"/id/centre/guojia-zengcai-zhizao-chuangxin-zhongxin\"><title>国家增材制造创新中心</title>"));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }
}
