package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.replygraph.graph.RG;
import org.replygraph.index.Descriptions;

/** Every list on an entity page and in its RDF documents is one bounded page with its total. */
class BoundedPagesTest {
    private static final EntityIris IRIS = new EntityIris(ManyLetters.BASE);
    private final EntityPage pages = new EntityPage(IRIS, Vocabulary.bundled());

    @Test
    void evidenceIsPagedWithItsTotalAndIdenticalQuotesAreOneRowWithACount() {
        Descriptions d = Descriptions.of(ManyLetters.of(120), ManyLetters.BASE);
        String first = pages.render(d, ManyLetters.AGENCY, 1);
        assertTrue(first.contains("<h2>出处 Evidence <small>(120)</small></h2>"), first);
        assertEquals(1, count(first, "<li><q><mark>陕西省工业和信息化厅</mark></q>"), "one row for 50 identical quotes");
        assertTrue(first.contains("<span class=\"count\">×50</span></li></ol><p class=\"pager\">1 / 3 "
                + "<a href=\"/id/agency/a.html?page=2\">下一页 →</a></p>"), first);
        String last = pages.render(d, ManyLetters.AGENCY, 3);
        assertTrue(last.contains("<span class=\"count\">×20</span>"));
        assertTrue(last.contains("<a href=\"/id/agency/a.html?page=2\">← 上一页</a> 3 / 3</p>"));
        Paging.PastLastPage past = assertThrows(Paging.PastLastPage.class, () -> pages.render(d, ManyLetters.AGENCY, 4));
        assertEquals("No page 4: the last page is 3", past.getMessage());
    }

    @Test
    void referencedByIsCountedPerPropertyAndPaged() {
        Descriptions d = Descriptions.of(ManyLetters.of(120), ManyLetters.BASE);
        String first = pages.render(d, ManyLetters.AGENCY, 1);
        assertTrue(first.contains("<h2>被引用 Referenced by <small>(120)</small></h2>"));
        assertTrue(first.contains("<small class=\"qname\">rg:issuedBy</small> (120)"));
        assertEquals(EntityPage.INBOUND_PAGE_SIZE, count(section(first, "class=\"inbound\""), "<tr>"));
        assertEquals(20, count(section(pages.render(d, ManyLetters.AGENCY, 3), "class=\"inbound\""), "<tr>"));
    }

    @Test
    void labelsComeFromTheEntitiesGraphNotTheLettersCopies() {
        String html = pages.render(Descriptions.of(ManyLetters.of(3), ManyLetters.BASE), ManyLetters.AGENCY, 1);
        assertTrue(html.contains("<h1>陕西省工业和信息化厅"), html);
        assertFalse(html.contains("旧名称"), "the letters' copies are provenance, not the description");
    }

    @Test
    void withoutAnEntitiesGraphTheUnionIsRead() {
        DatasetGraph data = ManyLetters.of(3);
        data.removeGraph(ManyLetters.ENTITIES);
        String html = pages.render(Descriptions.of(data, ManyLetters.BASE), ManyLetters.AGENCY, 1);
        assertTrue(html.contains("<h1>旧名称"), html);
        assertTrue(html.contains("<h2>被引用 Referenced by <small>(3)</small></h2>"));
    }

    @Test
    void aPropertysValuesArePagedAndIdenticalOnesCounted() {
        DatasetGraph data = ManyLetters.of(1);
        ManyLetters.figures(data, 45, 25);
        Descriptions d = Descriptions.of(data, ManyLetters.BASE);
        String first = pages.render(d, ManyLetters.CENTRE, 1);
        String row = section(first, "rg:statedFigure");
        assertTrue(row.startsWith("rg:statedFigure</small> <small>(45)</small></th><td><a href=\"/id/figure/f000\">120余人</a> "
                + "<span class=\"count\">×20</span><br><span class=\"pager\">1–20 / 45 · "
                + "<a href=\"/id/centre/c.html?page=2\">下一页 →</a></span></td></tr>"), row);
        String secondPage = pages.render(d, ManyLetters.CENTRE, 2);
        assertTrue(secondPage.contains("<td>某创新中心 <span class=\"lang\">zh-Hans</span></td>"), "single-valued properties stay on every page");
        String second = section(secondPage, "rg:statedFigure");
        assertTrue(second.contains("120余人</a> <span class=\"count\">×5</span><br>"), second);
        assertTrue(second.contains("30项</a> <span class=\"count\">×15</span>"), second);
        assertEquals("No page 4: the last page is 3",
                assertThrows(Paging.PastLastPage.class, () -> pages.render(d, ManyLetters.CENTRE, 4)).getMessage());
    }

    @Test
    void pageSizeDoesNotGrowWithTheCorpus() {
        int small = pages.render(Descriptions.of(ManyLetters.of(200), ManyLetters.BASE), ManyLetters.AGENCY, 1).length();
        int large = pages.render(Descriptions.of(ManyLetters.of(2000), ManyLetters.BASE), ManyLetters.AGENCY, 1).length();
        assertTrue(Math.abs(large - small) < small / 50, small + " vs " + large + " characters");
    }

