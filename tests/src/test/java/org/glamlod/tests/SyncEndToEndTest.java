package org.glamlod.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code glam sync} as an operator runs it: an offline dry run over the demo collection writes what it would send to
 * Wikidata (QuickStatements per item) and sends and records nothing; a dry run that cannot reach the wiki says so
 * per item and still shows each projection; a missing target configuration says what to add.
 */
class SyncEndToEndTest {
    @Test
    void aDryRunWritesWhatWouldBeSentAndChangesNothing(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        assertThat(Cli.jar("demo", "--no-serve", "--data", data.toString()).exit()).isZero();
        Path config = Files.writeString(tmp.resolve("glam.yaml"), """
                targets:
                  wikidata:
                    api: http://127.0.0.1:9/w/api.php
                    contact: collections@museum.example
                    institution: Q4115189
                    collection: Q4115189
                    collection-short-name: EMA
                    languages: [en, nl]
                """);
        Path report = tmp.resolve("dry-run.md");
        Cli.Result dry = Cli.jar("sync", "wikidata", "--dry-run", "--offline", "--report", report.toString(),
                "--data", data.toString(), "--config", config.toString());
        assertThat(dry.exit()).as(dry.out() + dry.err()).isIn(0, 3);
        assertThat(dry.out()).contains("What would change: " + report).doesNotContain("batch");
        assertThat(tmp.resolve("dry-run.qs")).as("offline, no batch: it could only guess").doesNotExist();
        String text = Files.readString(report);
        assertThat(text).contains("Offline: no request was made").contains("SK-A-2344").contains("CREATE").contains("P217")
                .contains("Q41264");
        // nothing was recorded: a second dry run finds the same items due; this one tries to read the (dead) wiki
        Path again = tmp.resolve("again.md");
        Cli.Result online = Cli.jar("sync", "wikidata", "--dry-run", "--report", again.toString(), "--data", data.toString(),
                "--config", config.toString());
        assertThat(online.exit()).as(online.out() + online.err()).isIn(0, 3);
        String againText = Files.readString(again);
        assertThat(againText).contains("The remote record could not be read");
        assertThat(online.out()).contains("The same as a batch: " + tmp.resolve("again.qs"));
        assertThat(againText.lines().filter(l -> l.contains("CREATE")).count())
                .isEqualTo(text.lines().filter(l -> l.contains("CREATE")).count());
        assertThat(Cli.jar("sync", "wikidata", "--offline", "--data", data.toString(), "--config", config.toString()).err())
                .contains("--offline goes with --dry-run");

        Cli.Result unconfigured = Cli.jar("sync", "wikidata", "--data", data.toString());
        assertThat(unconfigured.exit()).isEqualTo(1);
        assertThat(unconfigured.err()).contains("targets.wikidata").contains("docs/configuration.md");
        Cli.Result noPassword = Cli.jar("sync", "wikidata", "--data", data.toString(), "--config", config.toString());
        assertThat(noPassword.exit()).isEqualTo(1);
        assertThat(noPassword.err()).contains("password-file").contains("--dry-run");
        assertThat(Cli.jar("sync", "--help").out()).contains("--dry-run").contains("--limit");
    }
}
