package org.replygraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.RG;
import org.replygraph.serve.ReplyGraphServer;
import org.replygraph.serve.ServerConfig;

/**
 * Entity-page throughput and latency at 32 concurrent clients against Fuseki's own DESCRIBE of the
 * same entity on the same server, after a warm-up (performance-notes trap 2). Also measures a tiny
 * 404 as the ceiling of this load generator on this machine (trap 4). Not a unit test; run:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.replygraph.bench.PageBenchmark [seconds] [INPUT...]
 * </pre>
 */
public final class PageBenchmark {
    private static final int CLIENTS = 32;

    private PageBenchmark() { }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<Path> inputs = args.length > 1 ? Arrays.stream(args).skip(1).map(Path::of).toList() : List.of(Path.of("seeds"));
        DatasetGraph built = CorpusBuilder.newDataset();
        new CorpusBuilder(BuildOptions.defaults()).build(inputs, built);
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(data, () -> built.find().forEachRemaining(data::add));
        Node entity = Txn.calculateRead(data, () -> mostMentioned(data));
        try (ReplyGraphServer server = ReplyGraphServer.start(data, ServerConfig.defaults().withPort(0))) {
            String root = "http://localhost:" + server.port();
            String path = "/id/" + entity.getURI().substring(RG.DEFAULT_BASE.length());
            String describe = "/sparql?query=" + URLEncoder.encode("DESCRIBE <" + entity.getURI() + ">", StandardCharsets.UTF_8);
            Map<String, HttpRequest> targets = new java.util.LinkedHashMap<>();
            targets.put("entity page  .html", get(root + path + ".html", "text/html"));
            targets.put("entity data  .ttl ", get(root + path + ".ttl", "text/turtle"));
            targets.put("Fuseki DESCRIBE   ", get(root + describe, "text/turtle"));
            targets.put("404 (ceiling)     ", get(root + "/nowhere", "text/html"));
            System.out.printf(Locale.ROOT, "entity %s, %d clients, %d s warm-up + %d s per target%n", entity, CLIENTS, seconds, seconds);
            for (Map.Entry<String, HttpRequest> t : targets.entrySet()) {
                run(t.getValue(), seconds); // warm-up, discarded
            }
            for (Map.Entry<String, HttpRequest> t : targets.entrySet()) {
                Result r = run(t.getValue(), seconds);
                System.out.printf(Locale.ROOT, "%s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d requests, %d bytes each)%n",
                        t.getKey(), r.perSecond(), r.p50(), r.p99(), r.count(), r.bytes());
            }
        }
    }

    private record Result(double perSecond, double p50, double p99, int count, int bytes) { }

    private static Result run(HttpRequest request, int seconds) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        int[] bytes = new int[1];
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                long[] lat = new long[1 << 20];
                int n = 0;
                while (System.nanoTime() < end && n < lat.length) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> resp = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    lat[n++] = System.nanoTime() - t0;
                    bytes[0] = resp.body().length;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            for (long l : f.get()) {
                all.add(l);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(sorted.length / elapsed, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] / 1e6, sorted.length, bytes[0]);
    }

    private static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build();
    }

    /** The entity the most documents mention: a page with evidence, inbound links and a neighbourhood. */
    private static Node mostMentioned(DatasetGraph data) {
        Map<Node, Integer> counts = new HashMap<>();
        data.getUnionGraph().find(Node.ANY, RG.mentions, Node.ANY)
                .forEachRemaining(t -> counts.merge(t.getObject(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<Node, Integer>comparingByValue().thenComparing(e -> e.getKey().getURI(),
                        java.util.Comparator.reverseOrder()))
                .orElseThrow(() -> new IllegalStateException("No rg:mentions in the data: nothing to benchmark"))
                .getKey();
    }
}
