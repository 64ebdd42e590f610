package org.replygraph.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The most recently rendered documents, by request key ({@code /id/X.html?page=1}). The served
 * dataset is read-only, so a rendered page never goes stale; the bound keeps memory flat
 * (~{@value #MAX_ENTRIES} pages of a few KB).
 */
final class RenderCache {
    static final int MAX_ENTRIES = 2000;

    private final Map<String, Rendered> lru = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The cached rendering, or renders it (outside the lock: two racing renders give equal bytes). */
    Rendered get(String key, Supplier<String> render) {
        synchronized (lru) {
            Rendered hit = lru.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Rendered fresh = Rendered.of(render.get());
        synchronized (lru) {
            lru.put(key, fresh);
        }
        return fresh;
    }
}
