package org.glamlod.sync;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.glamlod.sync.db.JobDatabase;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema in the test PostgreSQL named by {@code GLAM_TEST_POSTGRES_URL} (start one with
 * {@code export GLAM_TEST_POSTGRES_URL="$(.ci/postgres.sh)"}); tests skip when the variable is absent.
 * Dropped with everything in it on close.
 */
public final class TestPostgres implements AutoCloseable {
    public static final String URL_VARIABLE = "GLAM_TEST_POSTGRES_URL";

    private final String baseUrl;
    private final String schema;

    private TestPostgres(String baseUrl, String schema) {
        this.baseUrl = baseUrl;
        this.schema = schema;
    }

    /** Skips the calling test when no test PostgreSQL is configured. */
    public static String baseUrl() {
        String url = System.getenv(URL_VARIABLE);
        Assumptions.assumeTrue(url != null && !url.isBlank(), URL_VARIABLE
                + " is not set, so the PostgreSQL tests are skipped; start a throw-away server with"
                + " export " + URL_VARIABLE + "=\"$(.ci/postgres.sh)\"");
        return url;
    }

    public static TestPostgres freshSchema() throws SQLException {
        String base = baseUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new TestPostgres(base, schema);
    }

    /** The JDBC URL whose default schema is this one. */
    public String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public JobDatabase.Settings settings() {
        return new JobDatabase.Settings(url(), null, null, 10);
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
