package org.replygraph.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `serve` as a child process: time from process start to the first answered request, heap and RSS,
 * then each page kind at 1 and 32 clients after a warm-up (cold first request reported apart), beside
 * Fuseki's own DESCRIBE of the same entity and the server's cheapest answers (the ceiling).
 */
final class ServeBench {
    private static final String BASE = "https://w3id.org/replygraph/id/";
    private static final String RG = "https://w3id.org/replygraph/ns#";
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    /** A server that has not answered after an hour is broken, not slow. */
    private static final long START_TIMEOUT_NANOS = 3600L * 1_000_000_000L;

    record Target(String name, String path, String accept, int expectedStatus) { }

    private final Bench b;
    private final Report r;
    /** Throughput at the most clients by server then target, for the seeds -> big ratios. */
    private final Map<String, Map<String, HttpLoad.Result>> results = new LinkedHashMap<>();

    ServeBench(Bench bench) {
        this.b = bench;
        this.r = bench.report();
    }

    void run(BuildBench built) throws InterruptedException, ExecutionException {
        // --no-cache: every letter extracted, as in earlier runs (the README row below shows a restart from the cache).
        serve("seeds", "serve seeds/ (in memory, --no-cache)", List.of(), List.of("serve", "seeds", "--no-cache"), 1.5);
        readmeServe();
        if (built.largestStore != null && !b.supports("serve", "--store")) {
            r.section("serve --store");
            r.na("serve --store", "serve --help lists no --store option");
            r.target("serve --store answers within 3 s of start", "-", null);
        } else if (built.largestStore != null) {
            serve("big", "serve --store " + Bench.label(built.largestStoreSize) + " (-Xmx2g)", List.of("-Xmx2g"),
                    List.of("serve", "--store", built.largestStore.toString()), 3.0);
        } else {
            r.section("serve --store");
            r.na("serve --store", built.storeUnavailable != null ? built.storeUnavailable : "no store was built");
            r.target("serve --store answers within 3 s of start", "-", null);
            // Without a store, the full run serves the largest corpus up to 10k from memory instead (the quick
            // run skips it: re-extracting at start-up takes minutes on a loaded machine).
            int n = b.quick() ? 0 : b.sizes().stream().filter(s -> s <= 10_000).max(Integer::compare).orElse(0);
            if (n > 0) serve("big", "serve " + Bench.label(n) + " letters in memory (no store to serve)", List.of(),
                    List.of("serve", b.letters(n).toString()), Double.NaN);
        }
        ratios();
    }

    private void serve(String key, String title, List<String> jvm, List<String> args, double targetSeconds)
            throws InterruptedException, ExecutionException {
        r.section(title);
        int port = freePort();
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--port", String.valueOf(port)));
        Child.Running server = Child.java(b.work(), "serve-" + key, jvm, Bench.CLI, all.toArray(String[]::new)).start();
        try {
            double listening = firstAnswer(server, port, "/nowhere", 404);
            double first = listening < 0 ? -1 : firstAnswer(server, port, "/", 200);
            if (first < 0) {
                Child.Result end = server.stop();
                if (end.unknownOption()) r.na(title, end.why());
                else r.broken(title + ": no answer (" + end.why() + ")");
                return;
            }
            r.row("first HTTP answer (a 404) after process start", "%.2f s", listening);
            r.row("first home page (200 on /) after process start", "%.2f s", first);
            if (!Double.isNaN(targetSeconds))
                r.target(title + ": first answer <= " + targetSeconds + " s", String.format(Locale.ROOT, "%.2f s", first), first <= targetSeconds);
            HttpLoad load = new HttpLoad("127.0.0.1", port);
            List<Target> targets = targets(port);
            Map<String, HttpLoad.Result> byTarget = new LinkedHashMap<>();
            r.note("cold first request of each target (fresh connection, first render):");
            for (Target t : targets) {
                double[] cold;
                try {
                    cold = load.once(t.path(), t.accept());
                } catch (IOException e) {
                    r.broken(title + " " + t.name() + ": " + e.getMessage());
                    continue;
                }
                r.row("  " + t.name(), "%8.1f ms  status %d  %d bytes", cold[0], (int) cold[1], (int) cold[2]);
                if ((int) cold[1] != t.expectedStatus()) r.broken(title + " " + t.name() + " answered " + (int) cold[1] + " at " + t.path());
            }
            r.note(String.format(Locale.ROOT, "warm (%.1f s warm-up at %d clients, then %.1f s each; CPU shares of %d cores):",
                    b.warmSeconds(), b.clients().get(b.clients().size() - 1), b.seconds(), Runtime.getRuntime().availableProcessors()));
            for (Target t : targets) {
                load.run(t.path(), t.accept(), b.clients().get(b.clients().size() - 1), b.warmSeconds(), server::cpuSeconds);
                for (int c : b.clients()) {
                    HttpLoad.Result res = load.run(t.path(), t.accept(), c, b.seconds(), server::cpuSeconds);
                    r.row("  " + t.name() + " @" + c, "%8.0f req/s  p50 %7.2f ms  p99 %8.2f ms  %7d B  server CPU %3.0f%%  generator CPU %3.0f%%%s",
                            res.perSecond(), res.p50Ms(), res.p99Ms(), res.bytes(), 100 * res.serverCpuShare(), 100 * res.generatorCpuShare(),
                            res.badStatus() > 0 && t.expectedStatus() < 300 ? "  (" + res.badStatus() + " answers " + res.firstBadCode() + ")" : "");
                    if (c == b.clients().get(b.clients().size() - 1)) byTarget.put(t.name(), res);
                }
            }
            results.put(key, byTarget);
            r.row("server after the load", "RSS %s, peak RSS %s, heap used after a full GC %s", Report.mb(server.rssMb()), Report.mb(server.peakRssMb()),
                    heapUsed(server.pid()));
            if (key.equals("big") && byTarget.containsKey("entity page") && byTarget.containsKey("Fuseki DESCRIBE")) {
                HttpLoad.Result page = byTarget.get("entity page");
                HttpLoad.Result describe = byTarget.get("Fuseki DESCRIBE");
                r.target("entity page p99 <= 25 ms at 32 clients (" + title + ")", String.format(Locale.ROOT, "%.1f ms", page.p99Ms()), page.p99Ms() <= 25);
                double ratio = page.perSecond() / describe.perSecond();
                r.target("entity page throughput >= Fuseki DESCRIBE", String.format(Locale.ROOT, "%.2fx", ratio), ratio >= 1);
            }
        } catch (IOException e) {
            r.broken(title + ": " + e.getMessage());
        } finally {
            server.stop();
        }
    }