    @Test
    void rdfDocumentsCarryOnePageOfInboundLinksWithHydraPaging() {
        Descriptions d = Descriptions.of(ManyLetters.of(250), ManyLetters.BASE);
        Vocabulary v = Vocabulary.bundled();
        Graph first = EntityDocument.describe(d, ManyLetters.CENTRE, ManyLetters.BASE, v.properties(), "ttl", 1, java.time.Instant.EPOCH);
        Node self = NodeFactory.createURI(ManyLetters.CENTRE.getURI() + ".ttl");
        assertEquals(EntityDocument.INBOUND_PAGE_SIZE, first.find(Node.ANY, RG.mentions, ManyLetters.CENTRE).toList().size());
        assertTrue(first.contains(self, EntityDocument.TOTAL_ITEMS, NodeFactory.createLiteralDT("250",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        assertTrue(first.contains(self, EntityDocument.NEXT, NodeFactory.createURI(self.getURI() + "?page=2")));
        assertTrue(first.contains(self, EntityDocument.LAST, NodeFactory.createURI(self.getURI() + "?page=3")));
        assertTrue(first.contains(self, EntityDocument.PRIMARY_TOPIC, ManyLetters.CENTRE));
        first.find(Node.ANY, RG.mentions, ManyLetters.CENTRE).forEachRemaining(t ->
                assertTrue(first.contains(t.getSubject(), RG.rdfsLabel, Node.ANY), "the letters pointing here are labelled"));
        Graph last = EntityDocument.describe(d, ManyLetters.CENTRE, ManyLetters.BASE, v.properties(), "ttl", 3, java.time.Instant.EPOCH);
        Node lastSelf = NodeFactory.createURI(self.getURI() + "?page=3");
        assertEquals(50, last.find(Node.ANY, RG.mentions, ManyLetters.CENTRE).toList().size());
        assertTrue(last.contains(lastSelf, EntityDocument.PREVIOUS, NodeFactory.createURI(self.getURI() + "?page=2")));
        assertFalse(last.contains(lastSelf, EntityDocument.NEXT, Node.ANY));
        assertEquals("No page 4: the last page is 3", assertThrows(Paging.PastLastPage.class,
                () -> EntityDocument.describe(d, ManyLetters.CENTRE, ManyLetters.BASE, v.properties(), "ttl", 4, java.time.Instant.EPOCH)).getMessage());
    }

    @Test
    void onATdb2StoreThePagesTogetherListEveryLetterOnce() {
        DatasetGraph memory = ManyLetters.of(120);
        DatasetGraph tdb = org.apache.jena.tdb2.DatabaseMgr.createDatasetGraph();
        org.apache.jena.system.Txn.executeWrite(tdb, () -> memory.find().forEachRemaining(tdb::add));
        java.util.Set<String> listed = new java.util.HashSet<>();
        int rows = 0;
        for (int page = 1; page <= 3; page++) {
            int p = page;
            String html = org.apache.jena.system.Txn.calculateRead(tdb,
                    () -> pages.render(Descriptions.of(tdb, ManyLetters.BASE), ManyLetters.AGENCY, p));
            assertTrue(html.contains("<h2>被引用 Referenced by <small>(120)</small></h2>"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr><td><a href=\"(/id/doc/[0-9]+)\">")
                    .matcher(section(html, "class=\"inbound\""));
            while (m.find()) {
                listed.add(m.group(1));
                rows++;
            }
        }
        assertEquals(120, rows);
        assertEquals(120, listed.size());
        org.replygraph.index.SearchIndex index = org.replygraph.index.SearchIndex.inMemory(ManyLetters.BASE);
        index.rebuild(tdb);
        assertEquals(120, index.search("答复", 0, 10).total());
        assertEquals(120, index.search("dafu", 0, 10).total());
        assertEquals(ManyLetters.AGENCY, index.search("shanxisheng", 0, 10).hits().get(0).node());
    }

    @Test
    void pageNumbersAreParsedStrictly() {
        assertEquals(1, Paging.parse(null));
        assertEquals(12, Paging.parse("12"));
        for (String bad : new String[] {"0", "-1", "x", "1.5", "1234567", ""}) {
            assertEquals("Illegal page=" + bad + " : page must be a number from 1 to 999999",
                    assertThrows(Paging.BadPageNumber.class, () -> Paging.parse(bad)).getMessage());
        }
    }

    /** The text from {@code marker} to the end of its table row or list. */
    private static String section(String html, String marker) {
        int at = html.indexOf(marker);
        assertTrue(at >= 0, marker + " in " + html);
        int end = html.indexOf("</table>", at);
        return html.substring(at, end < 0 ? html.length() : end);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }
}
