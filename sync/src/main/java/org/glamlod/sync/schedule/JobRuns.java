package org.glamlod.sync.schedule;

import static org.glamlod.sync.db.Jdbc.instant;
import static org.glamlod.sync.db.Jdbc.setInstant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.glamlod.sync.db.JobDatabase;

/** The job runs table ({@code glam_job_run}): one row per run, the newest {@value #KEEP} kept per job. */
final class JobRuns {
    static final int KEEP = 50;
    private static final String COLUMNS = "id, job_name, node, scheduled, started, finished, outcome, recovering, message";

    private final JobDatabase db;

    JobRuns(JobDatabase db) {
        this.db = db;
    }

    /**
     * Records a run as started. A job never runs twice at once in the cluster, so any run of it still marked
     * running belongs to a node that died: it is marked abandoned.
     */
    long started(String job, String node, Instant scheduled, Instant started, boolean recovering) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE glam_job_run SET outcome = 'ABANDONED', "
                    + "message = 'the node running it stopped before it finished' WHERE job_name = ? AND outcome = 'RUNNING'")) {
                ps.setString(1, job);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO glam_job_run "
                    + "(job_name, node, scheduled, started, outcome, recovering) VALUES (?, ?, ?, ?, 'RUNNING', ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, job);
                ps.setString(2, node);
                setInstant(ps, 3, scheduled);
                setInstant(ps, 4, started);
                ps.setBoolean(5, recovering);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Records how a run ended and forgets the job's runs beyond the newest {@value #KEEP}. */
    void finished(long id, String job, JobRun.Outcome outcome, String message, Instant finished) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE glam_job_run SET outcome = ?, message = ?, finished = ? WHERE id = ?")) {
                ps.setString(1, outcome.name());
                ps.setString(2, message);
                setInstant(ps, 3, finished);
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM glam_job_run WHERE job_name = ? AND id < "
                    + "(SELECT MIN(id) FROM (SELECT id FROM glam_job_run WHERE job_name = ? ORDER BY id DESC LIMIT "
                    + KEEP + ") recent)")) {
                ps.setString(1, job);
                ps.setString(2, job);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The job's runs, newest first. */
    List<JobRun> recent(String job, int limit) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM glam_job_run WHERE job_name = ? ORDER BY id DESC LIMIT ?")) {
                ps.setString(1, job);
                ps.setInt(2, limit);
                List<JobRun> runs = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        runs.add(new JobRun(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5),
                                instant(rs, 6), JobRun.Outcome.valueOf(rs.getString(7)), rs.getBoolean(8), rs.getString(9)));
                    }
                }
                return runs;
            }
        });
    }

    Optional<JobRun> last(String job) {
        return recent(job, 1).stream().findFirst();
    }
}
