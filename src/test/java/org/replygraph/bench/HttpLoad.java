package org.replygraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleSupplier;

/**
 * Closed-loop load: {@code clients} threads, each with its own keep-alive connection, send one GET after
 * another for a fixed time. Reports throughput, p50/p99 latency, the response size, any non-2xx status,
 * and the CPU the generator itself used against the server's (so a saturated generator shows).
 */
final class HttpLoad {
    record Result(double perSecond, double p50Ms, double p99Ms, long count, int bytes, int badStatus, int firstBadCode,
                  double generatorCpuShare, double serverCpuShare) { }

    private final String host;
    private final int port;

    HttpLoad(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** One request on a fresh connection: the cold-start latency in ms, with its status and size. */
    double[] once(String path, String accept) throws IOException {
        try (RawHttp c = new RawHttp(host, port)) {
            long t0 = System.nanoTime();
            RawHttp.Response r = c.get(path, accept);
            return new double[] {(System.nanoTime() - t0) / 1e6, r.status(), r.bytes()};
        }
    }

    /** Runs the load for {@code seconds}; {@code serverCpu} gives the server's CPU seconds so far (or -1). */
    Result run(String path, String accept, int clients, double seconds, DoubleSupplier serverCpu)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        // Every client thread is started and waiting before the clock starts: no client begins late.
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] endNanos = new long[1];
        List<Future<long[]>> futures = new ArrayList<>();
        int[] bytes = new int[1];
        int[] bad = new int[2];
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                ready.countDown();
                go.await();
                long end = endNanos[0];
                try (RawHttp client = new RawHttp(host, port)) {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        RawHttp.Response r = client.get(path, accept);
                        if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
                        lat[n++] = System.nanoTime() - t0;
                        bytes[0] = r.bytes();
                        if (r.status() >= 300) {
                            synchronized (bad) {
                                if (bad[0]++ == 0) bad[1] = r.status();
                            }
                        }
                    }
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        ready.await();
        long startNanos = System.nanoTime();
        endNanos[0] = startNanos + (long) (seconds * 1e9);
        double cpu0 = processCpu();
        double server0 = serverCpu.getAsDouble();
        go.countDown();
        long total = 0;
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : futures) {
            long[] l = f.get();
            parts.add(l);
            total += l.length;
        }
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double genCpu = processCpu() - cpu0;
        double server1 = serverCpu.getAsDouble();
        pool.shutdown();
        long[] all = new long[(int) total];
        int k = 0;
        for (long[] l : parts) {
            System.arraycopy(l, 0, all, k, l.length);
            k += l.length;
        }
        Arrays.sort(all);
        double p50 = all.length == 0 ? Double.NaN : all[all.length / 2] / 1e6;
        double p99 = all.length == 0 ? Double.NaN : all[Math.min(all.length - 1, (int) Math.floor(all.length * 0.99))] / 1e6;
        int cores = Runtime.getRuntime().availableProcessors();
        double serverShare = server0 < 0 || server1 < 0 ? Double.NaN : (server1 - server0) / (elapsed * cores);
        return new Result(all.length / elapsed, p50, p99, all.length, bytes[0], bad[0], bad[1], genCpu / (elapsed * cores), serverShare);
    }

    private static double processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }
}
