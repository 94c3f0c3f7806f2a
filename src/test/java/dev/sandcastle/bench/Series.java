package dev.sandcastle.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs one grading action repeatedly at a given concurrency and measures each call. */
final class Series {

    interface Action {
        /** One graded submission; must throw when the verdict is not the expected one. */
        void run() throws Exception;
    }

    private Series() {
    }

    static Stats measure(Action action, int total, int concurrency) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger remaining = new AtomicInteger(total);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        try {
            List<Future<?>> runners = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                runners.add(pool.submit(() -> {
                    while (remaining.getAndDecrement() > 0) {
                        long t0 = System.nanoTime();
                        action.run();
                        latencies.add((System.nanoTime() - t0) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> runner : runners) {
                runner.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return Stats.of(latencies, (System.nanoTime() - started) / 1e9);
    }
}
