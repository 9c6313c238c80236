package org.glamlod.sync.core;

import java.nio.file.Path;
import java.time.Clock;
import okhttp3.HttpUrl;
import org.glamlod.store.ObjectStore;
import org.glamlod.sync.db.JobDatabase;

/**
 * A sync process for {@link SyncCrashTest}: one real pass over the embedded store and job database under a data
 * directory, against the records API at a URL. The test kills it with SIGKILL and starts it again.
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        HttpUrl api = HttpUrl.get(args[1]);
        try (ObjectStore store = ObjectStore.open(data);
             JobDatabase db = JobDatabase.open(JobDatabase.Settings.embedded(data))) {
            SyncRun sync = new SyncRun(store, db, Clock.systemUTC(), Backoff.standard(), SyncListener.NONE);
            RunSummary summary = sync.run(new RecordingTarget(api, RightsGate.Scope.WORK), new RateLimiter(1000),
                    RunOptions.defaults().withBatchSize(7));
            System.out.println(summary.line());
        }
    }
}
