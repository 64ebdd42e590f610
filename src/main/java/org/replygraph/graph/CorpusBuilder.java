package org.replygraph.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.replygraph.extract.Extractor;
import org.replygraph.extract.fact.Diagnostic;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.Proposal;
import org.replygraph.extract.fact.ProposalKind;
import org.replygraph.ingest.DocumentReader;
import org.replygraph.ingest.DocumentTimeLimit;
import org.replygraph.ingest.IngestException;
import org.replygraph.ingest.InputCollector;
import org.replygraph.ingest.SourceDocument;

/**
 * Reads files, extracts their facts and hands each document, in input order, to a {@link DocumentSink}
 * (a named graph per document in a {@link DatasetGraph}, a sorted file, a store). Reading and extraction
 * run on a fixed pool of threads (every core by default) with a bounded window of documents in flight;
 * the calling thread feeds the sink, so the output is the same on any number of threads. A file that
 * cannot be read or extracted becomes a report entry and costs no other file.
 *
 * <pre>{@code
 * DatasetGraph ds = CorpusBuilder.newDataset();
 * BuildReport r = new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("seeds")), ds);
 * r.documentsRead();   // 5
 * try (SortedQuadsSink out = new SortedQuadsSink(Path.of("out.nq"), RG.DEFAULT_BASE)) {
 *     new CorpusBuilder(BuildOptions.defaults(), 4).build(inputs, out, BuildProgress.NONE);
 * }
 * }</pre>
 */
public final class CorpusBuilder {
    /** Documents in flight per worker thread: enough to keep every core busy, few enough to keep memory flat. */
    static final int WINDOW_PER_THREAD = 4;

    private final DocumentReader reader;
    /** Made on first use: a build whose every document comes from the cache never loads the extractor's dictionaries. */
    private final Supplier<Extractor> extractor;
    private final GraphWriter writer;
    private final int threads;
    private final Duration docTimeout;
    private final DocumentCache cache;

    /** A builder on every core ({@link #defaultThreads()}). */
    public CorpusBuilder(BuildOptions options) {
        this(options, defaultThreads());
    }

    /** A builder extracting on {@code threads} threads (1: all in the calling thread). */
    public CorpusBuilder(BuildOptions options, int threads) {
        this(options, threads, BuildLimits.defaults());
    }

    /** A builder on {@code threads} threads holding each document to {@code limits} (time, file size). */
    public CorpusBuilder(BuildOptions options, int threads, BuildLimits limits) {
        this(options, threads, new DocumentReader(limits.maxFileBytes()), lazily(Extractor::new), limits, DocumentCache.NONE);
    }

    /**
     * A builder whose worker threads share one {@link DocumentReader} (stateless) and one
     * {@link Extractor}: everything an extractor holds is read-only after construction and its memos
     * are per thread (ConcurrentExtractionTest checks 4 threads against 1), so its reference tables
     * are read once, not once per thread.
     */
    public CorpusBuilder(BuildOptions options, int threads, DocumentReader reader, Extractor extractor) {
        this(options, threads, reader, given(extractor), BuildLimits.defaults(), DocumentCache.NONE);
    }

    private CorpusBuilder(BuildOptions options, int threads, DocumentReader reader, Supplier<Extractor> extractor, BuildLimits limits,
            DocumentCache cache) {
        this(new GraphWriter(Objects.requireNonNull(options, "options")), threads, reader, extractor, limits.docTimeout(), cache);
    }

