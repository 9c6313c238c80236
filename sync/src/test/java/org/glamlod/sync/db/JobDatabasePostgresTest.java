package org.glamlod.sync.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.glamlod.sync.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobDatabasePostgresTest extends JobDatabaseContract {
    private final List<TestPostgres> schemas = new ArrayList<>();

    @Override
    JobDatabase.Settings settings() {
        try {
            TestPostgres schema = TestPostgres.freshSchema();
            schemas.add(schema);
            return schema.settings();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        for (TestPostgres schema : schemas) {
            schema.close();
        }
    }

    @Test
    void nodesStartingAtOnceMigrateOnce() throws Exception {
        JobDatabase.Settings settings = settings();
        int nodes = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<JobDatabase>> opened = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                opened.add(pool.submit(() -> {
                    go.await();
                    return JobDatabase.open(settings);
                }));
            }
            go.countDown();
            List<JobDatabase> dbs = new ArrayList<>();
            for (Future<JobDatabase> f : opened) {
                dbs.add(f.get());
            }
            assertThat(versions(dbs.get(0))).extracting(Row::version).containsExactly(1, 2, 3, 4);
            for (JobDatabase db : dbs) {
                assertThat(db.schemaVersion()).isEqualTo(SchemaMigrator.MIGRATIONS.size());
                db.close();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
