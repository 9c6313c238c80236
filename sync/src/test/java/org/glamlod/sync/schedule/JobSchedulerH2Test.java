package org.glamlod.sync.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.glamlod.sync.db.JobDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler on the embedded H2 job database: schedules, runs, records, reconfigures, refuses bad crons. */
class JobSchedulerH2Test {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path data;
    JobDatabase db;
    JobScheduler scheduler;

    @BeforeEach
    void open() {
        db = JobDatabase.open(JobDatabase.Settings.embedded(data));
        scheduler = JobScheduler.open(db, JobScheduler.Options.defaults().withInstanceId("h2-node"));
    }

    @AfterEach
    void close() {
        scheduler.close();
        db.close();
    }

    private JobInfo job(String name) {
        return scheduler.jobs().stream().filter(j -> j.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void cronJobRunsAndItsOutcomeIsRecorded() throws Exception {
        List<JobContext> seen = new CopyOnWriteArrayList<>();
        scheduler.configure(List.of(JobSpec.of("sync-wikidata", "*/1 * * * * ?"), JobSpec.of("dumps", "*/1 * * * * ?")));
        scheduler.start(Map.of(
                "sync-wikidata", seen::add,
                "dumps", ctx -> {
                    throw new IllegalStateException("disk full: /data/dumps");
                }));

        JobInfo sync = Poll.until("a finished sync-wikidata run", WAIT, () -> {
            JobInfo j = job("sync-wikidata");
            return j != null && j.lastRun() != null && j.lastRun().finished() != null ? j : null;
        });
        assertThat(sync.cron()).isEqualTo("*/1 * * * * ?");
        assertThat(sync.timeZone()).isEqualTo(ZoneId.systemDefault());
        assertThat(sync.misfire()).isEqualTo(Misfire.FIRE_ONCE_NOW);
        assertThat(sync.previousFire()).isNotNull();
        assertThat(sync.nextFire()).isAfter(sync.previousFire());
        JobRun run = sync.lastRun();
        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCEEDED);
        assertThat(run.node()).isEqualTo("h2-node");
        assertThat(run.message()).isNull();
        assertThat(run.recovering()).isFalse();
        assertThat(run.duration()).isNotNull().isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(run.scheduled().toEpochMilli() % 1000).as("cron fire times fall on whole seconds").isZero();

        JobContext ctx = seen.get(0);
        assertThat(ctx.name()).isEqualTo("sync-wikidata");
        assertThat(ctx.scheduledFireTime().toEpochMilli() % 1000).isZero();
        assertThat(ctx.recovering()).isFalse();
        assertThat(ctx.interrupted()).isFalse();

        JobRun failed = Poll.until("a finished dumps run", WAIT, () -> {
            JobInfo j = job("dumps");
            return j != null && j.lastRun() != null && j.lastRun().finished() != null ? j.lastRun() : null;
        });
        assertThat(failed.outcome()).isEqualTo(JobRun.Outcome.FAILED);
        assertThat(failed.message()).isEqualTo("disk full: /data/dumps");
        assertThat(scheduler.runs("dumps", 10)).isNotEmpty().allMatch(r -> r.job().equals("dumps"));
    }

    @Test
    void reconfiguringReschedulesChangedRemovesDroppedAndKeepsUnchanged() throws Exception {
        scheduler.configure(List.of(JobSpec.of("sync-wikidata", "0 15 2 * * ?"), JobSpec.of("dumps", "0 0 4 * * ?"),
                JobSpec.of("ingest-smk", "0 0 1 * * ?")));
        long dumpsStart = triggerStartTime("dumps");
        long syncStart = triggerStartTime("sync-wikidata");
        // Quartz keeps trigger start times to the second: move to the next one so a re-created trigger would show.
        Poll.until("the next second", WAIT, () -> System.currentTimeMillis() >= syncStart + 1000);

        scheduler.configure(List.of(JobSpec.of("sync-wikidata", "0 45 3 * * ?"), JobSpec.of("dumps", "0 0 4 * * ?"),
                JobSpec.of("compact", "0 30 5 ? * SUN")));

        assertThat(scheduler.jobs()).extracting(JobInfo::name).containsExactly("compact", "dumps", "sync-wikidata");
        JobInfo sync = job("sync-wikidata");
        assertThat(sync.cron()).isEqualTo("0 45 3 * * ?");
        assertThat(sync.nextFire().atZone(ZoneId.systemDefault()).toLocalTime().toString()).isEqualTo("03:45");
        assertThat(triggerStartTime("sync-wikidata")).isGreaterThan(syncStart);
        assertThat(triggerStartTime("dumps")).as("an unchanged job keeps its trigger").isEqualTo(dumpsStart);
        assertThat(job("compact").misfire()).isEqualTo(Misfire.SKIP_TO_NEXT);
        assertThat(job("dumps").misfire()).isEqualTo(Misfire.FIRE_ONCE_NOW);
        assertThat(countRows("SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE JOB_NAME = 'ingest-smk'")).isZero();
        assertThat(countRows("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'ingest-smk'")).isZero();
    }

    @Test
    void invalidCronIsRefusedNamingTheJob() {
        assertThatThrownBy(() -> JobSpec.of("dumps", "0 4 * * *"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("job 'dumps'").hasMessageContaining("6 or 7");
        assertThatThrownBy(() -> JobSpec.of("sync-wikidata", "0 61 2 * * ?"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("job 'sync-wikidata'").hasMessageContaining("'0 61 2 * * ?'");
        assertThatThrownBy(() -> JobSpec.of("Sync Wikidata", "0 0 2 * * ?")).hasMessageContaining("job name");
        assertThatThrownBy(() -> scheduler.configure(List.of(JobSpec.of("dumps", "0 0 4 * * ?"), JobSpec.of("dumps", "0 0 5 * * ?"))))
                .hasMessageContaining("job 'dumps' is configured twice");
        assertThat(scheduler.jobs()).isEmpty();
    }

    @Test
    void everyJobNeedsAnAction() {
        scheduler.configure(List.of(JobSpec.of("validate", "0 0 6 * * ?"), JobSpec.of("dumps", "0 0 4 * * ?")));
        assertThatThrownBy(() -> scheduler.start(Map.of("dumps", ctx -> { })))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[validate]");
    }

    @Test
    void triggerNowRunsAJobOutsideItsScheduleAndCloseStopsItGracefully() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        scheduler.configure(List.of(JobSpec.of("ingest-smk", "0 0 1 1 1 ? 2099")));
        scheduler.start(Map.of("ingest-smk", ctx -> {
            running.countDown();
            while (!ctx.interrupted()) {
                Thread.sleep(20);
            }
        }));
        assertThatThrownBy(() -> scheduler.triggerNow("ingest-lido")).hasMessageContaining("no scheduled job 'ingest-lido'")
                .hasMessageContaining("ingest-smk");
        scheduler.triggerNow("ingest-smk");
        assertThat(running.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(job("ingest-smk").state()).isEqualTo(JobInfo.State.RUNNING);

        scheduler.close();   // returns only once the job has seen the interruption and returned

        JobRun run = scheduler.runs("ingest-smk", 1).get(0);
        assertThat(run.outcome()).isEqualTo(JobRun.Outcome.SUCCEEDED);
        assertThat(run.message()).isEqualTo("stopped early: the scheduler shut down");
        assertThat(run.finished()).isNotNull();
        scheduler = JobScheduler.open(db, JobScheduler.Options.defaults());   // for close()
        assertThat(job("ingest-smk").state()).isEqualTo(JobInfo.State.NORMAL);
        assertThat(job("ingest-smk").nextFire()).isEqualTo(Instant.parse("2099-01-01T01:00:00Z")
                .atZone(ZoneId.of("UTC")).withZoneSameLocal(ZoneId.systemDefault()).toInstant());
    }

    private long triggerStartTime(String name) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT START_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("trigger of %s", name).isTrue();
                return rs.getLong(1);
            }
        }
    }

    private long countRows(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
