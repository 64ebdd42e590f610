package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.replygraph.ingest.DocumentReader;
import org.replygraph.ingest.IngestException;
import org.replygraph.text.TextCleaner;

/**
 * Every {@code ?doc rg:mentions ?e} of the seeds and dev letters is backed by an annotation whose
 * offsets give the mention both in the decoded original and in the document's rg:cleanText.
 */
class EvidenceCompletenessTest {
    static Graph union;
    static final Map<String, String> originals = new HashMap<>();

    @BeforeAll
    static void build() throws IngestException {
        DatasetGraph ds = CorpusBuilder.newDataset();
        BuildReport r = new CorpusBuilder(BuildOptions.defaults()).build(CorpusGraphTest.INPUTS, ds);
        assertEquals(List.of(), r.failures());
        union = ds.getUnionGraph();
        DocumentReader reader = new DocumentReader();
        for (Path dir : CorpusGraphTest.INPUTS)
            for (String f : dir.toFile().list())
                originals.put(f, reader.read(dir.resolve(f)).text());
    }

    /** One annotation as read back from the graph. */
    record Evidence(Node doc, Node body, int start, int end, String exact, int cleanStart, int cleanEnd) { }

    static List<Evidence> evidence() {
        List<Evidence> out = new ArrayList<>();
        for (Triple a : union.find(Node.ANY, RG.oaHasBody, Node.ANY).toList()) {
            Node ann = a.getSubject();
            Node target = object(ann, RG.oaHasTarget);
            Node doc = object(target, RG.oaHasSource);
            Node position = null;
            String exact = null;
            for (Triple s : union.find(target, RG.oaHasSelector, Node.ANY).toList()) {
                if (union.contains(s.getObject(), RG.rdfType, RG.oaTextPositionSelector)) position = s.getObject();
                Node q = union.find(s.getObject(), RG.oaExact, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
                if (q != null) exact = q.getLiteralLexicalForm();
            }
            assertTrue(position != null, () -> "no position selector on " + ann);
            out.add(new Evidence(doc, a.getObject(), integer(position, RG.oaStart), integer(position, RG.oaEnd), exact,
                    integer(ann, RG.cleanStart), integer(ann, RG.cleanEnd)));
        }
        return out;
    }

    @Test
    void everyMentionHasAnAnnotationWhoseOffsetsGiveTheMentionInTheOriginal() {
        Map<Node, List<Evidence>> byBody = new HashMap<>();
        for (Evidence e : evidence()) byBody.computeIfAbsent(e.body(), k -> new ArrayList<>()).add(e);
        TextCleaner cleaner = new TextCleaner();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Triple m : union.find(Node.ANY, RG.mentions, Node.ANY).toList()) {
            String original = originals.get(object(m.getSubject(), RG.sourceFile).getLiteralLexicalForm());
            Set<String> names = names(m.getObject());
            boolean ok = false;
            for (Evidence e : byBody.getOrDefault(m.getObject(), List.of())) {
                if (!e.doc().equals(m.getSubject())) continue;
                String slice = original.substring(e.start(), e.end());
                ok = e.exact() != null ? slice.equals(e.exact()) : names.contains(bare(cleaner.clean(slice).text()));
                if (ok) break;
            }
            if (!ok) missing.add(m.getObject() + " " + names + " in " + m.getSubject());
            checked++;
        }
        assertEquals(List.of(), missing);
        assertTrue(checked > 100, "mentions checked: " + checked);
    }

    @Test
    void cleanOffsetsGiveTheSameMentionInTheCleanText() {
        TextCleaner cleaner = new TextCleaner();
        Map<Node, String> cleanTexts = new HashMap<>();
        union.find(Node.ANY, RG.cleanText, Node.ANY)
                .forEachRemaining(t -> cleanTexts.put(t.getSubject(), t.getObject().getLiteralLexicalForm()));
        List<String> bad = new ArrayList<>();
        int checked = 0;
        for (Evidence e : evidence()) {
            String clean = cleanTexts.get(e.doc());
            String original = originals.get(object(e.doc(), RG.sourceFile).getLiteralLexicalForm());
            // The cleaned form of the original slice is the clean text's slice (mobiles masked alike).
            String expected = PersonalData.mask(cleaner.clean(original.substring(e.start(), e.end())).text(), false);
            String actual = clean.substring(e.cleanStart(), e.cleanEnd());
            if (!bare(actual).equals(bare(expected))) bad.add("'" + actual + "' != '" + expected + "' for " + e);
            checked++;
        }
        assertEquals(List.of(), bad);
        assertTrue(checked > 200, "annotations checked: " + checked);
    }

    @Test
    void cleanTextIsTheTextExtractionReadWithMobilesMasked() throws IngestException {
        DocumentReader reader = new DocumentReader();
        org.replygraph.extract.Extractor extractor = new org.replygraph.extract.Extractor();
        int checked = 0;
        for (Triple t : union.find(Node.ANY, RG.cleanText, Node.ANY).toList()) {
            String file = object(t.getSubject(), RG.sourceFile).getLiteralLexicalForm();
            Path path = Files.exists(Path.of("seeds", file)) ? Path.of("seeds", file) : Path.of("src/test/resources/dev/letters", file);
            String read = extractor.extract(reader.read(path)).text().text();
            assertEquals(PersonalData.mask(read, false), t.getObject().getLiteralLexicalForm(), file);
            checked++;
        }
        assertEquals(originals.size(), checked);
    }

    /** Every name the graph gives an entity: labels, names, titles. */
    static Set<String> names(Node entity) {
        Set<String> out = new HashSet<>();
        for (Node p : List.of(RG.rdfsLabel, RG.skosPrefLabel, RG.skosAltLabel, RG.foafName, RG.dctTitle))
            union.find(entity, p, Node.ANY).forEachRemaining(t -> out.add(bare(t.getObject().getLiteralLexicalForm())));
        return out;
    }

    /** Without the quotation marks and spaces a title or name may be written with. */
    static String bare(String s) {
        return IriMinter.normaliseTitle(s);
    }

    private static Node object(Node s, Node p) {
        return union.find(s, p, Node.ANY).next().getObject();
    }

    private static int integer(Node s, Node p) {
        return Integer.parseInt(object(s, p).getLiteralLexicalForm());
    }
}
