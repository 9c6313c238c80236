package org.glamlod.sync.db;

import java.util.Locale;

/** The SQL dialects the job database speaks; chosen by the JDBC URL. */
public enum Dialect {
    /** Embedded, single node: the default under {@code {data}/jobs}. */
    H2("jdbc:h2:", "h2", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate"),
    /** Shared by several nodes: the scheduler runs clustered. */
    POSTGRESQL("jdbc:postgresql:", "postgresql", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");

    private final String urlPrefix;
    private final String resourceDir;
    private final String quartzDelegate;

    Dialect(String urlPrefix, String resourceDir, String quartzDelegate) {
        this.urlPrefix = urlPrefix;
        this.resourceDir = resourceDir;
        this.quartzDelegate = quartzDelegate;
    }

    /** The dialect of a JDBC URL; anything but H2 and PostgreSQL is refused. */
    public static Dialect of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        for (Dialect d : values()) {
            if (url.startsWith(d.urlPrefix)) {
                return d;
            }
        }
        throw new IllegalArgumentException("job database: unsupported JDBC URL (use jdbc:h2:... or jdbc:postgresql://...): "
                + JobDatabase.Settings.maskSecrets(jdbcUrl));
    }

    /** Folder of this dialect's migrations under {@code org/glamlod/sync/db/}. */
    String resourceDir() {
        return resourceDir;
    }

    /** The Quartz driver delegate that speaks this dialect. */
    public String quartzDelegate() {
        return quartzDelegate;
    }

    /** Whether several nodes can share a database of this dialect (so the scheduler runs clustered). */
    public boolean shared() {
        return this == POSTGRESQL;
    }
}
