package org.replygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.replygraph.graph.DocumentCache;
import org.replygraph.graph.store.ExtractionCache;
import org.replygraph.graph.store.ExtractorVersion;
import org.replygraph.graph.store.StoredForm;
import org.replygraph.graph.store.Store;
import org.replygraph.graph.store.StoreIngest;
import org.replygraph.index.SearchIndex;
import org.replygraph.serve.HomeFigures;
import org.replygraph.serve.ReplyGraphServer;
import org.replygraph.serve.Limits;
import org.replygraph.serve.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replygraph serve seeds/ --port 3030}: builds the letters (or loads RDF exports), then serves
 * them with SPARQL at /sparql, a page per entity at /id/…, search, dumps and VoID; prints the URLs.
 * {@code replygraph serve --store rg-store} serves a TDB2 store at once, with no extraction at start;
 * {@code --ingest-token} (or REPLYGRAPH_INGEST_TOKEN) opens {@code POST /ingest} of new letters.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds letters (files or folders; RDF files are loaded as they are) and serves them: "
                + "SPARQL, linked-data pages, search, dumps. With no INPUT it serves seeds/.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Letter files, folders or RDF files (default: seeds/).")
    List<Path> inputs;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "Port, 0 for a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Where clients reach the server, e.g. https://data.example.org/; advertised in VoID and the "
                    + "service description (default: http://localhost:PORT/). The Host header is never used.")
    String publicUrl;

    @Option(names = "--allow-service", paramLabel = "HOST", split = ",",
            description = "Hosts a SPARQL SERVICE may call, comma-separated (default: none, federated queries are refused).")
    List<String> serviceHosts = List.of();

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest a SPARQL query may run before it is cancelled (default: ${DEFAULT-VALUE}).")
    double queryTimeout;

    @Option(names = "--max-concurrent-queries", paramLabel = "N", defaultValue = "" + Limits.DEFAULT_MAX_CONCURRENT_QUERIES,
            description = "SPARQL queries running at once; more wait briefly, then get 503 (default: ${DEFAULT-VALUE}).")
    int maxConcurrentQueries;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + Limits.DEFAULT_MAX_BODY,
            description = "Largest request body, e.g. a POSTed query; larger gets 413 (default: ${DEFAULT-VALUE}).")
    int maxBody;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Folder of example .rq queries for the query page (default: ${DEFAULT-VALUE}, else the jar's).")
    Path queries;

    @Option(names = "--check", hidden = true, description = "Start, print the URLs and stop (for tests and CI).")
    boolean check;

    @Option(names = "--ingest-token", paramLabel = "TOKEN",
            description = "With --store: accept POST /ingest?name=FILE of letters from callers that send "
                    + "Authorization: Bearer TOKEN (at least 16 characters; or set " + INGEST_TOKEN_ENV + ").")
    String ingestToken;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where the letters' graphs are kept between starts, so unchanged letters are not extracted again "
                    + "(default: $XDG_CACHE_HOME/replygraph/extracted, else ~/.cache/replygraph/extracted).")
    Path cache;

    @Option(names = "--no-cache", description = "Extract every letter at start, keeping nothing between starts.")
    boolean noCache;

    @Option(names = "--cache-max-mb", paramLabel = "MB",
            description = "Bound of the cache folder: after start, the graphs least recently used are removed until "
                    + "it holds at most MB MiB (default: " + (ExtractionCache.DEFAULT_MAX_BYTES >> 20) + ").")
    Long cacheMaxMb;

    @Mixin
    BuildMixin build;

    @Mixin
    StoreOption store;

    /** The environment variable that can hold the ingest token, so it stays out of the process list. */
    static final String INGEST_TOKEN_ENV = "REPLYGRAPH_INGEST_TOKEN";

    @Override
    public Integer call() {
        return Failures.run(spec, build.verbose, () -> {
            PrintWriter out = spec.commandLine().getOut();
            if (!(queryTimeout > 0) || queryTimeout > 86_400) {
                throw new IllegalArgumentException(
                        "Illegal --query-timeout=" + queryTimeout + " : must be more than 0 and at most 86400 seconds");
            }
            Limits limits = Limits.defaults().withQueryTimeout(Duration.ofMillis(Math.round(queryTimeout * 1000)))
                    .withMaxConcurrentQueries(maxConcurrentQueries).withMaxBodyBytes(maxBody);
            ServerConfig config = ServerConfig.defaults().withPort(port).withBaseIri(build.baseIri)
                    .withQueriesDir(Files.isDirectory(queries) ? queries : null)
                    .withHost(host).withPublicUrl(publicUrl).withServiceHosts(Set.copyOf(serviceHosts)).withLimits(limits);
            ReplyGraphServer.checkPort(config); // a busy port is reported now, not after building every letter
            if (store.given()) {
                if (cache != null || noCache || cacheMaxMb != null)
                    throw new IllegalArgumentException("Illegal " + (noCache ? "--no-cache" : cache != null ? "--cache" : "--cache-max-mb")
                            + " with --store : a store keeps its letters itself");
                return serveStore(out, config);
            }
            if (ingestToken != null)
                throw new IllegalArgumentException("Illegal --ingest-token without --store : letters are ingested into a store");
            ExtractionCache kept = extractionCache();
            DatasetGraph served = inMemory(kept, out);
            ReplyGraphServer server = ReplyGraphServer.start(served, config);
            if (kept != null) trimLater(kept, server);
            return run(server, out);
        });
    }

    /**
     * The INPUTs (else the seeds) built into TIM, letters taken from {@code kept} when it holds them, written as a
     * store holds them (literals in TDB2's canonical form, each letter's {@code rg:extractorVersion}): the same
     * quads, so the same VoID counts and dumps, as {@code serve --store} on the same letters.
     */
    DatasetGraph inMemory(ExtractionCache kept, PrintWriter out) {
        DatasetGraph served = DatasetGraphFactory.createTxnMem();
        Corpus corpus = Corpus.require(Corpus.orSeeds(inputs), build, spec.commandLine().getErr(), StoredForm.writer(served),
                kept == null ? DocumentCache.NONE : kept);
        // The rules' hash is memoised in the cache folder, even with --no-cache (hashing the jar is ~0.2 s of CPU).
        StoredForm.recordVersions(served, corpus.report(), build.baseIri,
                ExtractorVersion.of(build.options(), kept != null ? kept.dir() : defaultCacheDir(), ExtractionCache.packaged().orElse(null)));
        out.println(ReportLines.total(corpus.report()));
        return withoutOntology(served);
    }

    /**
     * Serves the store as it is (no extraction at start) after building INPUT into it when given; with a
     * token, letters POSTed to /ingest join it while it is served.
     */
    private int serveStore(PrintWriter out, ServerConfig config) {
        if (inputs != null) StoreBuild.requireLetters(inputs);
        try (Store s = inputs == null || inputs.isEmpty() ? Store.open(store.store) : Store.openOrCreate(store.store);
             SearchIndex index = StoreSearch.open(s, build.baseIri)) {
            Set<Node> changed = Set.of();
            HomeFigures figures;
            if (inputs != null && !inputs.isEmpty()) {
                StoreBuild built = StoreBuild.run(s, inputs, build, false, spec.commandLine().getErr());
                out.println(ReportLines.total(built.report()));
                out.println(built.line(store.store));
                changed = built.changed();
                figures = built.figures();
            } else {
                figures = HomeFigures.saved(s.dir(), s.dataset(), build.baseIri);
            }
            StoreSearch.update(s, index, changed);
            String token = ingestToken();
            ReplyGraphServer server = ReplyGraphServer.start(s.dataset(), config, index,
                    token == null ? null : new StoreIngest(s.dataset(), build.options()), token, figures);
            if (token != null) out.println("Ingest          " + server.url() + "ingest?name=FILE (POST, Authorization: Bearer TOKEN)");
            // The search's HanLP dictionaries (繁简 and pinyin, ~1 s of CPU) load once the first request is answered
            // or 5 s after start: loaded at start on "the spare core" they took ~40% of the CPU before the first home
            // page of a 2,000-letter store (JFR), the JIT compilers having the other core. A search before waits for them.
            server.firstAnswer().completeOnTimeout(null, 5, TimeUnit.SECONDS).thenRun(() -> {
                Thread preload = new Thread(SearchIndex::preloadDictionaries, "replygraph-preload");
                preload.setDaemon(true);
                preload.start();
            });
            return run(server, out);
        }
    }

    /**
     * The extraction cache --cache names, else the user's cache folder ({@value #CACHE_PROPERTY} overrides it: the
     * tests keep theirs under target/); null with --no-cache.
     */
    private ExtractionCache extractionCache() {
        if (cacheMaxMb != null && (cacheMaxMb < 1 || cacheMaxMb > MAX_CACHE_MB))
            throw new IllegalArgumentException("Illegal --cache-max-mb=" + cacheMaxMb + " : must be 1 to " + MAX_CACHE_MB
                    + " (--no-cache keeps nothing)");
        if (noCache) {
            if (cache != null) throw new IllegalArgumentException("Illegal --cache with --no-cache : choose one");
            return null;
        }
        return new ExtractionCache(cache != null ? cache : defaultCacheDir(), build.options(), ExtractionCache.packaged().orElse(null));
    }

    /** 1 TiB: a bound past any disk this runs on, and far from overflowing bytes. */
    private static final long MAX_CACHE_MB = 1L << 20;

    /**
     * Trims the extraction cache to --cache-max-mb once the first request is answered (or 5 s after start), on a
     * thread of its own: listing a big cache folder is no work for the first page to wait for. With --check, now.
     */
    private void trimLater(ExtractionCache kept, ReplyGraphServer server) {
        PrintWriter err = spec.commandLine().getErr();
        Runnable trim = () -> {
            long mb = cacheMaxMb != null ? cacheMaxMb : ExtractionCache.DEFAULT_MAX_BYTES >> 20;
            ExtractionCache.Trim t = kept.trim(mb << 20);
            if (t.removed() > 0) {
                err.println("extraction cache " + kept.dir() + ": " + t + " (bound " + mb + " MiB)");
                err.flush();
            }
        };
        if (check) {
            trim.run();
            return;
        }
        server.firstAnswer().completeOnTimeout(null, 5, TimeUnit.SECONDS).thenRun(() -> {
            Thread t = new Thread(trim, "replygraph-cache-trim");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The system property naming the default cache folder (else $XDG_CACHE_HOME/replygraph/extracted, ~/.cache/…). */
    static final String CACHE_PROPERTY = "replygraph.cache";

    static Path defaultCacheDir() {
        String property = System.getProperty(CACHE_PROPERTY);
        if (property != null && !property.isBlank()) return Path.of(property);
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return root.resolve("replygraph").resolve("extracted");
    }

    /** The token from --ingest-token, else from the environment; null when neither gives one. */
    private String ingestToken() {
        return ingestToken != null ? ingestToken : System.getenv(INGEST_TOKEN_ENV);
    }

    private int run(ReplyGraphServer server, PrintWriter out) {
        server.urlsToOpen().forEach(out::println);
        out.flush();
        if (check) {
            server.stop();
            return Main.OK;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "replygraph-serve-stop"));
        server.join();
        return Main.OK;
    }

    /**
     * The served dataset is built straight into TIM (not built and then copied): the general dataset
     * answers a union-graph lookup by asking every named graph in turn, TIM from one index (SPOG), and
     * TIM is made for concurrent readers; it costs ~1.6x the heap (performance-notes trap 7). An
     * ontology graph in loaded RDF (a /dump.nq.gz served again) is dropped: the server serves the
     * ontology of this version.
     */
    static DatasetGraph withoutOntology(DatasetGraph served) {
        Txn.executeWrite(served, () -> served.removeGraph(ReplyGraphServer.ONTOLOGY_GRAPH));
        return served;
    }
}
