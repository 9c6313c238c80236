package org.glamlod.sync.core;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How one sync pass runs.
 *
 * @param limit     at most this many items reach the remote (pushed or failed) in this pass
 * @param batchSize objects read from the store and the state database at a time
 * @param dryRun    where a dry run writes its report; null for a real run
 * @param stop      asked between items: true ends the pass after the item in flight (graceful shutdown)
 */
public record RunOptions(int limit, int batchSize, Path dryRun, BooleanSupplier stop) {
    public static final int UNLIMITED = Integer.MAX_VALUE;
    public static final int DEFAULT_BATCH_SIZE = 200;

    public RunOptions {
        if (limit < 0) {
            throw new IllegalArgumentException("the limit must not be negative: " + limit);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1: " + batchSize);
        }
        Objects.requireNonNull(stop, "stop");
    }

    /** A real run over everything that is due, until done. */
    public static RunOptions defaults() {
        return new RunOptions(UNLIMITED, DEFAULT_BATCH_SIZE, null, () -> false);
    }

    public RunOptions withLimit(int n) {
        return new RunOptions(n, batchSize, dryRun, stop);
    }

    public RunOptions withBatchSize(int n) {
        return new RunOptions(limit, n, dryRun, stop);
    }

    public RunOptions withDryRun(Path report) {
        return new RunOptions(limit, batchSize, Objects.requireNonNull(report, "report"), stop);
    }

    public RunOptions withStop(BooleanSupplier s) {
        return new RunOptions(limit, batchSize, dryRun, s);
    }

    public boolean isDryRun() {
        return dryRun != null;
    }
}
