package org.glamlod.sync.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.glamlod.sync.TestPostgres;
import org.glamlod.sync.db.JobDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two scheduler nodes in separate JVMs sharing one PostgreSQL job database: each fire time runs exactly once across
 * both, both work, a job never overlaps itself, and when the node running a recoverable job is killed (SIGKILL) the
 * other node re-runs that job and carries on with every trigger.
 */
class JobSchedulerClusterTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path logs;
    private TestPostgres schema;
    private final List<Process> nodes = new ArrayList<>();

    record Exec(String job, long scheduled, String node, long started, Long finished, boolean recovering) {
    }

    @AfterEach
    void stop() throws SQLException {
        nodes.forEach(Process::destroyForcibly);
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    void twoNodesShareTheWorkAndTakeOverFromADeadOne() throws Exception {
        schema = TestPostgres.freshSchema();
        try (JobDatabase db = JobDatabase.open(schema.settings())) {
            execute(db, ClusterNode.TABLE);
            Process a = startNode("node-a");
            Process b = startNode("node-b");

            // Both nodes work, and the long job gets going on one of them.
            Exec longRun = Poll.until("both nodes working and the long job running", WAIT, () -> {
                List<Exec> all = executions(db);
                Map<String, Long> done = all.stream().filter(e -> e.finished() != null)
                        .collect(Collectors.groupingBy(Exec::node, Collectors.counting()));
                List<Exec> running = all.stream().filter(e -> e.job().equals(ClusterNode.LONG)).toList();
                boolean bothWorking = done.getOrDefault("node-a", 0L) >= 3 && done.getOrDefault("node-b", 0L) >= 3;
                return bothWorking && !running.isEmpty() ? running.get(0) : null;
            });
            Process victim = longRun.node().equals("node-a") ? a : b;
            String survivor = longRun.node().equals("node-a") ? "node-b" : "node-a";
            victim.destroyForcibly();
            assertThat(victim.waitFor(10, TimeUnit.SECONDS)).isTrue();
            long killed = System.currentTimeMillis();

            Exec recovery = Poll.until("the survivor to re-run the dead node's long job", WAIT, () -> executions(db).stream()
                    .filter(e -> e.job().equals(ClusterNode.LONG) && e.recovering() && e.finished() != null)
                    .findFirst().orElse(null));
            assertThat(recovery.node()).isEqualTo(survivor);
            assertThat(recovery.scheduled()).as("the recovery run repeats the killed run's fire time").isEqualTo(longRun.scheduled());
            for (String tick : ClusterNode.TICKS) {
                Poll.until("the survivor to keep firing " + tick, WAIT, () -> executions(db).stream().anyMatch(e ->
                        e.job().equals(tick) && e.node().equals(survivor) && e.finished() != null
                                && e.started() > recovery.finished() + 1000));
            }
            Process last = victim == a ? b : a;
            last.getOutputStream().close();   // graceful stop
            assertThat(last.waitFor(30, TimeUnit.SECONDS)).as("survivor stops gracefully").isTrue();
            assertThat(last.exitValue()).isZero();

            List<Exec> all = executions(db);
            // Every (trigger, fire time) ran once: no duplicates, and before the kill no fire time was skipped.
            Map<String, List<Exec>> byJob = all.stream().filter(e -> !e.recovering())
                    .collect(Collectors.groupingBy(Exec::job));
            for (String job : List.of("tick-a", "tick-b", "tick-c", ClusterNode.SLOW)) {
                List<Long> fireTimes = byJob.get(job).stream().map(Exec::scheduled).sorted().toList();
                assertThat(fireTimes).as("%s fire times", job).doesNotHaveDuplicates();
                List<Long> beforeKill = fireTimes.stream().filter(t -> t < killed - 2000).toList();
                for (int i = 1; i < beforeKill.size(); i++) {
                    assertThat(beforeKill.get(i) - beforeKill.get(i - 1)).as("%s: consecutive fire times", job).isEqualTo(1000);
                }
            }
            // Both nodes did part of the work before the kill.
            Map<String, Long> perNode = all.stream().filter(e -> e.started() < killed)
                    .collect(Collectors.groupingBy(Exec::node, Collectors.counting()));
            assertThat(perNode).containsKeys("node-a", "node-b");
            System.out.println("cluster test: executions per node before the kill " + perNode + ", after it "
                    + all.stream().filter(e -> e.started() >= killed).count() + " on " + survivor);
            // No job ran concurrently with itself; the dead node's unfinished runs end at the kill.
            Map<String, List<Exec>> runsByJob = all.stream().collect(Collectors.groupingBy(Exec::job));
            for (Map.Entry<String, List<Exec>> e : runsByJob.entrySet()) {
                List<Exec> runs = new ArrayList<>(e.getValue());
                runs.sort((x, y) -> Long.compare(x.started(), y.started()));
                for (int i = 1; i < runs.size(); i++) {
                    Exec prev = runs.get(i - 1);
                    long prevEnd = prev.finished() != null ? prev.finished() : killed;
                    assertThat(runs.get(i).started()).as("%s run %s starts after the previous one ended", e.getKey(), i)
                            .isGreaterThanOrEqualTo(prevEnd);
                }
            }
            // The slow job (1.5 s per 1 s period) really was kept from overlapping: it was due while running.
            assertThat(runsByJob.get(ClusterNode.SLOW)).hasSizeGreaterThanOrEqualTo(3);

            // The run history shows the dead node's run abandoned and the recovery run succeeded.
            List<JobRun> longRuns = new JobRuns(db).recent(ClusterNode.LONG, 10);
            assertThat(longRuns).anyMatch(r -> r.outcome() == JobRun.Outcome.ABANDONED && r.node().equals(longRun.node()));
            assertThat(longRuns).anyMatch(r -> r.outcome() == JobRun.Outcome.SUCCEEDED && r.recovering()
                    && r.node().equals(survivor) && r.scheduled().toEpochMilli() == longRun.scheduled());
        }
    }

    private Process startNode(String id) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ClusterNode.class.getName(), schema.url(), id);
        pb.redirectError(logs.resolve(id + ".log").toFile());
        Process p = pb.start();
        nodes.add(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String line;
        try {
            line = ready.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            line = null;
        }
        assertThat(line).as("%s started; its log:%n%s", id, Files.exists(logs.resolve(id + ".log"))
                ? Files.readString(logs.resolve(id + ".log")) : "").isEqualTo("READY " + id);
        return p;
    }

    private static List<Exec> executions(JobDatabase db) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT job, scheduled_ms, node, started_ms, finished_ms, recovering FROM cluster_exec")) {
            List<Exec> all = new ArrayList<>();
            while (rs.next()) {
                long finished = rs.getLong(5);
                Long end = rs.wasNull() ? null : finished;
                all.add(new Exec(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4), end, rs.getBoolean(6)));
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(JobDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
