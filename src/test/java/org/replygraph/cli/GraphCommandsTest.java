package org.replygraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** build, validate, query and export as a user runs them, output captured. */
class GraphCommandsTest {
    private static final List<String> SEEDS = List.of("000_5dc32466c623b959.txt", "001_60e5ecf956b3d736.txt",
            "002_1d1a2c9262ce10cc.txt", "003_3669a09881a7b6b9.txt", "004_d7130a2498b5e7f4.txt");

    @Test
    void buildPrintsEachDocumentAndATotal(@TempDir Path dir) {
        Path out = dir.resolve("seeds.nq");
        CliRun r = CliRun.of("build", "seeds", "-o", out.toString());
        assertEquals(Main.OK, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(6, lines.size(), r.out());
        for (int i = 0; i < SEEDS.size(); i++) assertTrue(lines.get(i).startsWith(SEEDS.get(i) + "  "), lines.get(i));
        assertTrue(lines.get(5).matches("5 documents \\(\\d reply letters, \\d other\\), 0 failed, \\d+ quads -> .*seeds\\.nq"), lines.get(5));
        assertTrue(Files.exists(out));
    }

    @Test
    void buildFailsOnlyWhenNothingCouldBeRead(@TempDir Path dir) {
        CliRun none = CliRun.of("build", dir.resolve("nothing.txt").toString(), "-o", dir.resolve("x.nq").toString());
        assertEquals(Main.FAILURE, none.exit());
        assertEquals("FAILED " + dir.resolve("nothing.txt") + ": no such file or folder\n"
                + "replygraph build: no document could be read from [" + dir.resolve("nothing.txt") + "]\n", none.err());
        CliRun some = CliRun.of("build", dir.resolve("nothing.txt").toString(), "seeds/000_5dc32466c623b959.txt",
                "-o", dir.resolve("x.nq").toString());
        assertEquals(Main.OK, some.exit());
        assertTrue(some.out().contains("1 document (1 reply letters, 0 other), 1 failed") || some.out().contains("1 document (0 reply letters, 1 other), 1 failed"), some.out());
    }

    @Test
    void usageErrorsNameTheBadValue(@TempDir Path dir) {
        CliRun ext = CliRun.of("build", "seeds", "-o", dir.resolve("out.xml").toString());
        assertEquals(Main.USAGE, ext.exit());
        assertEquals("replygraph build: Illegal output file=" + dir.resolve("out.xml")
                + " : the extension must be one of .ttl, .nt, .jsonld, .rdf, .nq, .trig\n", ext.err());
        CliRun base = CliRun.of("export", "seeds", "-o", dir.resolve("o.nt").toString(), "--base-iri", "urn:x");
        assertEquals(Main.USAGE, base.exit());
        assertEquals("replygraph export: Illegal base IRI=urn:x : must be an http(s) IRI ending in / or #\n", base.err());
        assertFalse(base.err().contains("\tat "), "no stack trace without --verbose");
    }

    @Test
    void anOutputThatCannotBeWrittenFailsWithTheReason(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        CliRun r = CliRun.of("export", "seeds/000_5dc32466c623b959.txt", "-o", file.resolve("x.nq").toString());
        assertEquals(Main.FAILURE, r.exit());
        assertEquals("replygraph export: Cannot write " + file.resolve("x.nq") + " : " + file + " is a file, not a folder\n", r.err());
    }

    @Test
    void verboseAddsTheStackTrace(@TempDir Path dir) {
        CliRun r = CliRun.of("export", "seeds", "-o", dir.resolve("o.nt").toString(), "--base-iri", "urn:x", "--verbose");
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().startsWith("replygraph export: Illegal base IRI=urn:x"), r.err());
        assertTrue(r.err().contains("\tat org.replygraph.graph.IriMinter.<init>"), r.err());
    }

    @Test
    void validateConformsOnSeeds() {
        CliRun r = CliRun.of("validate", "seeds");
        assertEquals(Main.OK, r.exit(), r.out() + r.err());
        assertEquals("Conforms: the graph satisfies every shape.\n", r.out());
    }

