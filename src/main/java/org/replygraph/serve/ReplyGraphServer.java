package org.replygraph.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.replygraph.graph.store.StoreIngest;
import org.replygraph.index.SearchIndex;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Embedded Fuseki serving a dataset read-only: SPARQL 1.1 Query at {@code /sparql} (GET and POST,
 * every standard result format, the union of named graphs as the default graph), linked-data
 * pages at {@code /id/…}, search, a query page, dumps and a VoID description. The ontology is the
 * named graph {@code <https://w3id.org/replygraph/ns>}: {@code GRAPH <https://w3id.org/replygraph/ns> { ?c a owl:Class }}.
 * Guarded for a public network (README, "Security and limits"): listens on localhost unless told
 * otherwise, refuses SERVICE off the allow-list ({@link ServiceGuard}), bounds every query's time and
 * the number running ({@link GuardedQueryService}, {@link QueryWatchdog}, {@link QueryGate}), bounds
 * requests ({@link RequestLimitsFilter}), sets CSP and CORS ({@link ResponseHeadersFilter}) and never
 * lets an exception's text out ({@link SafeErrorsFilter}).
 * <pre>{@code
 * try (ReplyGraphServer server = ReplyGraphServer.start(dataset, ServerConfig.defaults().withPort(0))) {
 *     HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=ASK{}")).build(), ofString());
 * }
 * }</pre>
 */
public final class ReplyGraphServer implements AutoCloseable {
    public static final String SPARQL_PATH = "/sparql";
    /** The named graph the bundled ontology is served in; input data must not use it. */
    public static final Node ONTOLOGY_GRAPH = Vocabulary.GRAPH;

    private final FusekiServer fuseki;
    private final QueryWatchdog watchdog;
    private final ServerConfig config;
    private final Supplier<String> advertised;
    /** The index {@link #start(DatasetGraph, ServerConfig)} made for itself, closed with the server; null when given one. */
    private SearchIndex ownIndex;

    private final Dumps dumps;
    private final CompletableFuture<Void> firstAnswer;

    private ReplyGraphServer(FusekiServer fuseki, QueryWatchdog watchdog, ServerConfig config, Supplier<String> advertised,
            Dumps dumps, CompletableFuture<Void> firstAnswer) {
        this.dumps = dumps;
        this.firstAnswer = firstAnswer;
        this.fuseki = fuseki;
        this.watchdog = watchdog;
        this.config = config;
        this.advertised = advertised;
    }

    /**
     * Builds and starts the server; the dataset is only read, never changed. The bundled ontology is
     * served beside it as the named graph {@code <https://w3id.org/replygraph/ns>}, outside the union
     * default graph, so the dataset must not hold a graph of that name itself.
     */
    public static ReplyGraphServer start(DatasetGraph data, ServerConfig config) {
        SearchIndex index = SearchIndex.inMemory(config.baseIri());
        try {
            // Pages answer at once; a search waits for the index. The index (Lucene, HanLP's conversion
            // dictionaries: ~1 s of CPU for the seeds) is built once the first request is answered, when a
            // search asks for it, or 5 s after start, so it does not compete with the first page for the cores.
            CompletableFuture<Void> firstAnswer = new CompletableFuture<>();
            index.rebuildAfter(data, firstAnswer.completeOnTimeout(null, 5, TimeUnit.SECONDS));
            ReplyGraphServer server = start(data, config, index, null, null, null, firstAnswer);
            server.ownIndex = index;
            return server;
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /**
     * As {@link #start(DatasetGraph, ServerConfig)}, searching with an index its owner keeps up to date
     * (a store's {@code DIR/search}, opened with {@link SearchIndex#open}); the server only reads it
     * and does not close it.
     */
    public static ReplyGraphServer start(DatasetGraph data, ServerConfig config, SearchIndex index) {
        return start(data, config, index, null, null);
    }

    /**
     * As {@link #start(DatasetGraph, ServerConfig, SearchIndex)}, plus {@code POST /ingest} of letters
     * into the store {@code data} is (the dataset {@code ingest} writes to), for callers that present
     * {@code token}; each ingested letter's entities and document are updated in {@code index}.
     */
    public static ReplyGraphServer start(DatasetGraph data, ServerConfig config, SearchIndex index,
            StoreIngest ingest, String token) {
        return start(data, config, index, ingest, token, null);
    }

    /**
     * As {@link #start(DatasetGraph, ServerConfig, SearchIndex, StoreIngest, String)}, with the home page's
     * figures saved beside a store ({@link HomeFigures#of}); null counts them on first use.
     */
    public static ReplyGraphServer start(DatasetGraph data, ServerConfig config, SearchIndex index,
            StoreIngest ingest, String token, HomeFigures figures) {
        return start(data, config, index, ingest, token, figures, null);
    }

    /** As above; {@code firstAnswer}, when given, completes once the first request has been answered. */
    private static ReplyGraphServer start(DatasetGraph data, ServerConfig config, SearchIndex index,
            StoreIngest ingest, String token, HomeFigures figures, CompletableFuture<Void> given) {
        CompletableFuture<Void> firstAnswer = given != null ? given : new CompletableFuture<>();
        Vocabulary vocabulary = Vocabulary.bundled();
        if (Txn.calculateRead(data, () -> data.containsGraph(Vocabulary.GRAPH))) {
            throw new IllegalArgumentException("Illegal named graph " + Vocabulary.GRAPH
                    + " in the data: the server serves the bundled ontology under that name; leave it out of the input");
        }
        DatasetGraph served = new UnionDefaultGraphView(data, Vocabulary.GRAPH, vocabulary.graph());
        FusekiServer[] started = new FusekiServer[1];
        Supplier<String> advertised = config.publicUrl()
                .<Supplier<String>>map(u -> () -> u.substring(0, u.length() - 1))
                .orElse(() -> "http://localhost:" + started[0].getHttpPort());
        Site site = new Site(served, new EntityIris(config.baseIri()), vocabulary,
                ExampleQueries.load(config.queriesDir().orElse(null), config.baseIri()), index, config.renderCacheBytes(),
                new PublicUrl(advertised), figures);
        Limits limits = config.limits();
        QueryWatchdog watchdog = new QueryWatchdog();
        Dumps dumps = new Dumps(site);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(config.port())
                .fusekiModules(FusekiModules.create(new OutputBufferModule(config.outputBufferSize()),
                        new ConnectorModule(config.host(), limits)))
                // CORS is ResponseHeadersFilter's: Fuseki's filter allows credentials and methods this server refuses.
                .enableCors(false, null).enablePing(false).enableStats(false).enableMetrics(false).enableTasks(false)
                .registerOperation(Operation.Query, new GuardedQueryService(new ServiceGuard(config.serviceHosts()), limits, watchdog))
                .add(SPARQL_PATH, DataService.newBuilder(served).addEndpoint(Operation.Query, ""))
                .addFilter("/*", new SafeErrorsFilter())
                .addFilter("/*", new ResponseHeadersFilter())
                .addFilter("/*", new RequestLimitsFilter(limits))
                .addFilter(SPARQL_PATH, new SparqlFormatNames())
                .addFilter(SPARQL_PATH, new SparqlHead())
                .addFilter(SPARQL_PATH, new ServiceDescriptionFilter(site))
                .addFilter(SPARQL_PATH, new QueryGate(limits.maxConcurrentQueries()))
                .addServlet(EntityIris.PATH_PREFIX + "*", new LinkedDataServlet(site))
                .addServlet(StaticServlet.PREFIX + "*", new StaticServlet())
                .addServlet("/search", new SearchServlet(site))
                .addServlet(ClassPaths.PREFIX + "*", new ClassServlet(site))
                .addServlet("/query", new QueryPageServlet(site, limits.maxRenderedRows()))
                .addServlet(DescriptionServlet.PATH, new DescriptionServlet(site, dumps))
                .addServlet(VocabularyServlet.PATH, new VocabularyServlet(site))
                .addServlet(JsonLdContext.PATH, new VocabularyServlet(site))
                .addServlet(JsonLdContext.NS_PATH, new VocabularyServlet(site))
                .addServlet("/*", new HomeServlet(site));
        builder.addFilter("/*", new FirstAnswerFilter(firstAnswer));
        for (DocFormat f : VocabularyServlet.OFFERED) builder.addServlet(VocabularyServlet.PATH + "." + f.extension(), new VocabularyServlet(site));
        for (Dumps.Dump d : Dumps.Dump.values()) builder.addServlet(d.path, new DumpServlet(site, dumps));
        if (ingest != null) builder.addServlet("/ingest", new IngestServlet(site, new IngestServlet.Ingest(ingest, token)));
        FusekiServer fuseki = builder.build();
        started[0] = fuseki;
        try {
            fuseki.start();
        } catch (FusekiException e) {
            watchdog.close();
            dumps.close();
            // Jetty wraps the cause twice ("Failed to bind to 0.0.0.0/0.0.0.0:3030" then "Address already in use").
            throw new IllegalStateException("Cannot serve on port=" + config.port() + " : " + rootMessage(e), e);
        }
        return new ReplyGraphServer(fuseki, watchdog, config, advertised, dumps, firstAnswer);
    }

    /**
     * Completes once the server has answered its first request: work a first page does not need (loading the
     * search's dictionaries for {@code serve --store}) can start then instead of competing with it.
     */
    public CompletableFuture<Void> firstAnswer() {
        return firstAnswer.copy();
    }

    /**
     * Fails now, with the message {@link #start} would give, when the configured port is taken: binds
     * it as Jetty will (on the configured host) and releases it at once. {@code serve} calls it before it reads
     * a letter, so a busy port costs no build. Port 0 (any free port) is always free.
     */
    public static void checkPort(ServerConfig config) {
        if (config.port() == 0) return;
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true); // as Jetty does: a port in TIME_WAIT is free to it
            probe.bind(new InetSocketAddress(config.host(), config.port()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serve on port=" + config.port() + " : " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The port actually bound (useful after asking for port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server on the interface it listens on, e.g. {@code http://localhost:3030/}. */
    public String url() {
        String host = config.host();
        boolean anyOrLoopback = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")
                || host.equals("localhost") || host.startsWith("127.");
        String shown = anyOrLoopback ? "localhost" : host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    public String sparqlUrl() {
        return url().substring(0, url().length() - 1) + SPARQL_PATH;
    }

    /** What to tell the user: home, SPARQL endpoint, query page, dataset description (at the public URL when one is set). */
    public List<String> urlsToOpen() {
        String root = config.publicUrl().orElse(url());
        return List.of("Home            " + root,
                "SPARQL endpoint " + advertised.get() + SPARQL_PATH,
                "Query page      " + root + "query",
                "Dataset (VoID)  " + root + ".well-known/void");
    }

    /** SPARQL queries running now under the client-disconnect watchdog (for tests). */
    int runningQueries() {
        return watchdog.watching();
    }

    /** The Jetty output buffer in use, as set by {@link OutputBufferModule}. */
    int outputBufferSize() {
        return fuseki.getJettyServer().getConnectors()[0]
                .getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class)
                .getHttpConfiguration().getOutputBufferSize();
    }

    /** Blocks until the server stops (the command line's foreground mode). */
    public void join() {
        fuseki.join();
    }

    public void stop() {
        watchdog.close();
        fuseki.stop();
        dumps.close();
        if (ownIndex != null) {
            ownIndex.close();
            ownIndex = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
