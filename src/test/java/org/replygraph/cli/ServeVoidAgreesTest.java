package org.replygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replygraph.graph.RG;
import org.replygraph.graph.store.Store;
import org.replygraph.index.SearchIndex;
import org.replygraph.serve.HomeFigures;
import org.replygraph.serve.ReplyGraphServer;
import org.replygraph.serve.ServerConfig;
import picocli.CommandLine;

/**
 * {@code serve seeds/} (in memory) and {@code serve --store} of a store built from the same seeds publish the same
 * dataset description: VoID's triple, entity and class counts, and the dumps' sizes and SHA-256 (so the same bytes),
 * differing only in {@code dct:modified} (when each server loaded its data) and in their own URLs.
 */
class ServeVoidAgreesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @Test
    void inMemoryAndStorePublishTheSameDescriptionAndDumpsForTheSameLetters() throws Exception {
        Path dir = tmp.resolve("st");
        CliRun built = CliRun.of("build", "-q", "--store", dir.toString(), "seeds/");
        assertEquals(Main.OK, built.exit(), built.err());

        ServeCommand memory = new ServeCommand();
        new CommandLine(memory).setErr(new PrintWriter(new StringWriter())).parseArgs("--no-cache", "seeds/");
        DatasetGraph served = memory.inMemory(null, new PrintWriter(new StringWriter()));

        try (ReplyGraphServer inMemory = ReplyGraphServer.start(served, ServerConfig.defaults().withPort(0));
             Store store = Store.open(dir);
             SearchIndex index = SearchIndex.open(dir.resolve("search"), RG.DEFAULT_BASE);
             ReplyGraphServer fromStore = ReplyGraphServer.start(store.dataset(), ServerConfig.defaults().withPort(0), index,
                     null, null, HomeFigures.saved(dir, store.dataset(), RG.DEFAULT_BASE))) {
            TreeSet<String> a = description(inMemory);
            TreeSet<String> b = description(fromStore);
            TreeSet<String> onlyMemory = new TreeSet<>(a);
            onlyMemory.removeAll(b);
            TreeSet<String> onlyStore = new TreeSet<>(b);
            onlyStore.removeAll(a);
            assertEquals(List.of(), List.of(onlyMemory, onlyStore).stream().filter(d -> !d.isEmpty()).toList(),
                    "the same description but for dct:modified and the server's own URL (in memory only, then store only)");
            assertTrue(a.stream().anyMatch(l -> l.startsWith("<SERVER/.well-known/void#dataset> <http://rdfs.org/ns/void#triples> \"")), a.toString());
            assertTrue(a.stream().anyMatch(l -> l.contains("<http://spdx.org/rdf/terms#checksumValue>")), "the dumps are written: " + a);
            for (String dump : List.of("/dump.nq.gz", "/dump.nt.gz")) assertEquals(gunzipped(inMemory, dump), gunzipped(fromStore, dump), dump);
        }
    }

    /** The server's VoID as sorted N-Triples lines, its URL as SERVER, without dct:modified; once every dump is written. */
    private static TreeSet<String> description(ReplyGraphServer server) throws Exception {
        String base = server.url().substring(0, server.url().length() - 1);
        for (int i = 0; i < 600; i++) {
            String nt = get(server, "/.well-known/void", "application/n-triples");
            if (!nt.contains("Being written")) {
                TreeSet<String> lines = new TreeSet<>();
                nt.replace(base, "SERVER").lines().filter(l -> !l.isBlank() && !l.contains("<http://purl.org/dc/terms/modified>"))
                        .forEach(lines::add);
                return lines;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the dumps of " + base + " were not written within 60 s");
    }

    private static String get(ReplyGraphServer server, String path, String accept) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static String gunzipped(ReplyGraphServer server, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
