package org.replygraph.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.replygraph.graph.EntityGraph;
import org.replygraph.graph.RG;

/**
 * Label search over a Lucene index (the Lucene jena-text ships), one index document per entity or
 * letter: every label in its folded, simplified, traditional and toneless-pinyin forms
 * ({@link SearchForms}), matched as a substring (character bigrams in phrase order), ranked exact
 * label, then label prefix, then substring, shorter labels first. Built from the entities graph
 * {@code <BASE>graph/entities} plus every {@code rg:Document}; a dataset without an entities graph
 * (loaded RDF) is indexed from the union of its graphs, every subject under the base that has a label.
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.open(storeDir.resolve("search"), base)) {   // on disk, beside a TDB2 store
 *     index.rebuild(dataset);                           // everything, after a first build
 *     index.update(dataset, changedEntities);           // after an incremental build: only these nodes
 *     SearchIndex.Page page = index.search("zengcai", 0, 20);   // page.total(), page.hits()
 * }
 * SearchIndex memory = SearchIndex.inMemory(base);       // serve without a store
 * }</pre>
 * {@code rebuild} and {@code update} read the dataset in a read transaction of their own (or the
 * caller's, when one is open: Jena's {@code Txn} joins it) and commit the index before returning;
 * searches running meanwhile see the old index or the new one. Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {
    /** Past this many hits a search does not page further (the total is still exact). */
    public static final int MAX_OFFSET = 10_000;
    private static final String IRI = "iri";
    private static final String TYPE = "type";
    private static final String LABEL = "label";
    private static final String BIGRAMS = "bigrams";
    private static final String CHARS = "chars";
    private static final String EXACT = "exact";
    private static final String LENGTH = "length";
    private static final String KEY = "key";
    private static final Sort RANKED = new Sort(SortField.FIELD_SCORE, new SortField(LENGTH, SortField.Type.INT),
            new SortField(KEY, SortField.Type.STRING));

    /**
     * One search hit: the node, its types (IRIs, sorted), the label that matched the query best.
     */
    public record Hit(Node node, List<Node> types, String matched) { }

    /** A page of hits and the total number of matching entities. */
    public record Page(long total, List<Hit> hits) { }

    private final String base;
    /** Made by {@link #opened()}: an in-memory index opens on the thread that first builds it, not at construction. */
    private final java.util.function.Supplier<Directory> newDirectory;
    private Directory directory;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    /** A rebuild running on a thread of its own ({@link #rebuildInBackground}); searches and updates wait for it. */
    private volatile java.util.concurrent.CompletableFuture<Void> building = java.util.concurrent.CompletableFuture.completedFuture(null);

    private SearchIndex(String base, java.util.function.Supplier<Directory> newDirectory) {
        this.base = base;
        this.newDirectory = newDirectory;
    }

    /**
     * The writer, opening the index first when this is its first use. An in-memory index is opened by
     * its first rebuild, on the rebuild's thread: Lucene's ~900 classes then load off a server's start-up.
     */
    private synchronized IndexWriter opened() {
        if (writer != null) return writer;
        directory = newDirectory.get();
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter w = new IndexWriter(directory, config);
            searchers = new SearcherManager(w, null);
            writer = w;
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + directory + " : " + e.getMessage(), e);
        }
    }

    /** The index kept in {@code dir} (created when missing), for entities under {@code base}; opened now, so a bad folder fails here. */
    public static SearchIndex open(Path dir, String base) {
        SearchIndex index = new SearchIndex(base, () -> {
            try {
                return FSDirectory.open(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open the search index in " + dir + " : " + e.getMessage(), e);
            }
        });
        index.opened();
        return index;
    }

    /** An index held in memory, for entities under {@code base}; opened by its first use. */
    public static SearchIndex inMemory(String base) {
        return new SearchIndex(base, ByteBuffersDirectory::new);
    }

    /** Number of indexed entities and documents. */
    public int size() {
        awaitRebuild();
        return opened().getDocStats().numDocs;
    }

    /** Replaces the whole index with what {@code dataset} holds now. */
    public void rebuild(DatasetGraph dataset) {
        IndexWriter writer = opened();
        Txn.executeRead(dataset, () -> {
            Descriptions d = Descriptions.of(dataset, base);
            try {
                writer.deleteAll();
                for (Node n : indexed(d)) {
                    write(d, n);
                }
                commit();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the search index: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Starts {@link #rebuild} on a thread of its own and returns at once: a server answers its pages while
     * the index is built (for the seeds, most of it is loading HanLP's conversion dictionaries), and a
     * search or an update made meanwhile waits for the rebuild to finish.
     */
    public void rebuildInBackground(DatasetGraph dataset) {
        rebuildAfter(dataset, java.util.concurrent.CompletableFuture.completedFuture(null));
    }

    /**
     * As {@link #rebuildInBackground}, starting once {@code go} completes: a server starts the rebuild when it has
     * answered its first request, so the index does not compete with that answer for the cores. Searches and
     * updates wait from now on; {@link #close} before {@code go} cancels the rebuild.
     */
    public void rebuildAfter(DatasetGraph dataset, java.util.concurrent.CompletableFuture<?> go) {
        notStarted = go;
        building = go.thenRunAsync(() -> rebuild(dataset), task -> {
            Thread t = new Thread(task, "replygraph-search-index");
            t.setDaemon(true);
            t.start();
        });
    }

    /** What a {@link #rebuildAfter} waits for; cancelled by {@link #close}. */
    private volatile java.util.concurrent.CompletableFuture<?> notStarted;

    /** Waits for a background rebuild, starting it now when it waits for its {@code go}; its failure is this call's. */
    private void awaitRebuild() {
        java.util.concurrent.CompletableFuture<?> go = notStarted;
        if (go != null) go.complete(null); // a search, say, that came first: it needs the index now
        try {
            building.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * Loads what building and searching an index needs from HanLP (its traditional/simplified and pinyin
     * dictionaries take about a second to build) on the calling thread: call it on a spare thread early.
     */
    public static void preloadDictionaries() {
        SearchForms.of("國家增材製造创新中心");
        SearchForms.ofQuery("国家");
    }

    /**
     * Re-reads the given entities or documents only: each is replaced by what the dataset says of
     * it now, or dropped when the dataset no longer labels it.
     */
    public void update(DatasetGraph dataset, Collection<Node> changed) {
        awaitRebuild();
        IndexWriter writer = opened();
        Txn.executeRead(dataset, () -> {
            Descriptions d = Descriptions.of(dataset, base);
            try {
                for (Node n : changed) {
                    if (n.isURI()) {
                        writer.deleteDocuments(new Term(IRI, n.getURI()));
                        write(d, n);
                    }
                }
                commit();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the search index: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Hits {@code offset} to {@code offset + limit} (best first) of the entities and documents a label
     * of which contains the query in any of its forms; {@code total} counts them all.
     */
    public Page search(String query, int offset, int limit) {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("Illegal offset=" + offset + " : Offset must be 0.." + MAX_OFFSET);
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("Illegal limit=" + limit + " : Limit must be 1..1000");
        }
        awaitRebuild();
        opened();
        Set<String> forms = SearchForms.ofQuery(query);
        if (forms.isEmpty()) {
            return new Page(0, List.of());
        }
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        BooleanQuery.Builder ranked = new BooleanQuery.Builder();
        for (String q : forms) {
            match.add(contains(q), BooleanClause.Occur.SHOULD);
            ranked.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(EXACT, q))), 100), BooleanClause.Occur.SHOULD);
            ranked.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(EXACT, q))), 10), BooleanClause.Occur.SHOULD);
        }
        Query filter = match.build();
        ranked.add(new ConstantScoreQuery(filter), BooleanClause.Occur.MUST);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // One pass that ranks and counts every hit exactly (the ranked query matches what the filter
                // matches); counting first and ranking after read the postings twice.
                TopFieldDocs top = searcher.search(ranked.build(),
                        new TopFieldCollectorManager(RANKED, offset + limit, null, Integer.MAX_VALUE));
                long total = top.totalHits.value;
                if (offset >= total) {
                    return new Page(total, List.of());
                }
                List<Hit> hits = new ArrayList<>();
                for (int i = offset; i < top.scoreDocs.length; i++) {
                    hits.add(hit(searcher.storedFields().document(top.scoreDocs[i].doc), forms));
                }
                return new Page(total, List.copyOf(hits));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        java.util.concurrent.CompletableFuture<?> go = notStarted;
        if (go != null) go.cancel(false); // a rebuild not started yet never starts
        building.handle((ok, failed) -> null).join();
        if (writer == null) return; // never opened: nothing to close
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the search index: " + e.getMessage(), e);
        }
    }

    /** The query form as a substring: its bigrams one after another, or the single character. */
    private static Query contains(String q) {
        int[] cps = q.codePoints().toArray();
        if (cps.length == 1) {
            return new TermQuery(new Term(CHARS, q));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i + 2 <= cps.length; i++) {
            phrase.add(new Term(BIGRAMS, new String(cps, i, 2)), i);
        }
        return phrase.build();
    }

    private Hit hit(Document doc, Set<String> forms) {
        List<Node> types = new ArrayList<>();
        for (String t : doc.getValues(TYPE)) {
            types.add(NodeFactory.createURI(t));
        }
        // The label reported as matched: one whose own letters contain the query before one found through
        // a derived form (traditional, pinyin), then one in simplified script, then the shorter.
        String raw = forms.iterator().next(); // the query as typed, folded
        String matched = null;
        int[] best = null;
        String[] all = doc.getValues(LABEL);
        // A label that holds the query itself beats any found through a derived form: the derived forms
        // (traditional, pinyin: a dictionary pass per label, most of a search's time) only when none does.
        boolean anyDirect = false;
        for (String label : all) anyDirect |= SearchForms.fold(label).contains(raw);
        for (String label : all) {
            String own = SearchForms.fold(label);
            boolean direct = own.contains(raw);
            if (!direct && (anyDirect || SearchForms.of(label).stream().noneMatch(f -> forms.stream().anyMatch(f::contains)))) {
                continue;
            }
            int[] score = {direct ? 0 : 1, SearchForms.isSimplified(label) ? 0 : 1, label.length()};
            if (best == null || java.util.Arrays.compare(score, best) < 0
                    || (java.util.Arrays.compare(score, best) == 0 && label.compareTo(matched) < 0)) {
                best = score;
                matched = label;
            }
        }
        String[] labels = doc.getValues(LABEL);
        return new Hit(NodeFactory.createURI(doc.get(IRI)), List.copyOf(types),
                matched != null ? matched : labels.length > 0 ? labels[0] : "");
    }

    /** The nodes to index: entities of the entities graph and documents, or every labelled local subject. */
    private Set<Node> indexed(Descriptions d) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
        if (d.hasEntitiesGraph()) {
            d.entities().find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI()) {
                    out.add(t.getSubject());
                }
            });
            d.union().find(Node.ANY, RG.rdfType, RG.Document).forEachRemaining(t -> {
                if (t.getSubject().isURI()) {
                    out.add(t.getSubject());
                }
            });
            return out;
        }
        for (Node p : LABEL_PROPERTIES) {
            d.union().find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                Node s = t.getSubject();
                if (s.isURI() && s.getURI().startsWith(base) && s.getURI().length() > base.length()) {
                    out.add(s);
                }
            });
        }
        return out;
    }

    /** Properties whose values name a thing (the pages' label properties). */
    public static final List<Node> LABEL_PROPERTIES =
            List.of(RG.rdfsLabel, RG.skosPrefLabel, RG.dctTitle, RG.foafName, RG.skosAltLabel);

    private void write(Descriptions d, Node n) throws IOException {
        Graph g = d.of(n);
        Set<String> labels = new LinkedHashSet<>();
        for (Node p : LABEL_PROPERTIES) {
            forEachObject(g, n, p, o -> {
                if (o.isLiteral()) {
                    labels.add(o.getLiteralLexicalForm());
                }
            });
        }
        // A document is found by its 文号 and its file name too (its title is "陕西省财政厅对第12号提案的答复").
        for (Node p : List.of(RG.documentNumber, RG.sourceFile)) {
            forEachObject(g, n, p, o -> {
                if (o.isLiteral()) {
                    labels.add(o.getLiteralLexicalForm());
                }
            });
        }
        if (labels.isEmpty()) {
            return;
        }
        Document doc = new Document();
        doc.add(new StringField(IRI, n.getURI(), Field.Store.YES));
        doc.add(new SortedDocValuesField(KEY, new BytesRef(n.getURI())));
        Set<String> types = new TreeSet<>();
        forEachObject(g, n, RG.rdfType, o -> {
            if (o.isURI()) {
                types.add(o.getURI());
            }
        });
        types.forEach(t -> doc.add(new StoredField(TYPE, t)));
        int shortest = Integer.MAX_VALUE;
        Set<String> allForms = new HashSet<>();
        for (String label : labels) {
            doc.add(new StoredField(LABEL, label));
            for (String form : SearchForms.of(label)) {
                if (allForms.add(form)) {
                    doc.add(new TextField(BIGRAMS, form, Field.Store.NO));
                    doc.add(new TextField(CHARS, form, Field.Store.NO));
                    doc.add(new StringField(EXACT, form, Field.Store.NO));
                }
            }
            shortest = Math.min(shortest, SearchForms.fold(label).length());
        }
        doc.add(new NumericDocValuesField(LENGTH, shortest));
        writer.addDocument(doc);
    }

    private static void forEachObject(Graph g, Node s, Node p, java.util.function.Consumer<Node> action) {
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            it.forEachRemaining(t -> action.accept(t.getObject()));
        } finally {
            it.close();
        }
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Bigrams (in order, one position apart) and single characters of the folded forms; exact forms as is. */
    private static Analyzer analyzer() {
        Analyzer bigrams = new GramAnalyzer(2);
        Analyzer chars = new GramAnalyzer(1);
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), java.util.Map.of(BIGRAMS, bigrams, CHARS, chars));
    }

    private static final class GramAnalyzer extends Analyzer {
        private final int n;

        GramAnalyzer(int n) {
            this.n = n;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer grams = new NGramTokenizer(n, n);
            return new TokenStreamComponents(grams);
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100; // a phrase never runs from one label into the next
        }
    }

    @Override
    public String toString() {
        return "SearchIndex(" + directory + ", " + size() + " documents)";
    }
}
