package org.glamlod.sync.state;

import java.nio.file.Path;

import org.glamlod.sync.db.JobDatabase;
import org.junit.jupiter.api.io.TempDir;

class SyncStatesH2Test extends SyncStatesContract {
    @TempDir
    Path data;

    @Override
    JobDatabase.Settings settings() {
        return JobDatabase.Settings.embedded(data);
    }
}
