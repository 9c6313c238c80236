package org.glamlod.sync.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quartz.impl.jdbcjobstore.JobStoreTX;

/**
 * Our V1 migration is a frozen copy of the Quartz jar's DDL. When a Quartz upgrade changes that DDL this test fails:
 * add a migration that takes existing databases to the new Quartz schema (V1 itself must stay as it shipped).
 */
class QuartzDdlTest {

    @ParameterizedTest
    @CsvSource({"H2, tables_h2.sql", "POSTGRESQL, tables_postgres.sql"})
    void migrationV1IsTheQuartzJarsDdl(Dialect dialect, String quartzResource) throws IOException {
        String jar;
        try (InputStream in = JobStoreTX.class.getResourceAsStream(quartzResource)) {
            jar = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> fromJar = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        for (String line : jar.split("\r?\n")) {
            if (!line.strip().startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        for (String statement : sql.toString().split(";")) {
            String s = normalise(statement);
            if (!s.isEmpty() && !s.startsWith("DROP TABLE") && !s.equals("COMMIT")) {
                fromJar.add(s);
            }
        }
        List<String> ours = SchemaMigrator.MIGRATIONS.get(0).statements(dialect).stream().map(QuartzDdlTest::normalise).toList();
        assertThat(ours).as("V1 for %s against the Quartz jar's %s", dialect, quartzResource).isEqualTo(fromJar);
        assertThat(ours).anyMatch(s -> s.startsWith("CREATE TABLE QRTZ_LOCKS"));
    }

    private static String normalise(String statement) {
        return statement.strip().replaceAll("\\s+", " ");
    }
}