    /** The README's quick-start command: the packaged jar with its class-data-sharing archive and C1 only. */
    static final List<String> README_JVM = List.of("-XX:SharedArchiveFile=target/replygraph.jsa", "-XX:TieredStopAtLevel=1");

    /**
     * Start-up of `serve` as the README runs it (target/replygraph.jar with {@link #README_JVM}; `mvn package` makes
     * both), twice: the first start fills an extraction cache of its own, the second reads it back. Time to the
     * first 404 and the first home page, and the JVM's CPU then. Not available without the packaged jar.
     */
    private void readmeServe() throws InterruptedException {
        String title = "serve as the README runs it (java " + String.join(" ", README_JVM) + " -jar target/replygraph.jar serve)";
        r.section(title);
        Path jar = Path.of("target/replygraph.jar");
        String notPackaged = notPackagedWithItsArchive(jar, Path.of("target/replygraph.jsa"), Path.of("target/replygraph.graphs"));
        if (notPackaged != null) {
            r.na(title, notPackaged + ": run mvn -q -DskipTests package first");
            return;
        }
        Path cache = b.work().resolve("extraction-cache");
        for (String run : List.of("first start (empty extraction cache)", "restart (letters from the cache)")) {
            int port = freePort();
            Child.Running server = Child.jar(b.work(), "serve-readme", README_JVM, jar, "serve", "--port", String.valueOf(port),
                    "--cache", cache.toString()).start();
            try {
                double listening = firstAnswer(server, port, "/nowhere", 404);
                double first = listening < 0 ? -1 : firstAnswer(server, port, "/", 200);
                if (first < 0) {
                    r.broken(title + ": no answer (" + server.stop().why() + ")");
                    return;
                }
                r.row(run, "first answer %.2f s, first home page %.2f s, JVM CPU %.2f s", listening, first, server.cpuSeconds());
                // Both runs: since the seeds' graphs come with the jar (target/replygraph.graphs), a first start extracts nothing either.
                r.target("serve on the seeds as the README runs it, " + run + ": first home page <= 1.5 s",
                        String.format(Locale.ROOT, "%.2f s", first), first <= 1.5);
            } finally {
                server.stop();
            }
        }
    }

    /**
     * Why the README's command cannot be measured with this jar, or null when it can: the jar, its class-data-sharing
     * archive and the seeds' graphs must all be there and made by the same {@code mvn package} (a jar packaged with
     * {@code -Dcds.skip=true -Dgraphs.skip=true} keeps an older archive the JVM refuses and older graphs it never reads,
     * so the row would measure a slower command than the README's without saying so).
     */
    static String notPackagedWithItsArchive(Path jar, Path archive, Path graphs) {
        try {
            if (!java.nio.file.Files.isRegularFile(jar)) return "no " + jar;
            if (!java.nio.file.Files.isRegularFile(archive)) return "no " + archive;
            if (!java.nio.file.Files.isDirectory(graphs)) return "no " + graphs;
            var made = java.nio.file.Files.getLastModifiedTime(jar);
            if (java.nio.file.Files.getLastModifiedTime(archive).compareTo(made) < 0) return archive + " is older than " + jar;
            if (java.nio.file.Files.getLastModifiedTime(graphs).compareTo(made) < 0) return graphs + " is older than " + jar;
            return null;
        } catch (IOException e) {
            return "cannot read " + jar + ": " + e.getMessage();
        }
    }