    private CorpusBuilder(GraphWriter writer, int threads, DocumentReader reader, Supplier<Extractor> extractor, Duration docTimeout,
            DocumentCache cache) {
        if (threads < 1) throw new IllegalArgumentException("Illegal threads=" + threads + " : must be 1 or more");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.extractor = extractor;
        this.writer = writer;
        this.threads = threads;
        this.docTimeout = docTimeout;
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * This builder taking documents from {@code cache} when it holds them (same bytes, name and rules) and
     * giving it each document it extracts: {@code serve} on unchanged letters extracts nothing.
     */
    public CorpusBuilder withCache(DocumentCache cache) {
        return new CorpusBuilder(writer, threads, reader, extractor, docTimeout, cache);
    }

    private static Supplier<Extractor> given(Extractor extractor) {
        Objects.requireNonNull(extractor, "extractor");
        return () -> extractor;
    }

    /** One extractor for every thread, made by the first thread that needs it. */
    private static Supplier<Extractor> lazily(Supplier<Extractor> make) {
        return new Supplier<>() {
            private volatile Extractor made;

            @Override
            public Extractor get() {
                Extractor e = made;
                if (e == null) {
                    synchronized (this) {
                        e = made;
                        if (e == null) made = e = make.get();
                    }
                }
                return e;
            }
        };
    }

    /** The processors the JVM may use: the default number of extraction threads. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public int threads() {
        return threads;
    }

    /**
     * The in-memory dataset builds use: Jena's general dataset (one plain in-memory graph per named
     * graph), chosen over TIM ({@code createTxnMem}) because only one thread writes into it (extraction
     * is parallel, the sink is fed by one thread) and it needs no MVCC. Measured here on the seeds+dev
     * export copied 60 times (214,620 quads in 1,020 named graphs, warm, 3 rounds): general 210-390 k
     * quads/s and ~118 B/quad of heap, TIM 26-44 k quads/s and ~635 B/quad (performance-notes trap 7
     * quotes 1.6x heap, 1.5-2x slower on one graph; many small named graphs widen the gap). A server
     * that needs concurrent readers and writers should load the built quads into TIM or TDB2 instead.
     */
    public static DatasetGraph newDataset() {
        return DatasetGraphFactory.create();
    }

    /** Reads every input (files, or folders of .txt/.html files) into {@code target}, one named graph per document. */
    public BuildReport build(List<Path> inputs, DatasetGraph target) {
        return build(inputs, target, BuildProgress.NONE);
    }

    /** As {@link #build(List, DatasetGraph)}, telling {@code progress} as documents are done. */
    public BuildReport build(List<Path> inputs, DatasetGraph target, BuildProgress progress) {
        try (DatasetSink sink = new DatasetSink(target, writer.minter().base())) {
            return build(inputs, sink, progress);
        }
    }

    /** Reads every input and hands each built document to {@code sink}, in input order; finishes the sink. */
    public BuildReport build(List<Path> inputs, DocumentSink sink) {
        return build(inputs, sink, BuildProgress.NONE);
    }

    /**
     * Reads every input and hands each built document to {@code sink} in input order, from the calling
     * thread; finishes the sink. Reading, the sink's {@code isCurrent} and extraction run on
     * {@link #threads()} worker threads with at most {@value #WINDOW_PER_THREAD} documents in flight
     * per thread, so memory stays flat however many files there are. Any {@link Throwable} from one
     * document (a parser bug, a stack overflow, running out of memory in its own extraction) is that
     * document's failure; the others are built. So is a document whose extraction passes the time limit
     * (its loops check it, {@link DocumentTimeLimit}); one that does not stop within the limit again is
     * given up, its thread left to finish alone and replaced. A failure of the sink itself ends the build.
     */
    public BuildReport build(List<Path> inputs, DocumentSink sink, BuildProgress progress) {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(progress, "progress");
        // Without a cache every document is extracted: the extractor is made now, outside any document's time
        // limit (its tables and HanLP take seconds on a loaded machine). With one, the first miss makes it.
        if (cache == DocumentCache.NONE) extractor.get();
        Collected c = new Collected();
        List<Item> items = items(collect(inputs, c.failures));
        progress.started(items.size());
        if (threads == 1) {
            for (Item item : items) c.take(item.dup != null ? item.dup : new Task(item.file, sink).call(), sink, progress);
        } else {
            ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads, workerThreads());
            try {
                Deque<Task> window = new ArrayDeque<>();
                int limit = WINDOW_PER_THREAD * threads;
                for (Item item : items) {
                    if (window.size() >= limit) c.take(await(window.poll(), pool), sink, progress);
                    window.add(item.dup != null ? new Task(item.dup) : new Task(item.file, sink).submitTo(pool));
                }
                while (!window.isEmpty()) c.take(await(window.poll(), pool), sink, progress);
            } finally {
                pool.shutdownNow();
            }
        }
        sink.finish(progress);
        progress.finished(items.size());
        return new BuildReport(c.docs, c.failures, c.unchanged);
    }

    /** What the calling thread gathers, in input order. */
    private static final class Collected {
        final List<BuildReport.DocumentEntry> docs = new ArrayList<>();
        final List<BuildReport.Failure> failures = new ArrayList<>();
        final List<String> unchanged = new ArrayList<>();
        int done;

        void take(Outcome o, DocumentSink sink, BuildProgress progress) {
            if (o.built != null) {
                sink.add(o.built);
                docs.add(o.built.entry());
            } else if (o.failure != null) {
                failures.add(o.failure);
            } else {
                unchanged.add(o.unchanged);
            }
            progress.documentDone(++done);
        }
    }

