package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
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
        assertTrue(html.contains("<span><a href=\"/class/InnovationCentre\">创新平台 "
                + "<span lang=\"en\">innovation centre</span></a> <small class=\"qname\">rg:InnovationCentre</small></span>"), html);
    }

    @Test
    void evidenceMarksTheMentionInItsSentenceAndLinksTheLetter() {
        String html = page.render(data, uri(SampleData.CENTRE));
        assertTrue(html.contains("<h2>出处 Evidence <small>(2)</small></h2>"));
        assertTrue(html.contains("<q>我厅依托<mark>国家增材制造创新中心</mark>，推动关键技术攻关。</q> — "
                + "<a href=\"/id/letter-1#m-65-75\">关于加快发展增材制造产业的提案的答复</a>"), html);
        assertTrue(html.contains("<q><mark>國家增材製造創新中心</mark>已建成多條示範線。</q>"));
    }

    @Test
    void letterPageShowsTheCleanedTextWithEveryMentionMarkedAndLinked() {
        String html = page.render(data, uri(SampleData.LETTER));
        assertTrue(html.contains("<h2>正文 Text <small>(cleaned)</small></h2><div class=\"letter\">关于加快发展增材制造产业的提案的答复\n王某某委员:\n"), html);
        assertTrue(html.contains("我厅依托<mark id=\"m-65-75\"><a href=\"/id/centre/guojia-zengcai-zhizao-chuangxin-zhongxin\" "
                + "title=\"国家增材制造创新中心\">国家增材制造创新中心</a></mark>,推动"), html);
        assertTrue(html.contains("下一步,<mark id=\"m-94-98\"><a href=\"" + AGENCY_PATH + "\" title=\"陕西省工业和信息化厅\">省工信厅</a></mark>"));
        assertEquals(3, count(html, "<mark id="));
        assertFalse(html.contains("rg:cleanText"), "the text is not repeated in the property table");
    }

    @Test
    void evidenceLinksLandOnTheMarkOfTheLetterPage() {
        String centre = page.render(data, uri(SampleData.CENTRE));
        String letter = page.render(data, uri(SampleData.LETTER));
        Matcher link = Pattern.compile("<a href=\"/id/letter-1#([^\"]+)\">").matcher(centre);
        assertTrue(link.find(), centre);
        assertTrue(letter.contains("<mark id=\"" + link.group(1) + "\"><a href=\"/id/centre/"), link.group(1));
    }

    @Test
    void withoutTheCleanedTextTheOriginalTextIsMarkedByItsOriginalOffsets() {
        delete(SampleData.LETTER, RG.cleanText);
        String html = page.render(data, uri(SampleData.LETTER));
        assertTrue(html.contains("<h2>原文 Text</h2>"));
        assertTrue(html.contains("<mark id=\"m-65-75\"><a href=\"/id/centre/guojia-zengcai-zhizao-chuangxin-zhongxin\" "
                + "title=\"国家增材制造创新中心\">国家增材制造创新中心</a></mark>"), html);
        assertTrue(html.contains("<mark id=\"m-94-98\"><a href=\"" + AGENCY_PATH + "\" title=\"陕西省工业和信息化厅\">省工信厅</a></mark>"));
        assertEquals(3, count(html, "<mark id="));
    }

    @Test
    void cleanedTextIsEscapedAndOverlappingMentionsNestWithoutLinksInLinks() {
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = uri(SampleData.BASE + "doc/evil");
        Node centre = uri(SampleData.BASE + "centre/c");
        Node field = uri(SampleData.BASE + "policy/f");
        String text = "<script>alert(1)</script>依托国家增材制造创新中心建设";
        g.add(Triple.create(doc, RG.cleanText, NodeFactory.createLiteralLang(text, "zh-Hans")));
        g.add(Triple.create(centre, RG.rdfsLabel, NodeFactory.createLiteralLang("国家增材制造创新中心", "zh-Hans")));
        annotate(g, doc, centre, 1, 27, 37);
        annotate(g, doc, field, 2, 29, 33);
        String html = page.render(g, doc, 1);
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("<div class=\"letter\">&lt;script&gt;alert(1)&lt;/script&gt;依托"
                + "<mark id=\"mc-27-37\"><a href=\"/id/centre/c\" title=\"国家增材制造创新中心\">国家</a>"
                + "<mark id=\"mc-29-33\"><a href=\"/id/policy/f\" title=\"f\">增材制造</a></mark>"
                + "<a href=\"/id/centre/c\" title=\"国家增材制造创新中心\">创新中心</a></mark>建设</div>"), html);
    }

    @Test
    void propertiesLinkValuesByTheirLabels() {
        String html = page.render(data, uri(SampleData.LETTER));
        assertTrue(html.contains("<th><a href=\"https://w3id.org/replygraph/ns#issuedBy\">主办单位 <span lang=\"en\">issued by</span></a> "
                + "<small class=\"qname\">rg:issuedBy</small></th><td><a href=\"" + AGENCY_PATH + "\">陕西省工业和信息化厅</a></td>"), html);
        assertTrue(html.contains("<th><a href=\"http://purl.org/dc/terms/date\">日期 <span lang=\"en\">date</span></a> "
                + "<small class=\"qname\">dcterms:date</small></th>"), "other vocabularies' terms take the display labels");
        assertTrue(html.contains("2021-07-04 <span class=\"lang\">xsd:date</span>"));
    }

    /** Outgoing links to Wikidata (owl:sameAs, skos:exactMatch) are links, like any http(s) IRI; other schemes stay text. */
    @Test
    void sameAsAndExactMatchToWikidataAreLinks() {
        Graph g = GraphFactory.createDefaultGraph();
        Node province = uri(SampleData.BASE + "agency/shaanxi");
        g.add(Triple.create(province, RG.rdfsLabel, NodeFactory.createLiteralLang("陕西省人民政府", "zh-Hans")));
        g.add(Triple.create(province, NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs"),
                uri("http://www.wikidata.org/entity/Q47974")));
        g.add(Triple.create(province, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#exactMatch"),
                uri("https://www.wikidata.org/wiki/Q47974")));
        g.add(Triple.create(province, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#closeMatch"),
                uri("javascript:alert(1)")));
        String html = page.render(g, province, 1);
        assertTrue(html.contains("<a href=\"http://www.wikidata.org/entity/Q47974\">"), html);
        assertTrue(html.contains("<a href=\"https://www.wikidata.org/wiki/Q47974\">"), html);
        assertFalse(html.contains("href=\"javascript:"), html);
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
        assertTrue(first.contains("<small class=\"qname\">rg:issuedBy</small> (120)"), first);
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

    private void delete(String subject, Node property) {
        data.getUnionGraph().find(uri(subject), property, Node.ANY).toList()
                .forEach(t -> data.deleteAny(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** An annotation in the graph stage's shape with cleaned-text offsets only. */
    private static void annotate(Graph g, Node doc, Node entity, int n, int cleanStart, int cleanEnd) {
        Node a = uri(doc.getURI() + "/mention/" + n);
        Node target = uri(doc.getURI() + "/mention/" + n + "-target");
        g.add(Triple.create(a, RG.oaHasBody, entity));
        g.add(Triple.create(a, RG.oaHasTarget, target));
        g.add(Triple.create(target, RG.oaHasSource, doc));
        g.add(Triple.create(a, RG.cleanStart, NodeFactory.createLiteralDT(Integer.toString(cleanStart), XSDDatatype.XSDnonNegativeInteger)));
        g.add(Triple.create(a, RG.cleanEnd, NodeFactory.createLiteralDT(Integer.toString(cleanEnd), XSDDatatype.XSDnonNegativeInteger)));
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