    /** Seconds from process start to the first answer {@code status} on {@code path}, or -1 when the process ended (or hung) first. */
    private static double firstAnswer(Child.Running server, int port, String path, int status) throws InterruptedException {
        HttpLoad probe = new HttpLoad("127.0.0.1", port);
        long giveUp = System.nanoTime() + START_TIMEOUT_NANOS;
        while (server.process.isAlive() && System.nanoTime() < giveUp) {
            try {
                double[] res = probe.once(path, "text/html");
                if ((int) res[1] == status) return (System.nanoTime() - server.startNanos) / 1e9;
            } catch (IOException e) {
                // not listening yet
            }
            server.peakRssMb();
            Thread.sleep(20);
        }
        return -1;
    }

    private List<Target> targets(int port) throws IOException, InterruptedException {
        String entity = select(port, "SELECT ?e (COUNT(?d) AS ?n) WHERE { ?d <" + RG + "mentions> ?e } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1", "e");
        String letter = select(port, "SELECT ?l WHERE { ?l a <" + RG + "ReplyLetter> } LIMIT 1", "l");
        List<Target> t = new ArrayList<>();
        t.add(new Target("home page", "/", "text/html", 200));
        if (entity != null) t.add(new Target("entity page", page(entity), "text/html", 200));
        else r.na("entity page", "no rg:mentions in the data");
        if (letter != null) t.add(new Target("letter page", page(letter), "text/html", 200));
        else r.na("letter page", "no rg:ReplyLetter in the data");
        t.add(new Target("search 科技", "/search?q=" + enc("科技"), "text/html", 200));
        if (entity != null) {
            t.add(new Target("SPARQL lookup", "/sparql?query=" + enc("SELECT ?l WHERE { <" + entity
                    + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 1"), "application/sparql-results+json", 200));
            t.add(new Target("Fuseki DESCRIBE", "/sparql?query=" + enc("DESCRIBE <" + entity + ">"), "text/turtle", 200));
        }
        t.add(new Target("static file /static/query.js", "/static/query.js", "text/javascript", 200));
        t.add(new Target("query page (no data read)", "/query", "text/html", 200));
        t.add(new Target("404 (ceiling)", "/nowhere", "text/html", 404));
        r.note("entity: " + entity);
        r.note("letter: " + letter);
        return t;
    }

    private static String select(int port, String query, String var) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sparql?query=" + enc(query)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofMinutes(10)).GET().build();
        HttpResponse<String> resp = client.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) throw new IOException("SPARQL " + query + " answered " + resp.statusCode());
        JsonObject json = JsonParser.parseString(resp.body()).getAsJsonObject();
        var bindings = json.getAsJsonObject("results").getAsJsonArray("bindings");
        if (bindings.isEmpty()) return null;
        return bindings.get(0).getAsJsonObject().getAsJsonObject(var).get("value").getAsString();
    }

    /** The page path of an IRI under the default base: /id/… with non-ASCII percent-encoded. */
    static String page(String iri) {
        String rest = iri.startsWith(BASE) ? iri.substring(BASE.length()) : iri;
        StringBuilder out = new StringBuilder("/id/");
        for (byte x : rest.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) out.append((char) c);
            else out.append('%').append(String.format("%02X", c));
        }
        return out.append(".html").toString();
    }

    private void ratios() {
        Map<String, HttpLoad.Result> seeds = results.get("seeds");
        Map<String, HttpLoad.Result> big = results.get("big");
        r.section("seeds -> big: throughput kept at " + b.clients().get(b.clients().size() - 1) + " clients");
        if (seeds == null || big == null) {
            r.na("seeds -> big", "one of the two servers was not measured");
            return;
        }
        for (String page : List.of("home page", "search 科技", "entity page", "letter page")) {
            HttpLoad.Result s = seeds.get(page);
            HttpLoad.Result g = big.get(page);
            if (s == null || g == null) continue;
            double loss = s.perSecond() / g.perSecond();
            r.row(page, "%8.0f -> %8.0f req/s  (seeds/big %.2f)", s.perSecond(), g.perSecond(), loss);
            r.target(page + ": seeds -> big loses <= 2x throughput", String.format(Locale.ROOT, "%.1fx", loss), loss <= 2);
        }
    }

    private static String heapUsed(long pid) {
        try {
            // A full GC first, so the figure is the live heap, not garbage the load left.
            new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true).start().waitFor();
            Process p = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = HEAP_USED.matcher(out);
            return m.find() ? String.format(Locale.ROOT, "%.0f MB", Long.parseLong(m.group(1)) / 1024.0) : "n/a (jcmd: no heap figure)";
        } catch (IOException e) {
            return "n/a (no jcmd)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "n/a";
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
