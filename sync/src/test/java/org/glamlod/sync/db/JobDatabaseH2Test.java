package org.glamlod.sync.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobDatabaseH2Test extends JobDatabaseContract {
    @TempDir
    Path data;

    @Override
    JobDatabase.Settings settings() {
        return JobDatabase.Settings.embedded(data);
    }

    @Test
    void embeddedDatabaseLivesUnderDataJobs() {
        try (JobDatabase db = JobDatabase.open(settings())) {
            assertThat(db.dialect()).isEqualTo(Dialect.H2);
        }
        assertThat(Files.exists(data.resolve("jobs").resolve("jobs.mv.db"))).isTrue();
    }

    @Test
    void settingsNeverPrintThePassword() {
        JobDatabase.Settings s = new JobDatabase.Settings(
                "jdbc:postgresql://db.internal/glam?user=glam&password=s3cret&ssl=true", "glam", "hunter2", 8);
        assertThat(s.toString()).doesNotContain("s3cret").doesNotContain("hunter2")
                .contains("password=***", "ssl=true", "user=glam", "poolSize=8");
        assertThat(new JobDatabase.Settings("jdbc:h2:mem:x", null, null, 1).toString()).contains("password=none");
    }

    @Test
    void unsupportedDatabasesAndPoolSizesAreRefused() {
        assertThatThrownBy(() -> new JobDatabase.Settings("jdbc:mysql://db/glam?password=s3cret", "u", null, 5))
                .hasMessageContaining("jdbc:h2:").hasMessageContaining("password=***").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> new JobDatabase.Settings("jdbc:h2:mem:x", null, null, 0))
                .hasMessageContaining("pool size");
    }
}