    @Test
    void validateReportsABrokenGraphAndExits3(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.ttl"), """
                @prefix rg: <https://w3id.org/replygraph/ns#> .
                <https://w3id.org/replygraph/id/doc/x> a rg:Document ;
                    rg:sourceFile "x.txt" ;
                    rg:sha256 "not-a-hash" .
                """);
        CliRun r = CliRun.of("validate", broken.toString());
        assertEquals(Main.INVALID, r.exit(), r.err());
        assertEquals("Violation  id:doc/x  rg:sha256  A document has exactly one rg:sha256 of 64 lower-case hex digits  value: not-a-hash\n"
                + "Does not conform: 1 problem.\n", r.out());
    }

    @Test
    void queryByNameWritesCsv() {
        CliRun r = CliRun.of("query", "category-distribution", "seeds", "--format", "csv");
        assertEquals(Main.OK, r.exit(), r.err());
        assertEquals("category,letters", r.out().lines().findFirst().orElseThrow());
    }

    @Test
    void queryFromAFileOverAnExport(@TempDir Path dir) throws IOException {
        Path nq = dir.resolve("seeds.nq");
        assertEquals(Main.OK, CliRun.of("export", "seeds", "-o", nq.toString()).exit());
        Path rq = Files.writeString(dir.resolve("files.rq"), "SELECT ?f WHERE { ?d rg:sourceFile ?f } ORDER BY ?f");
        CliRun r = CliRun.of("query", rq.toString(), nq.toString(), "--format", "tsv");
        assertEquals(Main.OK, r.exit(), r.err());
        assertEquals("?f", r.out().lines().findFirst().orElseThrow());
        assertEquals(SEEDS.stream().map(f -> "\"" + f + "\"").toList(), r.out().lines().skip(1).toList());
    }

    @Test
    void unknownQueryOrFormatIsAUsageError() throws IOException {
        CliRun name = CliRun.of("query", "no-such-query");
        assertEquals(Main.USAGE, name.exit());
        String known;
        try (var files = Files.list(Path.of("queries"))) {
            known = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq"))
                    .map(f -> f.substring(0, f.length() - 3)).sorted().collect(Collectors.joining(", "));
        }
        assertEquals("replygraph query: Unknown query=no-such-query : not in queries/ nor in the jar; known: " + known + "\n",
                name.err());
        CliRun format = CliRun.of("query", "category-distribution", "--format", "xml");
        assertEquals(Main.USAGE, format.exit());
        assertEquals("replygraph query: Illegal format=xml : use table, csv, tsv or json\n", format.err());
    }

    @Test
    void aQueryWithASyntaxErrorNamesItsOwnLineAndColumn(@TempDir Path dir) throws IOException {
        Path rq = Files.writeString(dir.resolve("bad.rq"), "SELECT ?f\nWHERE { ?d rg:sourceFile ?f ");
        CliRun r = CliRun.of("query", rq.toString(), "seeds/000_5dc32466c623b959.txt");
        assertEquals(Main.USAGE, r.exit());
        assertEquals("replygraph query: Illegal query " + rq + " : Encountered \"<EOF>\" at line 2, column 28.\n", r.err());
    }

    @Test
    void exportPrintsNothingAndIsByteIdenticalInAnyFileOrder(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.nt");
        Path b = dir.resolve("b.nt");
        List<String> forward = SEEDS.stream().map(f -> "seeds/" + f).toList();
        List<String> backward = new ArrayList<>(forward);
        Collections.reverse(backward);
        CliRun ra = CliRun.of(args("export", forward, "-o", a.toString()));
        CliRun rb = CliRun.of(args("export", backward, "-o", b.toString()));
        assertEquals(Main.OK, ra.exit(), ra.err());
        assertEquals("", ra.out());
        assertEquals(Main.OK, rb.exit(), rb.err());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "jsonld", "trig", "nq"})
    void everyFormatReadsBackToTheSameTriples(String ext, @TempDir Path dir) {
        Path nt = dir.resolve("all.nt");
        Path other = dir.resolve("all." + ext);
        assertEquals(Main.OK, CliRun.of("export", "seeds", "-o", nt.toString()).exit());
        assertEquals(Main.OK, CliRun.of("export", "seeds", "-o", other.toString()).exit());
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.source(nt).parse(expected);
        var ds = DatasetGraphFactory.create();
        RDFParser.source(other).parse(ds);
        Graph actual = ext.equals("trig") || ext.equals("nq") ? ds.getUnionGraph() : ds.getDefaultGraph();
        assertTrue(expected.isIsomorphicWith(actual), ext + " differs from N-Triples");
    }

    private static String[] args(String cmd, List<String> inputs, String... rest) {
        List<String> all = new ArrayList<>();
        all.add(cmd);
        all.addAll(inputs);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