    /** One document's result: built, failed or unchanged. */
    private record Outcome(BuiltDocument built, BuildReport.Failure failure, String unchanged) { }

    /** A file to build, or a duplicate name already known to fail. */
    private record Item(Path file, Outcome dup) { }

    /** The files in order; a second file of the same name is a failure in its place (graph names come from file names). */
    private static List<Item> items(List<Path> files) {
        Map<String, Path> seen = new HashMap<>();
        List<Item> items = new ArrayList<>(files.size());
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path earlier = seen.putIfAbsent(name, file);
            items.add(new Item(file, earlier == null ? null : new Outcome(null, new BuildReport.Failure(file.toString(),
                    "duplicate document name " + name + " (already read from " + earlier + ")"), null)));
        }
        return items;
    }

    /**
     * One document's work on a worker thread: read, ask the sink, extract, let the sink prepare, all
     * within the time limit; any Throwable is this document's failure. A duplicate is a task already done.
     */
    private final class Task implements Callable<Outcome> {
        private final Path file;
        private final DocumentSink sink;
        private Future<Outcome> future;
        /** System.nanoTime when a worker took it up; 0 until then. */
        private volatile long started;
        /** Set when the build gave it up: it must no longer touch the sink. */
        private volatile boolean abandoned;

        Task(Path file, DocumentSink sink) {
            this.file = file;
            this.sink = sink;
        }

        Task(Outcome done) {
            this(null, null);
            this.future = CompletableFuture.completedFuture(done);
        }

        Task submitTo(ExecutorService pool) {
            future = pool.submit(this);
            return this;
        }

        @Override
        public Outcome call() {
            started = System.nanoTime();
            try {
                return DocumentTimeLimit.run(docTimeout, () -> {
                    try {
                        SourceDocument source = read(file);
                        if (sink.isCurrent(source.fileName(), source.sha256())) return new Outcome(null, null, source.fileName());
                        BuiltDocument built = cache.find(source).orElse(null);
                        if (built == null && cache == DocumentCache.NONE && sink.lineExtension() != null) {
                            built = buildLines(file, source, sink.lineExtension());
                        } else if (built == null) {
                            built = buildOne(file, source);
                            cache.put(built);
                        }
                        if (!abandoned) sink.prepare(built);
                        return new Outcome(built, null, null);
                    } catch (DocumentFailure e) {
                        return new Outcome(null, e.failure(), null);
                    }
                });
            } catch (DocumentTimeLimit.Exceeded e) {
                return new Outcome(null, timedOut(file, e.getMessage()), null);
            } catch (Throwable e) {
                return new Outcome(null, new BuildReport.Failure(file.toString(), "cannot build: " + e), null);
            }
        }
    }

    /**
     * The task's outcome once done. A task still running {@link #grace()} after its time limit has not
     * checked it: it is given up as a failure, interrupted, and the pool gets a thread in place of the
     * one it holds, so a document that never stops cannot hang the build.
     */
    private Outcome await(Task task, ThreadPoolExecutor pool) {
        long patience = docTimeout.toNanos() + grace().toNanos();
        try {
            while (true) {
                long started = task.started;
                long wait = started == 0 ? TimeUnit.MILLISECONDS.toNanos(200) : started + patience - System.nanoTime();
                if (started != 0 && wait <= 0 && !task.future.isDone()) {
                    task.abandoned = true;
                    task.future.cancel(true);
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    return new Outcome(null, timedOut(task.file, "extraction exceeded " + DocumentTimeLimit.seconds(docTimeout)
                            + " and had not stopped " + DocumentTimeLimit.seconds(grace()) + " later"), null);
                }
                try {
                    return task.future.get(Math.max(wait, 1), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // not done yet: look again at how long it has run
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("build worker failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * How long past its limit a document may take to reach a check of it: as long as the limit, at
     * least 5 s (a 16 MB file spends seconds between two checks on a loaded machine).
     */
    private Duration grace() {
        return docTimeout.compareTo(Duration.ofSeconds(5)) > 0 ? docTimeout : Duration.ofSeconds(5);
    }

    /** "extraction exceeded 60 s, the time limit of one document (--doc-timeout)". */
    private static BuildReport.Failure timedOut(Path file, String what) {
        return new BuildReport.Failure(file.toString(), what + ", the time limit of one document (--doc-timeout)");
    }

    /** Daemon workers named replygraph-extract-N, so a build that is abandoned does not keep the JVM alive. */
    private static ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "replygraph-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The files under every input in InputCollector's order; an input that cannot be listed is one failure. */
    private static List<Path> collect(List<Path> inputs, List<BuildReport.Failure> failures) {
        InputCollector.Listing listing = new InputCollector().list(inputs);
        for (InputCollector.Problem p : listing.problems())
            failures.add(new BuildReport.Failure(p.file().toString(), p.reason()));
        return listing.files();
    }

    /**
     * Reads, extracts and writes one file; a {@link DocumentFailure} names the file and the reason.
     * Safe to call from several threads: each call borrows an extractor no other thread is using.
     */
    public BuiltDocument buildOne(Path file) throws DocumentFailure {
        return buildOne(file, read(file));
    }

    /** Reads one file's bytes and decodes them; a {@link DocumentFailure} names the file and the reason. */
    public SourceDocument read(Path file) throws DocumentFailure {
        try {
            return reader.read(file);
        } catch (IngestException e) {
            throw new DocumentFailure(new BuildReport.Failure(file.toString(), e.reason()));
        }
    }

    /** Extracts and writes a document already read from {@code file}, within the time limit of one document. */
    public BuiltDocument buildOne(Path file, SourceDocument source) throws DocumentFailure {
        try {
            Extractor ex = extractor.get();
            DocumentFacts facts = DocumentTimeLimit.run(docTimeout, () -> ex.extract(source));
            Graph g = writer.toGraph(facts);
            return new BuiltDocument(source.fileName(), source.sha256(), writer.graphName(facts), g, entry(facts, g.size()));
        } catch (DocumentTimeLimit.Exceeded e) {
            throw new DocumentFailure(timedOut(file, e.getMessage()));
        } catch (Throwable e) {
            // A bug met on one letter (even a StackOverflowError, or an OutOfMemoryError in its own
            // extraction) must not cost the corpus: it is reported with the file, not swallowed.
            throw new DocumentFailure(new BuildReport.Failure(file.toString(), "cannot extract: " + e));
        }
    }

    /**
     * As {@link #buildOne(Path, SourceDocument)}, the document's quads made straight into the sorted lines of a
     * file of {@code extension} ({@link LineTripleSink}: the same mapping from facts, no Jena graph).
     */
    public BuiltDocument buildLines(Path file, SourceDocument source, String extension) throws DocumentFailure {
        try {
            Extractor ex = extractor.get();
            DocumentFacts facts = DocumentTimeLimit.run(docTimeout, () -> ex.extract(source));
            Node graphName = writer.graphName(facts);
            SortedLineBlock lines = writer.writeLines(facts, extension);
            return new BuiltDocument(source.fileName(), source.sha256(), graphName, null, entry(facts, lines.triples()), lines);
        } catch (DocumentTimeLimit.Exceeded e) {
            throw new DocumentFailure(timedOut(file, e.getMessage()));
        } catch (Throwable e) {
            throw new DocumentFailure(new BuildReport.Failure(file.toString(), "cannot extract: " + e));
        }
    }

    /** One file that could not be built, as a report entry. */
    public static final class DocumentFailure extends Exception {
        private final transient BuildReport.Failure failure;

        DocumentFailure(BuildReport.Failure failure) {
            super(failure.file() + ": " + failure.reason(), null, false, false);
            this.failure = failure;
        }

        public BuildReport.Failure failure() {
            return failure;
        }
    }

    private BuildReport.DocumentEntry entry(DocumentFacts f, long quads) {
        Letter l = f.letter();
        String type = l.type().name().toLowerCase(Locale.ROOT);
        String proposal = l.proposal() == null ? null : proposalSummary(l.proposal());
        String agency = l.issuer() != null ? l.issuer().name() : null;
        String date = l.date() != null ? l.date().value().toString() : null;
        List<String> diags = f.diagnostics().stream().map(Diagnostic::message).toList();
        return new BuildReport.DocumentEntry(f.source().fileName(), writer.documentNode(f).getURI(), type,
                proposal, agency, date, quads, diags);
    }

    /** "proposal 604", "suggestion 萧山45", or the kind alone when the letter gives no number. */
    private static String proposalSummary(Proposal p) {
        String kind = p.kind() == ProposalKind.CPPCC_PROPOSAL ? "proposal" : "suggestion";
        return p.number() == null ? kind : kind + " " + p.number().value();
    }
}
