package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.RG;
import org.replygraph.graph.store.Store;
import org.replygraph.graph.store.StoreIngest;
import org.replygraph.index.SearchIndex;

/**
 * A live ingest replaces what the pages show — home figures, class counts, class pages' instances, rendered pages,
 * Last-Modified — in one step: while the new figures are counted the pages keep the old view whole (a class page
 * rendered then has the total the cached home page shows), and after it every count is the new one.
 */
class IngestViewTest {
    private static final Path LETTER = Path.of("src/test/resources/dev/letters/04_shaanxi-gxt-cement-staggered-production.txt");

    @TempDir
    Path tmp;

    @Test
    void theHomeCountsAndTheClassPagesChangeTogetherAtAnIngest() throws Exception {
        BuildOptions options = BuildOptions.defaults();
        Path dir = tmp.resolve("store");
        try (Store store = Store.openOrCreate(dir); SearchIndex index = SearchIndex.inMemory(RG.DEFAULT_BASE)) {
            DatasetGraph ds = store.dataset();
            SeedStore.build(dir, ds, options);
            HomeFigures figures = HomeFigures.saved(dir, ds, RG.DEFAULT_BASE);
            Site site = new Site(ds, new EntityIris(RG.DEFAULT_BASE), Vocabulary.bundled(), ExampleQueries.load(null, RG.DEFAULT_BASE),
                    index, 64L << 20, new PublicUrl(() -> "http://localhost"), figures);

            Site.View before = site.view();
            long letters = before.classes().count(RG.ReplyLetter);
            long documents = before.classes().count(RG.Document);
            assertEquals(letters, before.classIndex(RG.ReplyLetter).total(), "a class page's total is the home page's count");
            before.cache().get("home|1", () -> "the home page with " + letters + " letters");

            // The ingest as IngestServlet makes it: commit, figures counted again, new view, in one step for class pages.
            StoreIngest ingest = new StoreIngest(ds, options);
            CompletableFuture<long[]> during = new CompletableFuture<>();
            StoreIngest.Result r = site.changing(() -> {
                StoreIngest.Result done = ingest.ingest(LETTER.getFileName().toString(), read(LETTER));
                // Committed; a class page asked for now (the view still the old one) waits for the new view.
                Thread page = new Thread(() -> during.complete(site.inView(v -> new long[] {v.classIndex(RG.Document).total(),
                        v.classes().count(RG.Document)})));
                page.start();
                sleep(300);
                assertTrue(!during.isDone(), "a class page made between the commit and the new view waits");
                assertSame(before, site.view());
                assertTrue(site.cache().contains("home|1"), "cached pages are served meanwhile");
                figures.ingested(done.changed());
                assertEquals(letters, site.view().classes().count(RG.ReplyLetter), "the old view keeps its counts while the new are counted");
                site.dataChanged(done.changed());
                return done;
            });
            assertEquals(StoreIngest.Status.ADDED, r.status());
            long[] page = during.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(documents + 1, page[0], "the class page waited and lists the new letter");
            assertEquals(page[1], page[0], "with the count the home page shows");

            Site.View after = site.view();
            assertNotSame(before, after);
            assertEquals(letters + 1, after.classes().count(RG.ReplyLetter), "the ingested letter is counted");
            assertEquals(documents + 1, after.classes().count(RG.Document));
            assertEquals(documents + 1, sparqlCount(ds, RG.Document.getURI()), "what SPARQL counts");
            assertEquals(letters + 1, after.classIndex(RG.ReplyLetter).total());
            assertEquals(documents + 1, after.classIndex(RG.Document).total());
            assertEquals(after.stats().letters().size(), after.classes().count(RG.Document), "the home page's list and its class count");
            assertEquals(0, after.cache().size(), "nothing rendered from the old figures is served");
            assertTrue(after.loaded().isAfter(before.loaded()), "Last-Modified moves on");
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long sparqlCount(DatasetGraph ds, String cls) {
        return Txn.calculateRead(ds, () -> {
            try (var q = QueryExecutionFactory.create("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a <" + cls + "> } }",
                    org.apache.jena.query.DatasetFactory.wrap(ds))) {
                return q.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
