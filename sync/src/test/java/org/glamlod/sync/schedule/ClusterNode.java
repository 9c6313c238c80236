package org.glamlod.sync.schedule;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.glamlod.sync.db.JobDatabase;

/**
 * One scheduler node of {@link JobSchedulerClusterTest}, run in its own JVM: {@code ClusterNode JDBC_URL NODE_ID}.
 * Every run is recorded in {@code cluster_exec} (start, end, node). Prints {@code READY} once started; stops
 * gracefully when its standard input closes.
 */
public final class ClusterNode {
    static final String INSTANCE = "glam-cluster-test";
    static final List<String> TICKS = List.of("tick-a", "tick-b", "tick-c");
    /** Runs longer than its period: its fires queue up behind it and must never overlap. */
    static final String SLOW = "slow";
    /** Runs until interrupted; a recovery run ends at once. Killed mid-run by the test. */
    static final String LONG = "long";

    static final String TABLE = "CREATE TABLE cluster_exec (id BIGSERIAL PRIMARY KEY, job VARCHAR(50) NOT NULL, "
            + "scheduled_ms BIGINT NOT NULL, node VARCHAR(50) NOT NULL, started_ms BIGINT NOT NULL, finished_ms BIGINT, "
            + "recovering BOOLEAN NOT NULL)";

    private ClusterNode() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String node = args[1];
        try (JobDatabase db = JobDatabase.open(new JobDatabase.Settings(url, null, null, 12));
             JobScheduler scheduler = JobScheduler.open(db, new JobScheduler.Options(INSTANCE, node, 4,
                     Duration.ofSeconds(1), Duration.ofMinutes(1)))) {
            scheduler.configure(List.of(
                    JobSpec.of(TICKS.get(0), "*/1 * * * * ?"), JobSpec.of(TICKS.get(1), "*/1 * * * * ?"),
                    JobSpec.of(TICKS.get(2), "*/1 * * * * ?"), JobSpec.of(SLOW, "*/1 * * * * ?"),
                    JobSpec.of(LONG, "*/2 * * * * ?")));
            JobAction tick = ctx -> work(db, node, ctx, 150);
            scheduler.start(Map.of(TICKS.get(0), tick, TICKS.get(1), tick, TICKS.get(2), tick,
                    SLOW, ctx -> work(db, node, ctx, 1500),
                    LONG, ctx -> work(db, node, ctx, ctx.recovering() ? 0 : 60_000)));
            System.out.println("READY " + scheduler.nodeId());
            System.out.flush();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                while (in.readLine() != null) {
                    // the test only closes stdin
                }
            }
        }
    }

    /** Records the run's start, works for {@code millis} (or until interrupted), records its end. */
    private static void work(JobDatabase db, String node, JobContext ctx, long millis) throws SQLException, InterruptedException {
        long id;
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO cluster_exec (job, scheduled_ms, node, started_ms, recovering) "
                     + "VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, ctx.name());
            ps.setLong(2, ctx.scheduledFireTime().toEpochMilli());
            ps.setString(3, node);
            ps.setLong(4, System.currentTimeMillis());
            ps.setBoolean(5, ctx.recovering());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end && !ctx.interrupted()) {
            Thread.sleep(Math.min(20, Math.max(1, end - System.currentTimeMillis())));
        }
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE cluster_exec SET finished_ms = ? WHERE id = ?")) {
            ps.setLong(1, System.currentTimeMillis());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }
}
