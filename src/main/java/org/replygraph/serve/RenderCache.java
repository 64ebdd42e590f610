package org.replygraph.serve;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered documents by request key ({@code <IRI>|html|2}), single-flight and bounded in bytes: however
 * many clients ask for an uncached key at once, one of them renders it and the others wait for that
 * result; the least recently used entries are dropped once the bodies held pass {@code maxBytes}.
 * A render that throws (a page past the last) is not cached, and every waiter gets its exception.
 * <pre>{@code
 * RenderCache cache = new RenderCache(64L << 20);
 * Rendered page = cache.get(key, () -> pages.render(...));
 * }</pre>
 */
final class RenderCache {
    private final long maxBytes;
    private final ConcurrentHashMap<String, CompletableFuture<Rendered>> inFlight = new ConcurrentHashMap<>();
    private final LinkedHashMap<String, Rendered> lru = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    RenderCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("Illegal maxBytes=" + maxBytes + " : Cache size must be >= 0");
        }
        this.maxBytes = maxBytes;
    }

    /** The cached rendering, or the one being made now, or a new one made by this caller. */
    Rendered get(String key, Supplier<String> render) {
        synchronized (this) {
            Rendered hit = lru.get(key);
            if (hit != null) {
                return hit;
            }
        }
        CompletableFuture<Rendered> mine = new CompletableFuture<>();
        CompletableFuture<Rendered> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return join(running);
        }
        try {
            synchronized (this) {
                // Finished between our miss and our claim: no second render.
                Rendered hit = lru.get(key);
                if (hit != null) {
                    mine.complete(hit);
                    return hit;
                }
            }
            Rendered fresh = Rendered.of(render.get());
            put(key, fresh);
            mine.complete(fresh);
            return fresh;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** Bytes of the bodies held now. */
    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return lru.size();
    }

    synchronized boolean contains(String key) {
        return lru.containsKey(key);
    }

    private synchronized void put(String key, Rendered fresh) {
        long size = fresh.body().length;
        if (size > maxBytes) {
            return; // bigger than the whole cache: served, not kept
        }
        Rendered old = lru.put(key, fresh);
        bytes += size - (old == null ? 0 : old.body().length);
        for (Iterator<Map.Entry<String, Rendered>> it = lru.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
            Map.Entry<String, Rendered> eldest = it.next();
            bytes -= eldest.getValue().body().length;
            it.remove();
        }
    }

    private static Rendered join(CompletableFuture<Rendered> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
