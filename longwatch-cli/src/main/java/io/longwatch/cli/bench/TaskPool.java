package io.longwatch.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The benches' read loop: numbered tasks (unit × pass) on a fixed pool, each worker taking the next
 * number until none is left, so a slow unit never holds the others back.
 */
final class TaskPool {

    /** One worker's state, created on its own thread. */
    interface Worker {
        /** Does task {@code task} (0-based). */
        void run(int task) throws Exception;

        /** Called once on the worker's thread after its last task: publish totals here. */
        default void done() {
        }
    }

    private TaskPool() {
    }

    /** Runs tasks {@code 0..tasks-1} on {@code threads} workers and waits for all; the first failure is rethrown. */
    static void run(int threads, int tasks, Supplier<? extends Worker> workers) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                fs.add(pool.submit(() -> {
                    Worker worker = workers.get();
                    for (int i = next.getAndIncrement(); i < tasks; i = next.getAndIncrement()) {
                        worker.run(i);
                    }
                    worker.done();
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
