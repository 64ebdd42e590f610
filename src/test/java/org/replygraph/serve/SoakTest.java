package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.RG;

/**
 * {@value #DEFAULT_CLIENTS} clients on loopback for {@code -Dreplygraph.soak.seconds} (10 s in the
 * normal suite; 60 s for the issue's soak: {@code mvn -o test -Dtest=SoakTest -Dreplygraph.soak.seconds=60}),
 * each in a loop over a mix of entity pages, letter pages, searches, SPARQL SELECTs and dumps. It
 * stops by itself and checks: no 5xx, heap after a full collection within 160 MB (the page cache's 64 MB bound and buffers) of where it stood
 * after warm-up, and no more threads outside Jetty's request pool than after warm-up (the pool
 * is bounded by its maximum and shrinks when idle). Prints request count, throughput and p50/p99. Tagged {@code soak}: CI can leave it out
 * with {@code -DexcludedGroups=soak}.
 */
@Tag("soak")
class SoakTest {
    static final int DEFAULT_CLIENTS = 64;
    /** The page cache's bound (64 MB by default) plus room for Jetty's and the client's buffers. */
    private static final long HEAP_SLACK = 160L << 20;

    @Test
    void manyClientsMixedRequestsNoErrorsBoundedHeapNoThreadGrowth() throws Exception {
        int seconds = Integer.getInteger("replygraph.soak.seconds", 10);
        int clients = Integer.getInteger("replygraph.soak.clients", DEFAULT_CLIENTS);
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("seeds")), data);
        EntityIris iris = new EntityIris(BuildOptions.defaults().baseIri());
        List<String> entities = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        Txn.executeRead(data, () -> data.getUnionGraph().find(null, RG.rdfType, null).forEachRemaining(t ->
                iris.path(t.getSubject()).filter(p -> !p.contains("#") && !p.contains("/annotation/")).ifPresent(p ->
                        (t.getObject().getURI().endsWith("Letter") ? letters : entities).add(p + ".html"))));
        assertTrue(entities.size() > 20 && !letters.isEmpty(), entities.size() + " entities, " + letters.size() + " letters");
        List<String> searches = List.of("增材", "zengcai", "國家", "科学技术厅", "中心", "proposal");
        List<String> queries = List.of(
                "SELECT ?s ?label { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 50",
                "SELECT ?type (COUNT(*) AS ?n) { ?s a ?type } GROUP BY ?type",
                "SELECT ?letter ?date { ?letter <http://purl.org/dc/terms/date> ?date } ORDER BY ?date");
        List<String> dumps = List.of("/dump.ttl", "/dump.nt.gz", "/dump.nq.gz");

        try (ReplyGraphServer server = ReplyGraphServer.start(data, ServerConfig.defaults().withPort(0))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String root = server.url().substring(0, server.url().length() - 1);
            Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
            Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
            List<long[]> latencies = new ArrayList<>();
            // Warm-up: the same load for 2 s, so the JIT, caches and Jetty's pool reach their working size.
            run(http, root, clients, 2, entities, letters, searches, queries, dumps, new ConcurrentHashMap<>(), failures, new ArrayList<>());
            long heapBefore = usedHeapAfterGc();
            int threadsBefore = serverThreads();
            long t0 = System.nanoTime();
            run(http, root, clients, seconds, entities, letters, searches, queries, dumps, statuses, failures, latencies);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            Thread.sleep(500);
            long heapAfter = usedHeapAfterGc();
            int threadsAfter = serverThreads();
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(x -> x > 0).map(x -> x >> 3).sorted().toArray();
            StringBuilder perKind = new StringBuilder();
            String[] names = {"entity", "letter", "search", "sparql", "dump", "home"};
            for (int k = 0; k < names.length; k++) {
                int kind = k;
                long[] these = latencies.stream().flatMapToLong(Arrays::stream).filter(x -> x > 0 && (x & 7) == kind)
                        .map(x -> x >> 3).sorted().toArray();
                if (these.length > 0) {
                    perKind.append(String.format(" %s n=%d p50=%.0fms p99=%.0fms;", names[k], these.length,
                            these[these.length / 2] / 1e6, these[(int) (these.length * 0.99)] / 1e6));
                }
            }
            long requests = all.length;
            System.out.printf("Soak: %d clients, %.1f s, %d requests (%.0f/s), p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                            + "statuses %s; heap %d -> %d MB; threads %d -> %d; load %s;%s%n",
                    clients, elapsed, requests, requests / elapsed, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6,
                    all[all.length - 1] / 1e6, new TreeMap<>(statuses), heapBefore >> 20, heapAfter >> 20, threadsBefore, threadsAfter,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), perKind);
            assertEquals(Map.of(), failures, "requests that failed on the client side");
            long errors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(e -> e.getValue().get()).sum();
            assertEquals(0, errors, "5xx answers: " + statuses);
            assertTrue(requests > clients, "only " + requests + " requests");
            assertTrue(heapAfter < heapBefore + HEAP_SLACK, "heap grew from " + (heapBefore >> 20) + " to " + (heapAfter >> 20) + " MB");
            assertTrue(threadsAfter <= threadsBefore + 2, "threads grew from " + threadsBefore + " to " + threadsAfter);
        }
    }

    private static void run(HttpClient http, String root, int clients, int seconds, List<String> entities, List<String> letters,
            List<String> searches, List<String> queries, List<String> dumps, Map<Integer, AtomicLong> statuses,
            Map<String, AtomicLong> failures, List<long[]> latencies) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[16_384]; // 8 MB for 64 clients: the test's own share of the heap stays small
            synchronized (latencies) {
                latencies.add(mine);
            }
            Thread t = new Thread(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                int n = 0;
                while (System.nanoTime() < end && n < mine.length) {
                    int kind = rnd.nextInt(100);
                    int group = kind < 30 ? 0 : kind < 50 ? 1 : kind < 70 ? 2 : kind < 92 ? 3 : kind < 97 ? 4 : 5;
                    String path = kind < 30 ? entities.get(rnd.nextInt(entities.size()))
                            : kind < 50 ? letters.get(rnd.nextInt(letters.size()))
                            : kind < 70 ? "/search?" + (rnd.nextBoolean() ? "format=json&" : "") + "q="
                                    + URLEncoder.encode(searches.get(rnd.nextInt(searches.size())), StandardCharsets.UTF_8)
                            : kind < 92 ? "/sparql?query=" + URLEncoder.encode(queries.get(rnd.nextInt(queries.size())), StandardCharsets.UTF_8)
                            : kind < 97 ? dumps.get(rnd.nextInt(dumps.size())) : "/";
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(root + path))
                                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                    } catch (Exception e) {
                        failures.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(), k -> new AtomicLong()).incrementAndGet();
                    }
                    // Kind in the low 3 bits: latencies are reported per kind of request.
                    mine[n++] = ((System.nanoTime() - s) << 3) | group;
                }
            }, "soak-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /**
     * Live threads other than Jetty's request pool ({@code qtp…}, bounded by its maximum and shrinking
     * when idle), the HTTP client's and the soak clients': a query, watchdog or writer thread left
     * behind shows up here.
     */
    private static int serverThreads() {
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (t.isAlive() && !name.startsWith("qtp") && !name.startsWith("HttpClient") && !name.startsWith("soak-client")) {
                n++;
            }
        }
        return n;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
