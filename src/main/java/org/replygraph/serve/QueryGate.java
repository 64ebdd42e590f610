package org.replygraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the SPARQL queries executing at once. A query arriving while all slots are taken waits up
 * to {@value #WAIT_MS} ms in a queue of {@value #QUEUE_PER_SLOT} per slot; past that, or when the
 * queue is full, it is answered 503 with {@code Retry-After} at once, so runaway queries never pile
 * up the server's threads (they are cancelled by the query timeout in the meantime), while a burst
 * of quick queries is served, not refused.
 */
final class QueryGate extends HttpFilter {
    static final long WAIT_MS = 2000;
    static final int QUEUE_PER_SLOT = 4;
    static final int RETRY_AFTER_SECONDS = 2;
    private final Semaphore slots;
    private final int queueLimit;
    private final AtomicInteger waiting = new AtomicInteger();

    QueryGate(int maxConcurrent) {
        this.slots = new Semaphore(maxConcurrent, true);
        this.queueLimit = maxConcurrent * QUEUE_PER_SLOT;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        boolean query = "POST".equals(req.getMethod())
                || ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) && req.getQueryString() != null;
        if (!query) {
            chain.doFilter(req, resp);
            return;
        }
        if (!acquire()) {
            resp.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            PlainError.send(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Too many queries running; retry in " + RETRY_AFTER_SECONDS + " s");
            return;
        }
        try {
            chain.doFilter(req, resp);
        } finally {
            slots.release();
        }
    }

    private boolean acquire() {
        if (slots.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > queueLimit) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return slots.tryAcquire(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }
}
