package org.glamlod.sync.core;

import org.glamlod.sync.TestPostgres;
import org.glamlod.sync.db.JobDatabase;
import org.junit.jupiter.api.AfterEach;

/** The same passes with the job database on PostgreSQL, where a pass holds an advisory lock; skipped without one. */
class SyncRunPostgresTest extends SyncRunTest {
    private TestPostgres postgres;

    @Override
    JobDatabase.Settings settings() throws Exception {
        postgres = TestPostgres.freshSchema();
        return postgres.settings();
    }

    @Override
    @AfterEach
    void close() throws Exception {
        super.close();
        if (postgres != null) {
            postgres.close();
        }
    }
}
