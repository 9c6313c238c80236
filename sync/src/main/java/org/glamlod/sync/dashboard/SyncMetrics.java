package org.glamlod.sync.dashboard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.glamlod.sync.schedule.JobAction;
import org.glamlod.sync.schedule.JobRun;
import org.glamlod.sync.state.ItemState;
import org.glamlod.sync.state.SyncStates;

/**
 * The sync's Prometheus metrics, scraped at {@code GET /metrics}:
 * <ul>
 * <li>{@code glam_sync_items{target,state}}: items per target and state, read from the job database (at most every
 * {@code refresh}, so frequent scrapes do not each count the whole table);</li>
 * <li>{@code glam_sync_item_seconds{target,outcome}}: how long syncing one item took, as a histogram;</li>
 * <li>{@code glam_sync_remote_errors_total{target,code}}: failures reported by a target, by its code
 * ({@code maxlag}, {@code 429} …; {@code other} when it gave none);</li>
 * <li>{@code glam_job_runs_total{job,outcome}} and {@code glam_job_run_seconds{job}}: scheduled job runs.</li>
 * </ul>
 * The sync loop calls {@link #itemFinished} per item; the application wraps each job's action with {@link #timed}.
 * Thread-safe.
 */
public final class SyncMetrics {
    /** How long the item counts are reused between scrapes when not told otherwise. */
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(5);
    /** Longest remote code kept as a label: remote codes are short words or numbers, not messages. */
    private static final int MAX_CODE = 40;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final SyncStates states;
    private final Duration refresh;
    private final Clock clock;
    private final Set<String> gaugedTargets = new HashSet<>();
    private volatile Map<String, Map<ItemState, Long>> counts = Map.of();
    private Instant countedAt;

    public SyncMetrics(SyncStates states) {
        this(states, DEFAULT_REFRESH, Clock.systemUTC());
    }

    public SyncMetrics(SyncStates states, Duration refresh, Clock clock) {
        this.states = Objects.requireNonNull(states, "states");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One item's sync ended.
     *
     * @param outcome    the state it ended in ({@code SYNCED}, {@code FAILED}, {@code SKIPPED}, {@code NEEDS_REVIEW} …)
     * @param took       from picking the item up to recording its outcome
     * @param remoteCode the target's error code when the target reported an error, else null
     */
    public void itemFinished(String target, ItemState outcome, Duration took, String remoteCode) {
        Timer.builder("glam.sync.item").description("Time to sync one item, from projection to recorded outcome")
                .tags("target", target, "outcome", outcome.name()).publishPercentileHistogram()
                .register(registry).record(took);
        if (remoteCode != null || outcome == ItemState.FAILED) {
            String code = remoteCode == null || remoteCode.isBlank() ? "other"
                    : remoteCode.length() > MAX_CODE ? remoteCode.substring(0, MAX_CODE) : remoteCode;
            Counter.builder("glam.sync.remote.errors").description("Errors reported by a target, by its error code")
                    .tags("target", target, "code", code).register(registry).increment();
        }
    }

    /** {@code action} with its runs counted by outcome and timed. */
    public JobAction timed(String job, JobAction action) {
        return ctx -> {
            long start = System.nanoTime();
            JobRun.Outcome outcome = JobRun.Outcome.FAILED;
            try {
                action.run(ctx);
                outcome = JobRun.Outcome.SUCCEEDED;
            } finally {
                Counter.builder("glam.job.runs").description("Scheduled job runs by outcome").tags("job", job, "outcome", outcome.name())
                        .register(registry).increment();
                Timer.builder("glam.job.run").description("Time a scheduled job run took").tags("job", job)
                        .register(registry).record(Duration.ofNanos(System.nanoTime() - start));
            }
        };
    }

    /** The metrics in the Prometheus text format, with the item counts at most {@code refresh} old. */
    public String scrape() {
        refreshCounts();
        return registry.scrape();
    }

    private synchronized void refreshCounts() {
        Instant now = clock.instant();
        if (countedAt != null && now.isBefore(countedAt.plus(refresh))) return;
        Map<String, Map<ItemState, Long>> fresh = new HashMap<>();
        for (String target : states.targets()) fresh.put(target, states.counts(target));
        counts = fresh;
        countedAt = now;
        for (String target : fresh.keySet()) {
            if (!gaugedTargets.add(target)) continue;
            for (ItemState state : ItemState.values())
                Gauge.builder("glam.sync.items", this, m -> m.count(target, state)).description("Items per target and sync state")
                        .tags("target", target, "state", state.name()).register(registry);
        }
    }

    private double count(String target, ItemState state) {
        Map<ItemState, Long> c = counts.get(target);
        return c == null ? 0 : c.getOrDefault(state, 0L);
    }
}
