package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The page cache: one render per key however many ask at once, and a bound in bytes. */
class RenderCacheTest {

    @Test
    void thirtyTwoConcurrentRequestsForOneUncachedPageRenderItOnce() throws Exception {
        RenderCache cache = new RenderCache(ServerConfig.DEFAULT_RENDER_CACHE);
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch allAsking = new CountDownLatch(32);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<Rendered>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() -> {
                    allAsking.countDown();
                    allAsking.await();
                    return cache.get("/id/agency/a|html|1", () -> {
                        renders.incrementAndGet();
                        sleep(200); // a slow render: the other 31 arrive while it runs
                        return "<p>agency a</p>";
                    });
                }));
            }
            Rendered first = answers.get(0).get(10, TimeUnit.SECONDS);
            for (Future<Rendered> f : answers) {
                assertSame(first, f.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, renders.get());
        assertEquals("<p>agency a</p>".length(), cache.bytes());
    }

    @Test
    void evictsTheLeastRecentlyUsedPastItsByteBound() {
        RenderCache cache = new RenderCache(1000);
        String body = "x".repeat(300);
        for (int i = 0; i < 10; i++) {
            cache.get("page " + i, () -> body);
            assertTrue(cache.bytes() <= 1000, "held " + cache.bytes());
        }
        assertEquals(3, cache.size());
        assertEquals(900, cache.bytes());
        assertFalse(cache.contains("page 6"));
        assertTrue(cache.contains("page 7") && cache.contains("page 9"));
        cache.get("page 7", () -> body); // used again: now the newest
        cache.get("page 10", () -> body);
        assertTrue(cache.contains("page 7"));
        assertFalse(cache.contains("page 8"));
    }

    @Test
    void aBodyLargerThanTheBoundIsServedNotKept() {
        RenderCache cache = new RenderCache(100);
        assertEquals(500, cache.get("big", () -> "y".repeat(500)).body().length);
        assertEquals(0, cache.bytes());
        assertFalse(cache.contains("big"));
    }

    @Test
    void aFailedRenderIsNotCachedAndTheNextCallRendersAgain() {
        RenderCache cache = new RenderCache(1000);
        Paging.PastLastPage e = assertThrows(Paging.PastLastPage.class,
                () -> cache.get("k", () -> { throw new Paging.PastLastPage(9, 3); }));
        assertEquals("No page 9: the last page is 3", e.getMessage());
        assertEquals("ok", new String(cache.get("k", () -> "ok").body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aNegativeBoundIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().withRenderCacheBytes(-1));
        assertEquals("Illegal renderCacheBytes=-1 : Render cache size must be 0 or more bytes", e.getMessage());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
