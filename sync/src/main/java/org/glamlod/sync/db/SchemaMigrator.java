package org.glamlod.sync.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a job database's schema up to date with numbered SQL migrations, one resource per dialect:
 * {@code org/glamlod/sync/db/{h2|postgresql}/V{n}__{description}.sql}. Each applied migration is recorded in
 * {@code glam_schema_version} with a checksum, so an edited migration or a database written by newer code is
 * refused instead of silently diverging. The caller holds the migration lock (one node migrates at a time).
 */
final class SchemaMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final String RESOURCE_ROOT = "/org/glamlod/sync/db/";

    /** Every migration, in order; each exists for every dialect. Never edit one that shipped: add the next. */
    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "quartz"),
            new Migration(2, "sync_state"),
            new Migration(3, "job_runs"),
            new Migration(4, "target_pause"));

    /** One schema step. */
    record Migration(int version, String description) {
        String resource(Dialect dialect) {
            return RESOURCE_ROOT + dialect.resourceDir() + "/V" + version + "__" + description + ".sql";
        }

        String text(Dialect dialect) {
            try (InputStream in = SchemaMigrator.class.getResourceAsStream(resource(dialect))) {
                if (in == null) {
                    throw new IllegalStateException("migration resource missing from the build: " + resource(dialect));
                }
                // Line endings normalised so that a checkout with CRLF does not look like an edited migration.
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String checksum(Dialect dialect) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(text(dialect).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JVM", e);
            }
        }

        /**
         * The statements of the migration: {@code --} comment lines dropped, split at a {@code ;} that ends a line.
         * Our migrations are plain DDL, so this is all the SQL parsing they need.
         */
        List<String> statements(Dialect dialect) {
            StringBuilder sql = new StringBuilder();
            for (String line : text(dialect).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    sql.append(line).append('\n');
                }
            }
            List<String> statements = new ArrayList<>();
            for (String statement : sql.toString().split(";[ \t]*\n")) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip().replaceFirst(";$", ""));
                }
            }
            return statements;
        }
    }

    private record Applied(int version, String description, String checksum) {
    }

    private final Dialect dialect;
    private final String where;

    SchemaMigrator(Dialect dialect, String where) {
        this.dialect = dialect;
        this.where = where;
    }

    /** Applies the pending migrations, each in its own transaction; returns the schema version reached. */
    int migrate(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS glam_schema_version ("
                    + "version INTEGER NOT NULL PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, "
                    + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "checksum VARCHAR(64) NOT NULL)");
        }
        TreeMap<Integer, Applied> applied = applied(c);
        int known = MIGRATIONS.get(MIGRATIONS.size() - 1).version();
        if (!applied.isEmpty() && applied.lastKey() > known) {
            throw new JobDatabaseException("job database " + where + " has schema version " + applied.lastKey()
                    + " but this glam knows versions up to " + known
                    + ": it was upgraded by a newer glam. Run that newer version, or restore a backup taken before the upgrade.");
        }
        for (Migration m : MIGRATIONS) {
            Applied a = applied.get(m.version());
            if (a != null) {
                String expected = m.checksum(dialect);
                if (!a.checksum().equals(expected)) {
                    throw new JobDatabaseException("job database " + where + ": migration V" + m.version() + " (" + m.description()
                            + ") was changed after it was applied (checksum in the database " + a.checksum()
                            + ", in this build " + expected + "). Restore the migration as it shipped and put the change"
                            + " in a new migration V" + (known + 1) + "; never edit an applied migration.");
                }
            } else if (!applied.isEmpty() && applied.lastKey() > m.version()) {
                throw new JobDatabaseException("job database " + where + ": migration V" + m.version() + " (" + m.description()
                        + ") is missing although V" + applied.lastKey() + " was applied; restore the database from a backup.");
            } else {
                apply(c, m);
            }
        }
        return known;
    }

    private TreeMap<Integer, Applied> applied(Connection c) throws SQLException {
        TreeMap<Integer, Applied> applied = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, description, checksum FROM glam_schema_version")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), new Applied(rs.getInt(1), rs.getString(2), rs.getString(3)));
            }
        }
        return applied;
    }

    private void apply(Connection c, Migration m) throws SQLException {
        // PostgreSQL runs DDL in transactions, so a failed migration leaves nothing behind; H2 commits each DDL
        // statement, which is why a failed H2 migration is reported with its statement for the operator.
        c.setAutoCommit(false);
        String current = null;
        try (Statement s = c.createStatement()) {
            for (String statement : m.statements(dialect)) {
                current = statement;
                s.execute(statement);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO glam_schema_version (version, description, applied_at, checksum) VALUES (?, ?, ?, ?)")) {
                ps.setInt(1, m.version());
                ps.setString(2, m.description());
                ps.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                ps.setString(4, m.checksum(dialect));
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new JobDatabaseException("job database " + where + ": migration V" + m.version() + " (" + m.description()
                    + ") failed at: " + firstLine(current) + " : " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(true);
        }
        LOG.info("job database {}: applied migration V{} {}", where, m.version(), m.description());
    }

    private static String firstLine(String statement) {
        if (statement == null) {
            return "(recording the version)";
        }
        int nl = statement.indexOf('\n');
        return nl < 0 ? statement : statement.substring(0, nl) + " ...";
    }
}
