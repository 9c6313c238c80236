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
 * @param offline   a dry run that makes no requests at all, not even reads: the report shows each document as
 *                  projected rather than the change against the remote record
 * @param stop      asked between items: true ends the pass after the item in flight (graceful shutdown)
 */
public record RunOptions(int limit, int batchSize, Path dryRun, boolean offline, BooleanSupplier stop) {
    public static final int UNLIMITED = Integer.MAX_VALUE;
    public static final int DEFAULT_BATCH_SIZE = 200;

    public RunOptions {
        if (limit < 0) {
            throw new IllegalArgumentException("the limit must not be negative: " + limit);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1: " + batchSize);
        }
        if (offline && dryRun == null) {
            throw new IllegalArgumentException("only a dry run can be offline");
        }
        Objects.requireNonNull(stop, "stop");
    }

    /** A real run over everything that is due, until done. */
    public static RunOptions defaults() {
        return new RunOptions(UNLIMITED, DEFAULT_BATCH_SIZE, null, false, () -> false);
    }

    public RunOptions withLimit(int n) {
        return new RunOptions(n, batchSize, dryRun, offline, stop);
    }

    public RunOptions withBatchSize(int n) {
        return new RunOptions(limit, n, dryRun, offline, stop);
    }

    /** A dry run that reads the remote records (never writes) to report what would change in each. */
    public RunOptions withDryRun(Path report) {
        return new RunOptions(limit, batchSize, Objects.requireNonNull(report, "report"), false, stop);
    }

    /** A dry run without any request: each document as projected. */
    public RunOptions withOfflineDryRun(Path report) {
        return new RunOptions(limit, batchSize, Objects.requireNonNull(report, "report"), true, stop);
    }

    public RunOptions withStop(BooleanSupplier s) {
        return new RunOptions(limit, batchSize, dryRun, offline, s);
    }

    public boolean isDryRun() {
        return dryRun != null;
    }
}
