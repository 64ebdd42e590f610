package org.replygraph.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.graph.EntityGraph;
import org.replygraph.graph.RG;

/** The Lucene label index: simplified, traditional and pinyin forms, totals, paging, updates, on disk. */
class SearchIndexTest {
    private static final String BASE = "https://w3id.org/replygraph/id/";
    private static final Node ENTITIES = EntityGraph.name(BASE);
    private static SearchIndex sample;

    @BeforeAll
    static void load() {
        sample = SearchIndex.inMemory(BASE);
        sample.rebuild(sampleData());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "增材 | centre/guojia-zengcai-zhizao-chuangxin-zhongxin | 国家增材制造创新中心",
        "國家增材 | centre/guojia-zengcai-zhizao-chuangxin-zhongxin | 國家增材製造創新中心",
        "zengcai zhizao | centre/guojia-zengcai-zhizao-chuangxin-zhongxin | Guójiā Zēngcái Zhìzào Chuàngxīn Zhōngxīn",
        "省工信厅 | agency/陕西省工业和信息化厅 | 省工信厅",
        "xinxihua | agency/陕西省工业和信息化厅 | Shǎnxī Shěng Gōngyè hé Xìnxīhuà Tīng",
        "shenggongxin | agency/陕西省工业和信息化厅 | 省工信厅",
        "科學技術 | agency/西安市科学技术局 | 西安市科學技術局",
        "陝西省工業 | agency/陕西省工业和信息化厅 | 陕西省工业和信息化厅",
        "kexue jishu ju | agency/西安市科学技术局 | 西安市科学技术局",
    })
    void findsBySimplifiedTraditionalOrPinyin(String query, String entity, String matched) {
        SearchIndex.Page page = sample.search(query, 0, 10);
        assertEquals(BASE + entity, page.hits().get(0).node().getURI(), page.toString());
        assertEquals(matched, page.hits().get(0).matched());
    }

    @Test
    void aSearchMadeWhileTheIndexIsBuiltInTheBackgroundWaitsForItAndFindsEverything() {
        try (SearchIndex index = SearchIndex.inMemory(BASE)) {
            index.rebuildInBackground(sampleData());
            SearchIndex.Page page = index.search("增材", 0, 10);
            assertEquals(sample.search("增材", 0, 10), page);
            assertTrue(page.total() > 0, page.toString());
        }
    }

    @Test
    void aRebuildWaitingForItsStartIsStartedByTheFirstSearchThatNeedsIt() {
        try (SearchIndex index = SearchIndex.inMemory(BASE)) {
            CompletableFuture<Void> firstAnswer = new CompletableFuture<>(); // never completed by anyone else
            index.rebuildAfter(sampleData(), firstAnswer);
            assertEquals(sample.search("增材", 0, 10), index.search("增材", 0, 10));
            assertTrue(firstAnswer.isDone(), "the search started the rebuild");
            assertEquals(sample.size(), index.size());
        }
    }

    @Test
    void aRebuildNotStartedWhenTheIndexIsClosedNeverRuns() {
        DatasetGraph data = sampleData();
        CompletableFuture<Void> go = new CompletableFuture<>();
        SearchIndex index = SearchIndex.inMemory(BASE);
        index.rebuildAfter(data, go);
        long start = System.nanoTime();
        index.close();
        assertTrue(go.isCancelled(), "close cancels the start");
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "close does not wait for a start that never comes");
        assertFalse(go.complete(null), "a late first answer starts nothing");
    }

    @Test
    void eachHitCarriesItsTypes() {
        SearchIndex.Hit centre = sample.search("国家增材制造创新中心", 0, 1).hits().get(0);
        assertEquals(List.of(NodeFactory.createURI("http://www.w3.org/ns/org#Organization"), RG.InnovationCentre), centre.types());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Guójiā Zēngcái | guojiazengcai",
        "Shǎnxī Shěng | shanxisheng",
        "国家 增材 | 国家增材",
        "lǜ-sè | luse",
    })
    void foldsTonesCaseAndSpaces(String text, String folded) {
        assertEquals(folded, SearchForms.fold(text));
    }

    @Test
    void pinyinAndTraditionalCoverEveryEntityWithAChineseLabelOnly() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        List<String> names = List.of("国家增材制造创新中心", "陕西省增材制造产业发展行动计划", "增材制造研究院",
                "湖北省增材制造协会", "增材制造", "金属增材制造重点实验室");
        for (int i = 0; i < names.size(); i++) {
            Node e = NodeFactory.createURI(BASE + "concept/c" + i);
            data.add(Quad.create(ENTITIES, e, RG.rdfType, RG.skosConcept));
            data.add(Quad.create(ENTITIES, e, RG.rdfsLabel, NodeFactory.createLiteralLang(names.get(i), "zh-Hans")));
        }
        SearchIndex index = SearchIndex.inMemory(BASE);
        index.rebuild(data);
        assertEquals(6, index.search("增材", 0, 20).total());
        assertEquals(6, index.search("zengcai", 0, 20).total(), "pinyin is made for every Chinese label");
        assertEquals(6, index.search("增材製造", 0, 20).total(), "traditional finds simplified");
        assertEquals(6, index.search("zengcaizhizao", 0, 20).total());
        assertEquals("增材制造", index.search("zengcai zhizao", 0, 20).hits().get(0).matched(), "the exact label ranks first");
        assertEquals(1, index.search("湖北", 0, 20).total());
    }

    @Test
    void totalsAndPagesOverManyHitsBestFirst() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 45; i++) {
            Node e = NodeFactory.createURI(String.format("%scentre/c%02d", BASE, i));
            data.add(Quad.create(ENTITIES, e, RG.rdfType, RG.InnovationCentre));
            data.add(Quad.create(ENTITIES, e, RG.rdfsLabel, NodeFactory.createLiteralLang("第" + i + "创新中心", "zh-Hans")));
        }
        Node exact = NodeFactory.createURI(BASE + "concept/chuangxin");
        data.add(Quad.create(ENTITIES, exact, RG.rdfsLabel, NodeFactory.createLiteralLang("创新中心", "zh-Hans")));
        SearchIndex index = SearchIndex.inMemory(BASE);
        index.rebuild(data);
        SearchIndex.Page first = index.search("chuangxin zhongxin", 0, 20);
        assertEquals(46, first.total());
        assertEquals(20, first.hits().size());
        assertEquals(exact, first.hits().get(0).node(), "the exact label first");
        assertEquals(BASE + "centre/c00", first.hits().get(1).node().getURI(), "then the shorter labels, then by IRI");
        assertEquals(6, index.search("创新中心", 40, 20).hits().size());
        assertEquals(0, index.search("创新中心", 60, 20).hits().size());
        assertEquals(46, index.search("创新中心", 60, 20).total());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.search("x", 20_000, 20));
        assertEquals("Illegal offset=20000 : Offset must be 0..10000", e.getMessage());
    }

    @Test
    void readsTheEntitiesGraphNotTheLettersCopies() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Node agency = NodeFactory.createURI(BASE + "agency/a");
        Node letter = NodeFactory.createURI(BASE + "doc/1");
        Node graph = NodeFactory.createURI(BASE + "graph/doc-1");
        data.add(Quad.create(ENTITIES, agency, RG.rdfsLabel, NodeFactory.createLiteralLang("西安市科学技术局", "zh-Hans")));
        data.add(Quad.create(graph, agency, RG.rdfsLabel, NodeFactory.createLiteralLang("旧名称", "zh-Hans")));
        data.add(Quad.create(graph, letter, RG.rdfType, RG.Document));
        data.add(Quad.create(graph, letter, RG.rdfsLabel, NodeFactory.createLiteralLang("关于科技的答复", "zh-Hans")));
        SearchIndex index = SearchIndex.inMemory(BASE);
        index.rebuild(data);
        assertEquals(0, index.search("旧名称", 0, 10).total(), "a letter's copy is provenance, not the description");
        assertEquals(agency, index.search("kexue", 0, 10).hits().stream().filter(h -> h.node().equals(agency)).findFirst().orElseThrow().node());
        assertEquals(letter, index.search("关于科技", 0, 10).hits().get(0).node(), "documents are found too");
    }

    @Test
    void updateReplacesOnlyTheChangedNodesAndTheIndexPersistsOnDisk(@TempDir Path dir) {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Node a = NodeFactory.createURI(BASE + "agency/a");
        Node b = NodeFactory.createURI(BASE + "agency/b");
        Txn.executeWrite(data, () -> {
            data.add(Quad.create(ENTITIES, a, RG.rdfsLabel, NodeFactory.createLiteralLang("甲局", "zh-Hans")));
            data.add(Quad.create(ENTITIES, b, RG.rdfsLabel, NodeFactory.createLiteralLang("乙局", "zh-Hans")));
        });
        try (SearchIndex index = SearchIndex.open(dir, BASE)) {
            index.rebuild(data);
            Txn.executeWrite(data, () -> {
                data.delete(Quad.create(ENTITIES, a, RG.rdfsLabel, NodeFactory.createLiteralLang("甲局", "zh-Hans")));
                data.add(Quad.create(ENTITIES, a, RG.rdfsLabel, NodeFactory.createLiteralLang("丙局", "zh-Hans")));
                data.delete(Quad.create(ENTITIES, b, RG.rdfsLabel, NodeFactory.createLiteralLang("乙局", "zh-Hans")));
            });
            index.update(data, List.of(a, b));
            assertEquals(1, index.size());
        }
        try (SearchIndex reopened = SearchIndex.open(dir, BASE)) {
            assertEquals(0, reopened.search("甲局", 0, 10).total());
            assertEquals(0, reopened.search("乙局", 0, 10).total(), "b has no label left: dropped");
            assertEquals(a, reopened.search("bingju", 0, 10).hits().get(0).node());
        }
    }

    /** The serve tests' two-letter sample plus its entities graph, as the graph stage now writes it. */
    static DatasetGraph sampleData() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = SearchIndexTest.class.getResourceAsStream("/serve/sample.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EntityGraph eg = new EntityGraph(BASE);
        List<Quad> quads = new java.util.ArrayList<>();
        dsg.find().forEachRemaining(quads::add);
        for (Quad q : quads) {
            if (eg.isDescription(q.asTriple())) {
                dsg.add(Quad.create(ENTITIES, q.asTriple()));
            }
        }
        return dsg;
    }
}
