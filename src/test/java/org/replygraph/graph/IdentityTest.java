package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One thing, one IRI (issue 4): the same agency and signer across letters, in full and short form,
 * in simplified and traditional characters, are one node; namesakes of different assemblies are two;
 * the IRIs do not depend on the order files are read in.
 */
class IdentityTest {
    static final Path SEED_000 = Path.of("seeds/000_5dc32466c623b959.txt");
    static final Path DEV_04 = Path.of("src/test/resources/dev/letters/04_shaanxi-gxt-cement-staggered-production.txt");
    static final Node AGENCY = new IriMinter(RG.DEFAULT_BASE).agency("陕西省工业和信息化厅");

    @TempDir
    Path tmp;

    static Graph build(List<Path> inputs) {
        DatasetGraph ds = CorpusBuilder.newDataset();
        BuildReport r = new CorpusBuilder(BuildOptions.defaults()).build(inputs, ds);
        assertEquals(List.of(), r.failures());
        return ds.getUnionGraph();
    }

    @Test
    void aSeedAndADevLetterOfOneAgencyShareItsNodeAndTheSigner() {
        Graph g = build(List.of(SEED_000, DEV_04));
        assertEquals(Set.of(AGENCY), objects(g, RG.issuedBy));
        assertEquals(1, subjects(g, RG.rdfType, RG.Agency).stream()
                .filter(a -> g.contains(a, RG.skosPrefLabel, NodeFactory.createLiteralLang("陕西省工业和信息化厅", "zh-Hans"))).count());
        assertTrue(g.contains(AGENCY, RG.skosAltLabel, NodeFactory.createLiteralLang("省工信厅", "zh-Hans")));
        assertEquals(1, objects(g, RG.signedBy).size(), () -> "signers: " + objects(g, RG.signedBy));
    }

    @Test
    void theShortFormInAShaanxiLetterIsTheFullFormsNode() {
        Graph g = build(List.of(DEV_04));
        // Every annotation over the words 省工信厅 has the provincial department as its body.
        List<Node> bodies = g.find(Node.ANY, RG.oaExact, NodeFactory.createLiteralString("省工信厅")).toList().stream()
                .map(t -> g.find(Node.ANY, RG.oaHasSelector, t.getSubject()).next().getSubject())
                .map(target -> g.find(Node.ANY, RG.oaHasTarget, target).next().getSubject())
                .map(ann -> g.find(ann, RG.oaHasBody, Node.ANY).next().getObject()).toList();
        assertTrue(!bodies.isEmpty(), "dev 04 writes 省工信厅");
        assertEquals(Set.of(AGENCY), Set.copyOf(bodies));
    }

    @Test
    void aTraditionalCopyNamesTheSameAgencyNode() throws IOException {
        Path copy = tmp.resolve("04t_traditional.txt");
        String traditional = HanLP.convertToTraditionalChinese(Files.readString(DEV_04));
        assertTrue(traditional.contains("陝西省工業和信息化廳"), "HanLP s2t wrote the agency in traditional chars");
        Files.writeString(copy, traditional, StandardCharsets.UTF_8);
        Graph g = build(List.of(SEED_000, copy));
        assertEquals(Set.of(AGENCY), objects(g, RG.issuedBy));
        assertTrue(g.contains(AGENCY, RG.rdfsLabel, NodeFactory.createLiteralLang("陝西省工業和信息化廳", "zh-Hant")));
        assertEquals(1, objects(g, RG.signedBy).size(), () -> "signers: " + objects(g, RG.signedBy));
    }

    @Test
    void namesakesOfDifferentAssembliesAreTwoMembers() throws IOException {
        Files.writeString(tmp.resolve("a_shaanxi.txt"), """
                对省十二届政协四次会议第101号提案的答复函
                类别:B
                陕工信函〔2021〕100号
                李明委员:
                您提出的《关于支持中小企业发展的建议》(第101号)收悉。经研究，现答复如下。
                陕西省工业和信息化厅
                2021年5月7日
                """);
        Files.writeString(tmp.resolve("b_hubei.txt"), """
                对省十四届人大二次会议第202号建议的答复
                李明代表:
                您提出的《关于加快生物医药产业发展的建议》(第202号)收悉。经研究，现答复如下。
                湖北省经济和信息化厅
                2024年7月23日
                """);
        Graph g = build(List.of(tmp.resolve("a_shaanxi.txt"), tmp.resolve("b_hubei.txt")));
        Set<Node> members = subjects(g, RG.foafName, NodeFactory.createLiteralLang("李明", "zh-Hans"));
        members.removeIf(m -> !g.contains(m, RG.rdfType, RG.Member));
        assertEquals(2, members.size(), () -> "members named 李明: " + members);
        Set<Node> assemblies = new TreeSet<>(IdentityTest::byUri);
        for (Node m : members) assemblies.addAll(g.find(m, RG.memberOf, Node.ANY).mapWith(Triple::getObject).toSet());
        assertEquals(2, assemblies.size(), () -> "their assemblies: " + assemblies);
    }

    @Test
    void everyIriIsTheSameInEitherFileOrder() throws IOException {
        Path copy = tmp.resolve("04t_traditional.txt");
        Files.writeString(copy, HanLP.convertToTraditionalChinese(Files.readString(DEV_04)), StandardCharsets.UTF_8);
        Graph together = build(List.of(SEED_000, DEV_04, copy));
        DatasetGraph oneByOne = CorpusBuilder.newDataset();
        for (Path f : List.of(copy, DEV_04, SEED_000)) new CorpusBuilder(BuildOptions.defaults()).build(List.of(f), oneByOne);
        assertEquals(iris(together), iris(oneByOne.getUnionGraph()));
    }

    private static Set<String> iris(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getObject())) if (n.isURI()) out.add(n.getURI());
        });
        return out;
    }

    private static Set<Node> objects(Graph g, Node p) {
        Set<Node> out = new TreeSet<>(IdentityTest::byUri);
        g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static Set<Node> subjects(Graph g, Node p, Node o) {
        Set<Node> out = new TreeSet<>(IdentityTest::byUri);
        g.find(Node.ANY, p, o).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    private static int byUri(Node a, Node b) {
        return a.toString().compareTo(b.toString());
    }
}
