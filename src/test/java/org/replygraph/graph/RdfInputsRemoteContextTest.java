package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: a JSON-LD input's remote @context is never fetched at build time (no SSRF through the builder). */
class RdfInputsRemoteContextTest {
    @TempDir
    Path dir;

    @Test
    void aRemoteContextIsRefusedAndNeverFetched() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer internal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        internal.createContext("/", ex -> {
            hits.incrementAndGet();
            byte[] body = "{\"@context\":{\"name\":\"http://xmlns.com/foaf/0.1/name\"}}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/ld+json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        internal.start();
        try {
            String url = "http://127.0.0.1:" + internal.getAddress().getPort() + "/ctx.jsonld";
            Path file = Files.writeString(dir.resolve("remote.jsonld"),
                    "{\"@context\":\"" + url + "\",\"@id\":\"http://example.org/a\",\"name\":\"甲\"}");
            DatasetGraph ds = DatasetGraphFactory.create();
            RiotException e = assertThrows(RiotException.class, () -> RdfInputs.load(file, ds));
            assertTrue(e.getMessage().contains("remote JSON-LD context refused: " + url), e.getMessage());
            assertThrows(RiotException.class, () -> RdfInputs.quads(file));
            assertEquals(0, hits.get(), "the internal server was asked for the context");
        } finally {
            internal.stop(0);
        }
    }

    @Test
    void anInlineContextStillReads() throws IOException {
        Path file = Files.writeString(dir.resolve("inline.jsonld"),
                "{\"@context\":{\"name\":\"http://xmlns.com/foaf/0.1/name\"},\"@id\":\"http://example.org/a\",\"name\":\"甲\"}");
        assertEquals(1, RdfInputs.quads(file).size());
    }
}
