package org.glamlod.sync.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job database: operational state (Quartz tables, per-item sync state, job runs) behind one HikariCP pool.
 * Embedded H2 by default; PostgreSQL when several nodes share the work. {@link #open} brings the schema up to date.
 */
public final class JobDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobDatabase.class);

    /** SQL states worth retrying a whole transaction for: serialization failure, deadlock, H2's concurrent update. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "90131");
    private static final int TRANSACTION_ATTEMPTS = 5;

    /** H2 is single-node, so a JVM-wide lock per (database, name) is the cluster-wide lock. */
    private static final Map<String, ReentrantLock> H2_LOCKS = new ConcurrentHashMap<>();

    private final Settings settings;
    private final Dialect dialect;
    private final HikariDataSource pool;
    private final int schemaVersion;

    /**
     * Where the job database is and how many connections to pool.
     *
     * @param url      JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql://...})
     * @param user     database user, may be null when the URL carries it
     * @param password may be null; never printed
     * @param poolSize connections in the pool: the scheduler needs its thread count + 4, the sync loop a few more
     */
    public record Settings(String url, String user, String password, int poolSize) {
        public static final int DEFAULT_POOL_SIZE = 10;
        private static final Pattern URL_SECRET = Pattern.compile("(?i)(password=)[^&;]*");

        public Settings {
            Objects.requireNonNull(url, "url");
            Dialect.of(url);
            if (poolSize < 1) {
                throw new IllegalArgumentException("job database pool size must be at least 1, not " + poolSize);
            }
        }

        /**
         * The embedded default: an H2 file database {@code {dataDir}/jobs/jobs.mv.db}. We close it ourselves
         * (DB_CLOSE_ON_EXIT=FALSE, so a shutdown hook cannot close it under a job that is still finishing), no
         * second process may open it (AUTO_SERVER=FALSE: one node owns an embedded database), and row locks are
         * waited for up to 10 s rather than H2's 1 s, as sync transactions and Quartz share the tables. Commits are
         * written out at once (WRITE_DELAY=0) rather than up to half a second later, so a killed process keeps every
         * transaction it committed: the sync loop's "never repeat a finished item" rests on that.
         */
        public static Settings embedded(Path dataDir) {
            Path file = dataDir.resolve("jobs").resolve("jobs").toAbsolutePath();
            return new Settings("jdbc:h2:file:" + file
                    + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0",
                    "glam", null, DEFAULT_POOL_SIZE);
        }

        public Dialect dialect() {
            return Dialect.of(url);
        }

        /** The URL with any {@code password=} parameter masked, fit for logs and messages. */
        public String displayUrl() {
            return maskSecrets(url);
        }

        static String maskSecrets(String url) {
            return URL_SECRET.matcher(url).replaceAll("$1***");
        }

        @Override
        public String toString() {
            return "Settings[url=" + displayUrl() + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                    + ", poolSize=" + poolSize + "]";
        }
    }

    /** SQL work on a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private JobDatabase(Settings settings, HikariDataSource pool, int schemaVersion) {
        this.settings = settings;
        this.dialect = settings.dialect();
        this.pool = pool;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens the pool and applies pending schema migrations (once per database, even when several nodes start at once).
     *
     * @throws JobDatabaseException when the database is unreachable or its schema is refused (changed migration,
     *                              database newer than this code)
     */
    public static JobDatabase open(Settings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("glam-jobs");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        // Fail fast at start-up with the driver's own message rather than after Hikari's 30 s default.
        config.setInitializationFailTimeout(10_000);
        config.setConnectionTimeout(30_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new JobDatabaseException("job database " + settings.displayUrl() + " cannot be opened: " + rootMessage(e), e);
        }
        try {
            int version = exclusively(pool, settings, "glam-schema-migration",
                    c -> new SchemaMigrator(settings.dialect(), settings.displayUrl()).migrate(c));
            LOG.info("job database {} ({}) open at schema version {}", settings.displayUrl(), settings.dialect(), version);
            return new JobDatabase(settings, pool, version);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The schema version reached by the migrations when the database was opened. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** The database's URL with secrets masked, for logs and messages. */
    public String displayUrl() {
        return settings.displayUrl();
    }

    /**
     * Runs {@code work} in one transaction and commits it; rolls back on failure. A transaction that loses a
     * serialization conflict or deadlock is re-run (so {@code work} must only touch the database).
     */
    public <T> T transaction(SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try {
                    T result = work.apply(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                if (attempt < TRANSACTION_ATTEMPTS && TRANSIENT_STATES.contains(e.getSQLState())) {
                    continue;
                }
                throw new JobDatabaseException("job database: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Runs {@code work} while holding the database-wide lock {@code name}: a PostgreSQL advisory lock (so all nodes
     * sharing the database wait for each other), a JVM-wide lock on H2 (which only one node can open). The work
     * gets the connection that holds the lock and manages its own transactions on it.
     */
    public <T> T exclusively(String name, SqlWork<T> work) {
        return exclusively(pool, settings, name, work);
    }

    private static <T> T exclusively(HikariDataSource pool, Settings settings, String name, SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            if (settings.dialect() == Dialect.POSTGRESQL) {
                long key = lockKey(name);
                advisory(c, "SELECT pg_advisory_lock(?)", key);
                try {
                    return work.apply(c);
                } finally {
                    if (!c.getAutoCommit()) {
                        c.rollback();
                        c.setAutoCommit(true);
                    }
                    advisory(c, "SELECT pg_advisory_unlock(?)", key);
                }
            }
            ReentrantLock lock = H2_LOCKS.computeIfAbsent(settings.url() + "#" + name, k -> new ReentrantLock());
            lock.lock();
            try {
                return work.apply(c);
            } finally {
                lock.unlock();
            }
        } catch (SQLException e) {
            throw new JobDatabaseException("job database: " + e.getMessage(), e);
        }
    }

    private static void advisory(Connection c, String sql, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key);
            ps.execute();
        }
    }

    /** A stable 64-bit advisory lock key for a name (the first 8 bytes of its SHA-256). */
    static long lockKey(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (hash[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() {
        pool.close();
        LOG.info("job database {} closed", settings.displayUrl());
    }

    @Override
    public String toString() {
        return "JobDatabase[" + settings.displayUrl() + ", " + dialect + ", schema " + schemaVersion + "]";
    }
}
