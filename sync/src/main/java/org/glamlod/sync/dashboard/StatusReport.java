package org.glamlod.sync.dashboard;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.glamlod.sync.schedule.JobInfo;
import org.glamlod.sync.schedule.JobRun;
import org.glamlod.sync.schedule.Misfire;
import org.glamlod.sync.state.ItemState;
import org.glamlod.sync.state.SyncRecord;

/**
 * What the dashboard, its JSON API and {@code glam status} show: per target the items by state and the items that
 * need a person, and every scheduled job with its recent runs. Immutable; made by {@link StatusCollector}. The JSON
 * form ({@link #JSON}) is the API's documented shape (docs/operations.md): instants as ISO-8601 UTC strings, absent
 * values as {@code null}.
 *
 * @param generated when the report was made
 * @param targets   the targets with at least one item, by name
 * @param jobs      the scheduled jobs, by name
 */
public record StatusReport(Instant generated, List<Target> targets, List<Job> jobs) {
    public StatusReport {
        targets = List.copyOf(targets);
        jobs = List.copyOf(jobs);
    }

    /**
     * @param counts   items per state, every state present (in {@link ItemState} order)
     * @param problems failed and needs-review items, most recently updated first
     */
    public record Target(String target, Map<ItemState, Long> counts, List<Problem> problems) {
        public Target {
            Map<ItemState, Long> all = new EnumMap<>(ItemState.class);
            for (ItemState state : ItemState.values()) all.put(state, counts.getOrDefault(state, 0L));
            counts = Collections.unmodifiableMap(all);
            problems = List.copyOf(problems);
        }

        public long count(ItemState state) {
            return counts.get(state);
        }
    }

    /**
     * An item a person should look at.
     *
     * @param page        this server's page for the object, or null when the object is outside the dataset's URI space
     *                    (or the report was made without a server)
     * @param error       the last failure's message (failed items)
     * @param code        the remote's code for it, e.g. {@code maxlag} or {@code 429}
     * @param reason      what needs review (needs-review items)
     * @param nextAttempt when the sync loop tries a failed item again; null: only when an operator retries it
     */
    public record Problem(String object, String page, ItemState state, String error, String code, String reason,
                          int attempts, Instant nextAttempt, Instant updated, String remoteId) {
        static Problem of(SyncRecord r, String page) {
            return new Problem(r.object(), page, r.state(), r.lastError(), r.lastErrorCode(), r.reason(), r.attempts(),
                    r.nextAttempt(), r.updated(), r.remoteId());
        }
    }

    /**
     * A scheduled job.
     *
     * @param timeZone the zone its cron is read in
     * @param runs     its recent runs on any node, newest first
     */
    public record Job(String name, String cron, String timeZone, Misfire misfire, JobInfo.State state,
                      Instant previousFire, Instant nextFire, List<Run> runs) {
        public Job {
            runs = List.copyOf(runs);
        }

        static Job of(JobInfo info, List<JobRun> runs) {
            return new Job(info.name(), info.cron(), info.timeZone().getId(), info.misfire(), info.state(),
                    info.previousFire(), info.nextFire(), runs.stream().map(Run::of).toList());
        }
    }

    /**
     * One run of a job.
     *
     * @param durationMillis null while it runs, or when its node died
     * @param message        the failure's message, or a note; may be null
     */
    public record Run(String node, Instant scheduled, Instant started, Instant finished, JobRun.Outcome outcome,
                      boolean recovering, Long durationMillis, String message) {
        static Run of(JobRun r) {
            Duration d = r.duration();
            return new Run(r.node(), r.scheduled(), r.started(), r.finished(), r.outcome(), r.recovering(),
                    d == null ? null : d.toMillis(), r.message());
        }
    }

    /** The API's JSON: ISO-8601 instants; unknown fields are ignored on reading, so newer servers can add some. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule("instants")
                    .addSerializer(Instant.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                            gen.writeString(value.toString());
                        }
                    })
                    .addDeserializer(Instant.class, new JsonDeserializer<>() {
                        @Override
                        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                            return Instant.parse(p.getValueAsString());
                        }
                    }))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
}
