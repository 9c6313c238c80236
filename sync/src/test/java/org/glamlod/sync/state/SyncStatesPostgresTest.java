package org.glamlod.sync.state;

import java.sql.SQLException;

import org.glamlod.sync.TestPostgres;
import org.glamlod.sync.db.JobDatabase;
import org.junit.jupiter.api.AfterEach;

class SyncStatesPostgresTest extends SyncStatesContract {
    private TestPostgres schema;

    @Override
    JobDatabase.Settings settings() {
        try {
            if (schema == null) {
                schema = TestPostgres.freshSchema();
            }
            return schema.settings();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            schema.close();
        }
    }
}
