package org.replygraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.QueryExec;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Cancels a running SPARQL query whose client has gone away. Jetty notices a closed connection only
 * when it reads or writes, and a query that sorts or counts writes nothing until it ends, so it
 * would run on to its timeout for nobody (17 such queries once stalled the server). Every
 * {@value #PERIOD_MS} ms this reads from each running query's connection, which by then has sent its
 * whole request: end of stream means the client left, and the query is aborted. Queries younger
 * than {@value #MIN_AGE_MS} ms are left alone.
 * <p>
 * A client that pipelines its next request on the connection before this one's answer has that
 * request's first byte consumed; such a connection stops being probed. Browsers and SPARQL clients
 * do not pipeline.
 */
final class QueryWatchdog implements AutoCloseable {
    static final long PERIOD_MS = 250;
    /** Queries younger than this are not probed: most end sooner, and need no system call. */
    static final long MIN_AGE_MS = 1000;
    private final Map<HttpServletRequest, Watched> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "replygraph-query-watchdog");
        t.setDaemon(true);
        return t;
    });

    QueryWatchdog() {
        timer.scheduleWithFixedDelay(this::probe, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** Watches {@code exec} while {@code request} is being answered. */
    void watch(HttpServletRequest request, QueryExec exec) {
        ServletContextRequest core = ServletContextRequest.getServletContextRequest(request);
        if (core == null) {
            return;
        }
        running.put(request, new Watched(core.getConnectionMetaData().getConnection().getEndPoint(), exec));
    }

    /** The request is answered: its connection belongs to Jetty again. */
    void done(HttpServletRequest request) {
        Watched w = running.remove(request);
        if (w != null) {
            synchronized (w) {
                w.finished = true;
            }
        }
    }

    /** Queries being watched now (for tests). */
    int watching() {
        return running.size();
    }

    private void probe() {
        for (Watched w : running.values()) {
            synchronized (w) {
                boolean old = System.nanoTime() - w.started > MIN_AGE_MS * 1_000_000;
                if (old && !w.finished && !w.pipelined && clientGone(w)) {
                    w.finished = true;
                    w.exec.abort();
                }
            }
        }
    }

    private static boolean clientGone(Watched w) {
        if (!w.endPoint.isOpen()) {
            return true;
        }
        try {
            ByteBuffer one = BufferUtil.allocate(1);
            int n = w.endPoint.fill(one);
            if (n > 0) {
                w.pipelined = true;
            }
            return n < 0;
        } catch (Exception e) {
            return true; // reset by peer
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private static final class Watched {
        final EndPoint endPoint;
        final QueryExec exec;
        final long started = System.nanoTime();
        boolean finished;
        boolean pipelined;

        Watched(EndPoint endPoint, QueryExec exec) {
            this.endPoint = endPoint;
            this.exec = exec;
        }
    }
}
