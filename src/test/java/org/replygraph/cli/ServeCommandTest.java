package org.replygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve as a user runs it, with --check (start on port 0, print the URLs, stop). */
class ServeCommandTest {
    @Test
    void servesTheSeedsByDefaultAndPrintsTheUrls() {
        assumeTrue(Files.isDirectory(Path.of("seeds")), "needs the project's seeds/ folder");
        CliRun r = CliRun.of("serve", "--port", "0", "--check");
        assertEquals(Main.OK, r.exit(), r.err());
        assertTrue(r.out().contains("5 documents"), r.out());
        assertTrue(r.out().matches("(?s).*SPARQL endpoint http://localhost:[0-9]{2,5}/sparql.*"), r.out());
    }

    @Test
    void aDumpWithTheOntologyGraphServesAgainWithTheBundledOntology(@TempDir Path dir) throws IOException {
        Path dump = dir.resolve("dump.nq");
        Files.writeString(dump, """
                <https://w3id.org/replygraph/id/doc/a> <http://www.w3.org/2000/01/rdf-schema#label> "a" <https://w3id.org/replygraph/id/graph/a> .
                <https://w3id.org/replygraph/ns#Old> <http://www.w3.org/2000/01/rdf-schema#label> "old" <https://w3id.org/replygraph/ns> .
                """);
        CliRun r = CliRun.of("serve", "--port", "0", "--check", dump.toString());
        assertEquals(Main.OK, r.exit(), r.err());
        DatasetGraph loaded = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(loaded, () -> RDFParser.source(dump).parse(loaded));
        DatasetGraph served = ServeCommand.withoutOntology(loaded);
        assertEquals(List.of(NodeFactory.createURI("https://w3id.org/replygraph/id/graph/a")),
                Txn.calculateRead(served, () -> Iter.toList(served.listGraphNodes())));
    }

