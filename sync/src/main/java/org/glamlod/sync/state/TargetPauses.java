package org.glamlod.sync.state;

import static org.glamlod.sync.db.Jdbc.instant;
import static org.glamlod.sync.db.Jdbc.setInstant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.glamlod.sync.db.JobDatabase;

/**
 * When each target asked to be left alone until (Retry-After, maxlag), in the job database: a rate limiter only
 * lives as long as its process, and the next pass (a {@code glam sync} right after the server's, another node's)
 * must wait too. Written only by a pass that holds its target's lock, so there is one writer per target.
 */
public final class TargetPauses {
    private final JobDatabase db;

    public TargetPauses(JobDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Until when {@code target} asked to be left alone; empty if it never did. */
    public Optional<Instant> until(String target) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT paused_until FROM glam_target_pause WHERE target = ?")) {
                ps.setString(1, target);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(instant(rs, 1)) : Optional.<Instant>empty();
                }
            }
        });
    }

    /** {@code target} asked to be left alone until {@code until}; a later pause already recorded is kept. */
    public void pauseUntil(String target, Instant until) {
        db.transaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE glam_target_pause SET paused_until = ? WHERE target = ? AND paused_until < ?")) {
                setInstant(update, 1, until);
                update.setString(2, target);
                setInstant(update, 3, until);
                if (update.executeUpdate() > 0) return null;
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO glam_target_pause (target, paused_until) "
                    + "SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM glam_target_pause WHERE target = ?)")) {
                insert.setString(1, target);
                setInstant(insert, 2, until);
                insert.setString(3, target);
                insert.executeUpdate();
            }
            return null;
        });
    }
}
