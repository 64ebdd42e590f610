package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.replygraph.ingest.DocumentReader;
import org.replygraph.ingest.IngestException;

/** The graph of the real seeds and dev letters: clean literals, exact evidence, no blank nodes, stable bytes. */
class CorpusGraphTest {
    static final List<Path> INPUTS = List.of(Path.of("seeds"), Path.of("src/test/resources/dev/letters"));
    static DatasetGraph ds;
    static Graph union;

    @BeforeAll
    static void build() {
        ds = CorpusBuilder.newDataset();
        BuildReport r = new CorpusBuilder(BuildOptions.defaults()).build(INPUTS, ds);
        assertEquals(List.of(), r.failures());
        union = ds.getUnionGraph();
    }

    /** Site chrome, pinyin annotations (yè), damage marks and personal mobiles must appear in no literal. */
    static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile(Pattern.quote("已阅 0")), Pattern.compile("工作后台"), Pattern.compile("扫一扫"),
            Pattern.compile("\\([a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6}\\)"), Pattern.compile(Pattern.quote("?!")),
            Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])"));

    @Test
    void noLiteralCarriesChromePinyinDamageOrAMobile() {
        List<String> bad = new ArrayList<>();
        union.find().forEachRemaining(t -> {
            if (!t.getObject().isLiteral()) return;
            String s = t.getObject().getLiteralLexicalForm();
            for (Pattern p : FORBIDDEN) if (p.matcher(s).find()) bad.add(p + " in " + t);
        });
        assertEquals(List.of(), bad);
    }

    @Test
    void noLiteralCarriesWhatTheGoldForbids() throws IOException {
        List<String> forbidden = new ArrayList<>();
        try (Stream<Path> gold = Stream.concat(Files.list(Path.of("src/test/resources/gold/seeds")),
                Files.list(Path.of("src/test/resources/dev/gold")))) {
            for (Path g : gold.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonElement f = JsonParser.parseString(Files.readString(g)).getAsJsonObject().get("forbidden_literals");
                if (f != null) f.getAsJsonArray().forEach(e -> forbidden.add(e.getAsString()));
            }
        }
        assertFalse(forbidden.isEmpty());
        union.find().forEachRemaining(t -> {
            if (!t.getObject().isLiteral()) return;
            for (String f : forbidden)
                assertFalse(t.getObject().getLiteralLexicalForm().contains(f), () -> "forbidden '" + f + "' in " + t);
        });
    }

    @Test
    void everyQuoteIsTheOriginalTextAtItsOffsets() throws IngestException {
        DocumentReader reader = new DocumentReader();
        int checked = 0;
        for (Triple t : union.find(Node.ANY, RG.oaExact, Node.ANY).toList()) {
            Node target = union.find(Node.ANY, RG.oaHasSelector, t.getSubject()).next().getSubject();
            Node doc = union.find(target, RG.oaHasSource, Node.ANY).next().getObject();
            String file = union.find(doc, RG.sourceFile, Node.ANY).next().getObject().getLiteralLexicalForm();
            Node position = union.find(target, RG.oaHasSelector, Node.ANY).toList().stream().map(Triple::getObject)
                    .filter(n -> union.contains(n, RG.rdfType, RG.oaTextPositionSelector)).findFirst().orElseThrow();
            int start = Integer.parseInt(union.find(position, RG.oaStart, Node.ANY).next().getObject().getLiteralLexicalForm());
            int end = Integer.parseInt(union.find(position, RG.oaEnd, Node.ANY).next().getObject().getLiteralLexicalForm());
            Path path = Files.exists(Path.of("seeds", file)) ? Path.of("seeds", file) : Path.of("src/test/resources/dev/letters", file);
            assertEquals(reader.read(path).text().substring(start, end), t.getObject().getLiteralLexicalForm(), file);
            checked++;
        }
        assertTrue(checked > 100, "mentions checked: " + checked);
    }

    @Test
    void everyMentionHasEvidence() {
        for (Triple m : union.find(Node.ANY, RG.mentions, Node.ANY).toList()) {
            boolean found = union.find(Node.ANY, RG.oaHasBody, m.getObject()).toList().stream()
                    .map(a -> union.find(a.getSubject(), RG.oaHasTarget, Node.ANY).next().getObject())
                    .anyMatch(target -> union.contains(target, RG.oaHasSource, m.getSubject()));
            assertTrue(found, () -> "no evidence for " + m);
        }
    }

    @Test
    void noBlankNodes() {
        union.find().forEachRemaining(t -> assertFalse(t.getSubject().isBlank() || t.getObject().isBlank(), t::toString));
    }

    @Test
    void sortedNTriplesAreByteIdenticalInEitherFileOrder() throws IOException {
        DatasetGraph backward = CorpusBuilder.newDataset();
        List<Path> files = new ArrayList<>();
        for (Path in : INPUTS) try (Stream<Path> s = Files.list(in)) { files.addAll(s.sorted().toList()); }
        java.util.Collections.reverse(files);
        for (Path f : files) new CorpusBuilder(BuildOptions.defaults()).build(List.of(f), backward);
        assertArrayEquals(nt(ds), nt(backward));
    }

    @Test
    void personalMobilesArePublishedOnlyOnRequest() {
        DatasetGraph open = CorpusBuilder.newDataset();
        new CorpusBuilder(BuildOptions.defaults().withPersonalMobiles(true)).build(List.of(Path.of("seeds")), open);
        Pattern mobile = Pattern.compile("^tel:\\+86-1[3-9][0-9]{9}$");
        assertFalse(union.find(Node.ANY, RG.foafPhone, Node.ANY).toList().stream()
                .anyMatch(t -> mobile.matcher(t.getObject().getURI()).matches()));
        assertTrue(open.getUnionGraph().find(Node.ANY, RG.foafPhone, Node.ANY).toList().stream()
                .anyMatch(t -> mobile.matcher(t.getObject().getURI()).matches()), "seed 003's contact gives a mobile");
    }

    private static byte[] nt(DatasetGraph d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(RG.DEFAULT_BASE).write(d, "nt", out);
        return out.toByteArray();
    }
}
