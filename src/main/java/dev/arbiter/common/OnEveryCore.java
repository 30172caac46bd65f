package dev.arbiter.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Work that times nothing (counting, generating, checking) run as many at once as there are cores: what one item does
 * cannot change another's result, so they need not wait for one another.
 */
public final class OnEveryCore {

    private OnEveryCore() {
    }

    /** The task's result for each item, in the items' order; the first failure is thrown once all have been asked. */
    public static <T, R> List<R> map(List<T> items, Function<T, R> task) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<R>> running = new ArrayList<>();
            for (T item : items) running.add(pool.submit(() -> task.apply(item)));
            List<R> results = new ArrayList<>();
            for (Future<R> f : running) results.add(f.get());
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
