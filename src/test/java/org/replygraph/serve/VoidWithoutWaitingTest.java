package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * VoID answers while the dumps are being written: the writer is held on a latch (its first read of
 * the data, on the {@value Dumps#WRITER_THREAD} thread, waits for {@code release}), so a VoID request
 * that waited for the dumps would never answer within the client's timeout.
 */
class VoidWithoutWaitingTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Node CHECKSUM_VALUE = NodeFactory.createURI(JsonLdContext.SPDX + "checksumValue");

    /** The data, whose graph list blocks the dump writer until released, counting its passes. */
    private static final class HeldWriter extends DatasetGraphWrapper {
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger passes = new AtomicInteger();

        HeldWriter(DatasetGraph data) {
            super(data);
        }

        @Override
        public Iterator<Node> listGraphNodes() {
            // A pass is counted on whichever thread writes it: a request for a dump that arrives
            // before the background thread reaches that kind writes it itself (under load, often).
            if (insideDumpWrite()) passes.incrementAndGet();
            if (Thread.currentThread().getName().equals(Dumps.WRITER_THREAD)) {
                writing.countDown();
                try {
                    if (!release.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) throw new IllegalStateException("never released");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted: the server stopped", e);
                }
            }
            return super.listGraphNodes();
        }

        private static boolean insideDumpWrite() {
            return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                    f -> f.getClassName().equals(Dumps.class.getName()) && f.getMethodName().equals("write")));
        }
    }

    @Test
    void voidAnswersAtOnceWhileTheDumpsAreWrittenThenStatesTheirSizesAndChecksums() throws Exception {
        HeldWriter data = new HeldWriter(SampleData.load());
        ReplyGraphServer server = ReplyGraphServer.start(data, ServerConfig.defaults().withPort(0));
        try {
            String base = "http://localhost:" + server.port();
            HttpResponse<byte[]> first = get(base, "/.well-known/void");
            assertEquals(200, first.statusCode());
            assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
            assertTrue(first.headers().firstValue("Last-Modified").isEmpty(), "no Last-Modified: If-Modified-Since must not keep it");
            Graph pending = turtle(first.body());
            for (Dumps.Dump dump : Dumps.Dump.values()) {
                Node dist = NodeFactory.createURI(base + dump.path + "#distribution");
                assertTrue(pending.contains(dist, DCAT.downloadURL.asNode(), NodeFactory.createURI(base + dump.path)), dump.path);
                assertFalse(pending.contains(dist, DCAT.byteSize.asNode(), Node.ANY), dump.path);
                assertTrue(pending.contains(dist, RDFS.comment.asNode(), NodeFactory.createLiteralLang(DatasetDescription.PENDING, "en")),
                        dump.path);
            }
            assertFalse(pending.contains(Node.ANY, CHECKSUM_VALUE, Node.ANY));

            assertTrue(data.writing.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS), "VoID started writing the dumps");
            HttpResponse<byte[]> again = get(base, "/.well-known/void");
            assertEquals("no-cache", again.headers().firstValue("Cache-Control").orElseThrow());
            CompletableFuture<HttpResponse<byte[]>> dumpWhileWriting = HTTP.sendAsync(
                    request(base, "/dump.nt.gz").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(1, data.passes.get(), "single flight: the second VoID request started no second write");

            data.release.countDown();
            Map<Dumps.Dump, byte[]> bytes = new EnumMap<>(Dumps.Dump.class);
            bytes.put(Dumps.Dump.NT_GZ, dumpWhileWriting.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).body());
            for (Dumps.Dump dump : Dumps.Dump.values()) bytes.computeIfAbsent(dump, d -> get(base, d.path).body());
            assertEquals(2, data.passes.get(), "one pass per kind of dump (union, named graphs), each written once");

            String provisionalTag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<byte[]> full = send(request(base, "/.well-known/void").header("If-None-Match", provisionalTag));
            assertEquals(200, full.statusCode(), "the provisional ETag does not match the full description");
            assertEquals("public, max-age=60", full.headers().firstValue("Cache-Control").orElseThrow());
            assertTrue(full.headers().firstValue("Last-Modified").isPresent());
            Graph g = turtle(full.body());
            for (Dumps.Dump dump : Dumps.Dump.values()) {
                Node dist = NodeFactory.createURI(base + dump.path + "#distribution");
                assertTrue(g.contains(dist, DCAT.byteSize.asNode(),
                        NodeFactory.createLiteralDT(Long.toString(bytes.get(dump).length), XSDDatatype.XSDnonNegativeInteger)), dump.path);
                String sha = java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.get(dump)));
                assertTrue(g.contains(Node.ANY, CHECKSUM_VALUE, NodeFactory.createLiteralDT(sha, XSDDatatype.XSDhexBinary)), dump.path);
                assertFalse(g.contains(dist, RDFS.comment.asNode(), Node.ANY), dump.path);
            }
        } finally {
            data.release.countDown();
            server.stop();
        }
    }

    private static HttpRequest.Builder request(String base, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
    }

    private static HttpResponse<byte[]> get(String base, String path) {
        return send(request(base, path));
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Graph turtle(byte[] body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