    @Test
    void badPortIsAUsageError() {
        CliRun r = CliRun.of("serve", "--port", "-1", "--check");
        assertEquals(Main.USAGE, r.exit());
        assertEquals("replygraph serve: Illegal port=-1 : Port must be 0..65535\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void nothingReadableIsAFailure() {
        CliRun r = CliRun.of("serve", "--port", "0", "--check", "no-such-folder");
        assertEquals(Main.FAILURE, r.exit());
        assertEquals("FAILED no-such-folder: no such file or folder\n"
                + "replygraph serve: no document could be read from [no-such-folder]\n", r.err());
    }

    @Test
    void aPortInUseIsAFailureWithTheReason() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            CliRun r = CliRun.of("serve", "--port", Integer.toString(taken.getLocalPort()), "--check",
                    "seeds/000_5dc32466c623b959.txt");
            assertEquals(Main.FAILURE, r.exit());
            assertEquals("replygraph serve: Cannot serve on port=" + taken.getLocalPort() + " : Address already in use\n", r.err());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "--query-timeout | 0 | Illegal --query-timeout=0.0 : must be more than 0 and at most 86400 seconds",
        "--allow-service | http://evil.example/ | Illegal SERVICE host=http://evil.example/ : A host is a name or an IP address, without scheme or path",
        "--public-url | ftp://data.example.org/ | Illegal public URL=ftp://data.example.org/ : Public URL must be an absolute http(s) URL without query or fragment",
        "--host | 'a b' | Illegal host=a b : Host must be a name or an IP address",
        "--max-body | 0 | Illegal max body bytes=0 : Must be at least 1",
    })
    void badLimitsAndExposureOptionsAreUsageErrors(String option, String value, String message) {
        CliRun r = CliRun.of("serve", "--port", "0", "--check", option, value, "seeds/000_5dc32466c623b959.txt");
        assertEquals(Main.USAGE, r.exit(), r.err());
        assertEquals("replygraph serve: " + message + "\n", r.err());
    }

    @Test
    void theLettersGraphsAreKeptInTheCacheAndReadBackOnTheNextStart(@TempDir Path dir) throws IOException {
        Path cache = dir.resolve("cache");
        CliRun first = CliRun.of("serve", "--port", "0", "--check", "--cache", cache.toString(), "seeds/000_5dc32466c623b959.txt");
        assertEquals(Main.OK, first.exit(), first.err());
        List<Path> kept = cachedGraphs(cache);
        assertEquals(1, kept.size(), "one file per letter: " + kept);
        CliRun second = CliRun.of("serve", "--port", "0", "--check", "--cache", cache.toString(), "seeds/000_5dc32466c623b959.txt");
        assertEquals(Main.OK, second.exit(), second.err());
        assertEquals(first.out().lines().findFirst(), second.out().lines().findFirst(), "the same documents and quads");

        CliRun none = CliRun.of("serve", "--port", "0", "--check", "--no-cache", "--cache", cache.toString(), "seeds/000_5dc32466c623b959.txt");
        assertEquals(Main.USAGE, none.exit());
        assertEquals("replygraph serve: Illegal --cache with --no-cache : choose one\n", none.err());
        CliRun store = CliRun.of("serve", "--port", "0", "--check", "--no-cache", "--store", dir.resolve("st").toString());
        assertEquals(Main.USAGE, store.exit());
        assertEquals("replygraph serve: Illegal --no-cache with --store : a store keeps its letters itself\n", store.err());
    }

    @Test
    void theCacheIsTrimmedToItsBoundAfterStart(@TempDir Path dir) throws IOException {
        Path cache = dir.resolve("cache");
        CliRun first = CliRun.of("serve", "--port", "0", "--check", "--cache", cache.toString(), "seeds/");
        assertEquals(Main.OK, first.exit(), first.err());
        List<Path> kept = cachedGraphs(cache);
        assertEquals(5, kept.size(), "one file per seed: " + kept);
        // A bound of 1 MiB holds the seeds' graphs (~12 KB each): nothing goes, nothing is said.
        CliRun within = CliRun.of("serve", "--port", "0", "--check", "--cache", cache.toString(), "--cache-max-mb", "1", "seeds/");
        assertEquals(Main.OK, within.exit(), within.err());
        assertFalse(within.err().contains("extraction cache"), within.err());
        // Past the bound (1 MiB of padding in an older file of another version): the padding goes, the seeds stay.
        Path old = kept.get(0).resolveSibling("0".repeat(64) + ".nt.gz");
        Files.write(old, new byte[1 << 20]);
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 86_400_000L));
        CliRun over = CliRun.of("serve", "--port", "0", "--check", "--cache", cache.toString(), "--cache-max-mb", "1", "seeds/");
        assertEquals(Main.OK, over.exit(), over.err());
        assertFalse(Files.exists(old));
        assertTrue(kept.stream().allMatch(Files::exists), "the seeds' graphs, used by this start, stay");
        assertTrue(over.err().contains("extraction cache " + cache + ": removed 1 letters' graphs (1.0 MB), kept 5 ("), over.err());

        CliRun zero = CliRun.of("serve", "--port", "0", "--check", "--cache-max-mb", "0", "seeds/000_5dc32466c623b959.txt");
        assertEquals(Main.USAGE, zero.exit());
        assertEquals("replygraph serve: Illegal --cache-max-mb=0 : must be 1 to 1048576 (--no-cache keeps nothing)\n", zero.err());
        CliRun store = CliRun.of("serve", "--port", "0", "--check", "--cache-max-mb", "10", "--store", dir.resolve("st").toString());
        assertEquals(Main.USAGE, store.exit());
        assertEquals("replygraph serve: Illegal --cache-max-mb with --store : a store keeps its letters itself\n", store.err());
    }

    @Test
    void thePublicUrlIsWhatIsAdvertised() {
        CliRun r = CliRun.of("serve", "--port", "0", "--check", "--host", "127.0.0.1", "--public-url", "https://data.example.org",
                "--allow-service", "query.wikidata.org,dbpedia.org", "--query-timeout", "2.5", "seeds/000_5dc32466c623b959.txt");
        assertEquals(Main.OK, r.exit(), r.err());
        assertTrue(r.out().contains("SPARQL endpoint https://data.example.org/sparql"), r.out());
        assertTrue(r.out().contains("Home            https://data.example.org/"), r.out());
    }

    /** The letters' graphs the extraction cache at {@code cache} holds. */
    private static List<Path> cachedGraphs(Path cache) throws IOException {
        try (var files = Files.walk(cache)) {
            return files.filter(f -> f.toString().endsWith(".nt.gz")).toList();
        }
    }
}
