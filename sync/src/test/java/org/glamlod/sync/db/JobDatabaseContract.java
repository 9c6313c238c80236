package org.glamlod.sync.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What every job database dialect must do: migrate once, record it, refuse changed or newer schemas. */
abstract class JobDatabaseContract {

    /** Settings for an empty database, new for each test. */
    abstract JobDatabase.Settings settings();

    record Row(int version, String description, Instant appliedAt, String checksum) {
    }

    static List<Row> versions(JobDatabase db) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, description, applied_at, checksum FROM glam_schema_version ORDER BY version")) {
            while (rs.next()) {
                rows.add(new Row(rs.getInt(1), rs.getString(2), Jdbc.instant(rs, 3), rs.getString(4)));
            }
        }
        return rows;
    }

    static void execute(JobDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void freshDatabaseGetsEveryMigrationRecordedWithItsChecksum() throws SQLException {
        JobDatabase.Settings settings = settings();
        try (JobDatabase db = JobDatabase.open(settings)) {
            assertThat(db.dialect()).isEqualTo(settings.dialect());
            assertThat(db.schemaVersion()).isEqualTo(SchemaMigrator.MIGRATIONS.size());
            List<Row> rows = versions(db);
            assertThat(rows).extracting(Row::version).containsExactly(1, 2, 3, 4);
            assertThat(rows).extracting(Row::description).containsExactly("quartz", "sync_state", "job_runs", "target_pause");
            for (Row row : rows) {
                SchemaMigrator.Migration m = SchemaMigrator.MIGRATIONS.get(row.version() - 1);
                assertThat(row.checksum()).hasSize(64).isEqualTo(m.checksum(db.dialect()));
                assertThat(row.appliedAt()).isNotNull();
            }
            // the tables the migrations promise are there and empty
            for (String table : List.of("QRTZ_JOB_DETAILS", "QRTZ_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_LOCKS",
                    "QRTZ_FIRED_TRIGGERS", "QRTZ_SCHEDULER_STATE", "glam_sync_state", "glam_job_run")) {
                try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).as(table).isZero();
                }
            }
        }
    }

    @Test
    void reopeningDoesNotRunMigrationsAgain() throws SQLException {
        JobDatabase.Settings settings = settings();
        List<Row> first;
        try (JobDatabase db = JobDatabase.open(settings)) {
            first = versions(db);
            execute(db, "INSERT INTO QRTZ_LOCKS (SCHED_NAME, LOCK_NAME) VALUES ('kept', 'TRIGGER_ACCESS')");
        }
        try (JobDatabase db = JobDatabase.open(settings)) {
            assertThat(versions(db)).isEqualTo(first);
            assertThat(db.schemaVersion()).isEqualTo(SchemaMigrator.MIGRATIONS.size());
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT SCHED_NAME FROM QRTZ_LOCKS")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("kept");
            }
        }
    }

    @Test
    void changedMigrationIsRefusedSayingHowToRecover() throws SQLException {
        JobDatabase.Settings settings = settings();
        try (JobDatabase db = JobDatabase.open(settings)) {
            execute(db, "UPDATE glam_schema_version SET checksum = '" + "0".repeat(64) + "' WHERE version = 2");
        }
        assertThatThrownBy(() -> JobDatabase.open(settings))
                .isInstanceOf(JobDatabaseException.class)
                .hasMessageContaining("migration V2 (sync_state) was changed after it was applied")
                .hasMessageContaining("new migration V" + (SchemaMigrator.MIGRATIONS.size() + 1));
    }

    @Test
    void databaseOfNewerCodeIsRefused() throws SQLException {
        JobDatabase.Settings settings = settings();
        int known = SchemaMigrator.MIGRATIONS.size();
        try (JobDatabase db = JobDatabase.open(settings)) {
            execute(db, "INSERT INTO glam_schema_version (version, description, applied_at, checksum) "
                    + "VALUES (" + (known + 1) + ", 'future', CURRENT_TIMESTAMP, '" + "f".repeat(64) + "')");
        }
        assertThatThrownBy(() -> JobDatabase.open(settings))
                .isInstanceOf(JobDatabaseException.class)
                .hasMessageContaining("schema version " + (known + 1) + " but this glam knows versions up to " + known)
                .hasMessageContaining("newer glam");
    }
}
