package org.replygraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's own parts: the raw HTTP client, the load loop, the build-total parser, page paths. */
class BenchHarnessTest {
    @Test
    void readsFixedLengthAndChunkedBodiesOnOneKeepAliveConnection() throws IOException {
        HttpServer server = server();
        try (RawHttp c = new RawHttp("127.0.0.1", server.getAddress().getPort())) {
            assertEquals(new RawHttp.Response(200, 5000), c.get("/fixed", "text/plain"));
            assertEquals(new RawHttp.Response(200, 70000), c.get("/chunked", "text/plain"));
            assertEquals(new RawHttp.Response(404, 9), c.get("/missing", "text/plain"));
            assertEquals(new RawHttp.Response(200, 5000), c.get("/fixed", "text/plain"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theLoadLoopCountsRequestsAndBadAnswers() throws IOException, InterruptedException, ExecutionException {
        HttpServer server = server();
        try {
            HttpLoad load = new HttpLoad("127.0.0.1", server.getAddress().getPort());
            HttpLoad.Result ok = load.run("/fixed", "text/plain", 4, 0.3, () -> -1);
            assertTrue(ok.count() >= 4, "at least one request per client: " + ok.count());
            assertEquals(0, ok.badStatus());
            assertEquals(5000, ok.bytes());
            assertTrue(ok.p50Ms() <= ok.p99Ms());
            HttpLoad.Result missing = load.run("/missing", "text/plain", 2, 0.2, () -> -1);
            assertEquals(missing.count(), missing.badStatus());
            assertEquals(404, missing.firstBadCode());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void readsTheBuildsTotalLine() {
        String out = "000000.txt  reply_letter  proposal 4  南平市科学技术局  2020-07-04\n"
                + "200 documents (198 reply letters, 2 other), 1 failed, 77397 quads -> target/bench/out/200.nt\n";
        assertArrayEquals(new long[] {200, 1, 77397}, Bench.total(out));
        assertArrayEquals(new long[] {1, 0, 245}, Bench.total("1 document (1 reply letter, 0 other), 0 failed, 245 quads"));
        assertNull(Bench.total("replygraph build: no document could be read from [x]"));
    }

    @Test
    void pagePathsPercentEncodeWhatIsNotAscii() {
        assertEquals("/id/agency/gong-ye-he-xin-xi-hua-bu-c92510e03e.html",
                ServeBench.page("https://w3id.org/replygraph/id/agency/gong-ye-he-xin-xi-hua-bu-c92510e03e"));
        assertEquals("/id/doc/%E7%A7%91.html", ServeBench.page("https://w3id.org/replygraph/id/doc/科"));
    }

    @Test
    void labelsSizesInThousands() {
        assertEquals(List.of("200", "1k", "100k"), List.of(Bench.label(200), Bench.label(1000), Bench.label(100_000)));
    }

    @Test
    void aChildReportsItsExitOutputAndPeakRss(@org.junit.jupiter.api.io.TempDir Path tmp) {
        Child.Result r = Child.java(tmp, "version", List.of(), Bench.CLI, "--version").run();
        assertEquals(0, r.exit(), r.err());
        assertEquals("ReplyGraph 0.1.0", r.out().strip());
        assertTrue(r.seconds() > 0);
        Child.Result bad = Child.java(tmp, "bad", List.of(), Bench.CLI, "build", "--nonsense", "seeds", "-o", tmp.resolve("x.nt").toString()).run();
        assertEquals(2, bad.exit());
        assertTrue(bad.unknownOption(), bad.err());
    }

    private static HttpServer server() throws IOException {
        // Without nodelay the JDK server waits ~40 ms per response (performance-notes trap 4).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        byte[] fixed = "x".repeat(5000).getBytes(StandardCharsets.US_ASCII);
        s.createContext("/fixed", ex -> {
            ex.sendResponseHeaders(200, fixed.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(fixed);
            }
        });
        s.createContext("/chunked", ex -> {
            ex.sendResponseHeaders(200, 0); // 0: chunked
            try (OutputStream o = ex.getResponseBody()) {
                for (int i = 0; i < 7; i++) o.write("y".repeat(10000).getBytes(StandardCharsets.US_ASCII));
            }
        });
        s.createContext("/", ex -> {
            byte[] b = "not found".getBytes(StandardCharsets.US_ASCII);
            ex.sendResponseHeaders(404, b.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(b);
            }
        });
        s.start();
        return s;
    }

    /** The README-command row measures only a jar packaged with its archive and the seeds' graphs, each named when not. */
    @Test
    void theReadmeRowNeedsTheJarsOwnArchiveAndGraphs(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("replygraph.jar");
        Path archive = dir.resolve("replygraph.jsa");
        Path graphs = dir.resolve("replygraph.graphs");
        assertEquals("no " + jar, ServeBench.notPackagedWithItsArchive(jar, archive, graphs));
        Files.writeString(jar, "jar");
        assertEquals("no " + archive, ServeBench.notPackagedWithItsArchive(jar, archive, graphs));
        Files.writeString(archive, "archive");
        assertEquals("no " + graphs, ServeBench.notPackagedWithItsArchive(jar, archive, graphs));
        Files.createDirectory(graphs);
        FileTime packaged = FileTime.fromMillis(1_700_000_000_000L);
        for (Path p : List.of(jar, archive, graphs)) Files.setLastModifiedTime(p, packaged);
        assertNull(ServeBench.notPackagedWithItsArchive(jar, archive, graphs));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(packaged.toMillis() + 60_000)); // repackaged with -Dcds.skip
        assertEquals(archive + " is older than " + jar, ServeBench.notPackagedWithItsArchive(jar, archive, graphs));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(packaged.toMillis() + 60_000));
        assertEquals(graphs + " is older than " + jar, ServeBench.notPackagedWithItsArchive(jar, archive, graphs));
    }
}
