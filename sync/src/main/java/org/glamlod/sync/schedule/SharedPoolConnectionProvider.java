package org.glamlod.sync.schedule;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.quartz.utils.ConnectionProvider;

/**
 * Gives Quartz connections from the job database's pool, so the scheduler and the sync state share one pool (and one
 * set of credentials) instead of Quartz opening its own. The pool belongs to the job database: shutdown leaves it open.
 */
final class SharedPoolConnectionProvider implements ConnectionProvider {
    private final DataSource pool;

    SharedPoolConnectionProvider(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void initialize() {
        // the pool is open already
    }

    @Override
    public void shutdown() {
        // the job database closes the pool
    }
}
