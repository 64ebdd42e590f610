package org.replygraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.EntityGraph;
import org.replygraph.graph.IriMinter;
import org.replygraph.graph.RG;
import org.replygraph.validate.ShapeValidator;
import org.replygraph.validate.ValidationResult;

/**
 * issue 10: {@code kill -9} during a build leaves the store at its last commit. A store holds version A of
 * 24 letters; a child JVM rebuilds them as version B (other bytes) in batches of 4 and is killed right
 * after its first commit. Reopened, the store conforms to the shapes, each letter's graph is exactly its
 * A or its B graph (never half, never both), the entities graph is the union of the letters' copies, and
 * while the child ran, opening the store said which process held it.
 */
class StoreCrashTest {
    private static final BuildOptions OPTIONS = BuildOptions.defaults();
    private static final int LETTERS = 24;

    @TempDir
    Path tmp;

    @Test
    void killMinus9DuringABuildLeavesTheLastCommitAndASecondProcessIsToldWhoHoldsTheStore() throws Exception {
        List<Path> distinct = StoreFixtures.letters(12);
        List<Path> files = new ArrayList<>();
        Files.createDirectories(tmp.resolve("letters"));
        for (int i = 0; i < LETTERS; i++)
            files.add(Files.copy(distinct.get(i % distinct.size()), tmp.resolve("letters").resolve(String.format("x%02d.txt", i))));
        Path store = tmp.resolve("store");
        build(store, files);
        Map<Node, TreeSet<String>> versionA = graphs(store, files);

        for (Path f : files) Files.writeString(f, "\n(本文已于2024年1月1日更新)\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Process child = startChild(store, files);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.startsWith("COMMITTED"));
            assertNotNull(line, "the child committed a batch before ending");
            StoreException inUse = assertThrows(StoreException.class, () -> Store.open(store).close());
            assertEquals("store " + store + " is in use by process " + child.pid()
                    + " (another build or serve); stop it or wait for it to finish", inUse.getMessage());
            Thread.sleep(120); // a couple of documents into the next batch's transaction
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }

        Path reference = tmp.resolve("reference");
        build(reference, files);
        Map<Node, TreeSet<String>> versionB = graphs(reference, files);
        Map<Node, TreeSet<String>> after = graphs(store, files);
        int a = 0;
        int b = 0;
        for (Node g : versionA.keySet()) {
            TreeSet<String> now = after.get(g);
            if (now.equals(versionA.get(g))) a++;
            else if (now.equals(versionB.get(g))) b++;
            else throw new AssertionError("graph " + g + " is neither version A nor version B");
        }
        assertEquals(LETTERS, a + b);
        assertTrue(b >= 4, "the first batch of 4 was committed: " + b + " letters are version B");
        assertTrue(a > 0, "the child was killed before the end: " + a + " letters are still version A");
        assertEquals(0, b % 4, "whole batches only: " + b + " letters are version B");

        try (Store s = Store.open(store)) {
            DatasetGraph ds = s.dataset();
            ValidationResult r = Txn.calculateRead(ds, () -> ShapeValidator.standard().validate(ds.getUnionGraph()));
            assertTrue(r.conforms(), r.render(org.replygraph.graph.Prefixes.of(RG.DEFAULT_BASE)));
            assertEquals(descriptionsInLetters(ds), entitiesGraph(ds), "the entities graph is the union of the letters' copies");
        }
    }

    private static void build(Path store, List<Path> files) {
        try (Store s = Store.openOrCreate(store); StoreSink sink = new StoreSink(s.dataset(), OPTIONS, false)) {
            new CorpusBuilder(OPTIONS).build(files, sink);
        }
    }

    private Process startChild(Path store, List<Path> files) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                StoreBuildChild.class.getName(), store.toString(), "4"));
        files.forEach(f -> cmd.add(f.toString()));
        return new ProcessBuilder(cmd).redirectError(tmp.resolve("child.err").toFile()).start();
    }

    /** Each letter's graph as sorted N-Quads lines. */
    private static Map<Node, TreeSet<String>> graphs(Path store, List<Path> files) {
        IriMinter minter = new IriMinter(RG.DEFAULT_BASE);
        try (Store s = Store.open(store)) {
            DatasetGraph ds = s.dataset();
            return Txn.calculateRead(ds, () -> {
                Map<Node, TreeSet<String>> out = new HashMap<>();
                for (Path f : files) {
                    Node g = minter.graph(f.getFileName().toString());
                    TreeSet<String> lines = new TreeSet<>();
                    ds.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> lines.add(NodeFmtLib.str(q)));
                    out.put(g, lines);
                }
                return out;
            });
        }
    }

    private static TreeSet<String> entitiesGraph(DatasetGraph ds) {
        Node name = EntityGraph.name(RG.DEFAULT_BASE);
        return Txn.calculateRead(ds, () -> {
            TreeSet<String> out = new TreeSet<>();
            ds.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(NodeFmtLib.str(q.asTriple())));
            return out;
        });
    }

    private static TreeSet<String> descriptionsInLetters(DatasetGraph ds) {
        EntityGraph eg = new EntityGraph(RG.DEFAULT_BASE);
        return Txn.calculateRead(ds, () -> {
            TreeSet<String> out = new TreeSet<>();
            ds.find().forEachRemaining(q -> {
                if (!q.getGraph().equals(eg.name()) && eg.isDescription(q.asTriple())) out.add(NodeFmtLib.str(q.asTriple()));
            });
            return out;
        });
    }
}
