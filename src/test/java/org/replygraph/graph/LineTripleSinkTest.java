package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replygraph.extract.Extractor;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.ingest.DocumentReader;
import org.replygraph.synth.SyntheticCorpus;
import org.replygraph.synth.SynthWriter;

/**
 * The lines a build writes to a file straight from the writers' terms ({@link LineTripleSink}) are byte for byte
 * the lines Jena's own N-Triples/N-Quads writer makes from the same document's graph ({@link GraphTripleSink}),
 * sorted and each once: for every letter of the seeds, the dev corpus, the real letters and 40 synthetic letters, and
 * for terms that need an escape or carry a language tag.
 */
class LineTripleSinkTest {
    private static final Path SEEDS = Path.of("seeds");
    private final GraphWriter writer = new GraphWriter(BuildOptions.defaults());
    private final EntityGraph entities = new EntityGraph(BuildOptions.defaults().baseIri());

    @Test
    void everyLetterGivesJenasLinesInEveryLayout(@TempDir Path tmp) throws Exception {
        SynthWriter.write(new SyntheticCorpus(40, 42), tmp);
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(SEEDS, Path.of("src/test/resources/dev/letters"), Path.of("src/test/resources/real/letters"), tmp))
            try (Stream<Path> s = Files.list(dir)) {
                files.addAll(s.filter(Files::isRegularFile).sorted().toList());
            }
        assertTrue(files.size() > 300, "letters: " + files.size());
        DocumentReader reader = new DocumentReader();
        Extractor extractor = new Extractor();
        long lines = 0;
        int n = 0;
        for (Path file : files) {
            n++;
            DocumentFacts facts = extractor.extract(reader.read(file));
            Graph graph = writer.toGraph(facts);
            Node name = writer.graphName(facts);
            // .nq and .nt (every other format's lines) for every letter; the TriG sort keys for every fourth
            for (String ext : n % 4 == 0 ? List.of("nq", "nt", "trig") : List.of("nq", "nt")) {
                SortedLineBlock block = writer.writeLines(facts, ext);
                assertEquals(jenaLines(ext, name, graph), text(block), file + " as ." + ext);
                assertEquals(graph.size(), block.triples(), file + ": triples of its graph");
                lines += block.lines();
            }
        }
        assertTrue(lines > 100_000, "lines compared: " + lines);
    }

    /** Terms Jena escapes or formats: quotes, backslash, controls, U+FFFD, a supplementary char, tags, odd IRIs. */
    @Test
    void escapesAndLanguageTagsAreJenas() throws IOException {
        List<Node> nodes = List.of(
                NodeFactory.createLiteralLang("他说\"好\"\\ 再见\t\n\r\f\b\u0001\uFFFD 𠀀", "zh-Hans"),
                NodeFactory.createLiteralLang("shǎn xī shěng", "zh-Latn-pinyin"),
                NodeFactory.createLiteralLang("staff", "en"),
                NodeFactory.createLiteralLang("colour", "EN-gb"),
                NodeFactory.createLiteralString("line one\nline \"two\""),
                NodeFactory.createLiteralLang("第一行\r\n第二行\t\"引\"\\路径\\", "zh-Hans"),
                NodeFactory.createLiteralString("\\"),
                NodeFactory.createLiteralString("del\u007F and form feed\f"),
                NodeFactory.createLiteralString("plain 陕西省"),
                NodeFactory.createLiteralString(""),
                NodeFactory.createLiteralDT("120.5", XSDDatatype.XSDdecimal),
                NodeFactory.createLiteralDT("x y", TypeMapper.getInstance().getSafeTypeByName("http://example.org/odd type")),
                NodeFactory.createURI("https://w3id.org/replygraph/id/agency/a b{c}|d^e`f\\g"),
                NodeFactory.createURI("tel:+86-29-87294985;ext=801"),
                NodeFactory.createURI("https://w3id.org/replygraph/id/doc/陕工信函-2021"));
        NodeFormatterNT jena = new NodeFormatterNT(CharSpace.UTF8);
        Term s = Term.iri("https://w3id.org/replygraph/id/agency/x-1");
        for (Node n : nodes) {
            IndentedLineBuffer b = new IndentedLineBuffer();
            jena.format(b, n);
            Term t = Term.of(n);
            assertEquals(b.asString(), new String(t.nt(), StandardCharsets.UTF_8), "term " + n);
            Term made = n.isURI() ? Term.iri(n.getURI()) : n.getLiteralLanguage().isEmpty()
                    ? Term.typed(n.getLiteralLexicalForm(), n.getLiteralDatatype()) : Term.lang(n.getLiteralLexicalForm(), n.getLiteralLanguage());
            assertEquals(n, made.node(), "node of " + n);
            assertEquals(b.asString(), new String(made.nt(), StandardCharsets.UTF_8), "made term " + n);

            Graph g = new DocTriples();
            g.add(Triple.create(s.node(), RG.rdfsLabel, n));
            Node name = NodeFactory.createURI("https://w3id.org/replygraph/id/graph/x-1");
            for (String ext : List.of("nq", "nt", "trig")) {
                LineTripleSink out = new LineTripleSink(ext, Term.of(name), entities);
                out.triple(s, Vocab.rdfsLabel, made);
                assertEquals(jenaLines(ext, name, g), text(out.finish()), n + " as ." + ext);
            }
        }
    }

    @Test
    void aTripleWrittenTwiceIsOneLineAndOneTriple() {
        Term doc = Term.iri("https://w3id.org/replygraph/id/doc/a-1");
        LineTripleSink out = new LineTripleSink("nq", Term.iri("https://w3id.org/replygraph/id/graph/a-1"), entities);
        out.triple(doc, Vocab.rdfType, Vocab.Document);
        out.triple(doc, Vocab.rdfType, Vocab.Document);
        out.triple(doc, Vocab.rdfsLabel, Term.lang("复函", "zh-Hans"));
        SortedLineBlock b = out.finish();
        assertEquals(2, b.lines());
        assertEquals(2, b.triples());
    }

    /** Jena's writer on the document's quads (its graph, and the entities graph's copies), lines sorted as Strings, each once. */
    private String jenaLines(String ext, Node name, Graph graph) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> trig = new ArrayList<>();
        StreamRDF nq = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS_UTF8);
        StreamRDF nt = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NTRIPLES_UTF8);
        NodeFormatterNT nodes = new NodeFormatterNT(CharSpace.UTF8);
        StreamRDF out = ext.equals("nt") ? nt : nq;
        out.start();
        entities.forEachQuad(name, graph, (g, t) -> {
            if (ext.equals("nt")) {
                out.triple(t);
            } else if (ext.equals("nq")) {
                out.quad(Quad.create(g, t));
            } else {
                // TriG's sort key: the graph, then the N-Triples line (the line after it is Jena's)
                IndentedLineBuffer b = new IndentedLineBuffer();
                nodes.format(b, g);
                ByteArrayOutputStream one = new ByteArrayOutputStream();
                StreamRDF w = StreamRDFWriter.getWriterStream(one, RDFFormat.NTRIPLES_UTF8);
                w.start();
                w.triple(t);
                w.finish();
                trig.add(b.asString() + " " + one.toString(StandardCharsets.UTF_8).strip());
            }
        });
        out.finish();
        TreeSet<String> sorted = new TreeSet<>(ext.equals("trig") ? trig
                : Arrays.asList(bytes.toString(StandardCharsets.UTF_8).split("\n")));
        return String.join("\n", sorted) + "\n";
    }

    private static String text(SortedLineBlock b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (int i = 0; i < b.lines(); i++) b.writeLine(out, i);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
