package org.glamlod.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.time.Duration;
import org.glamlod.store.RemoteStore;
import org.glamlod.sync.db.JobDatabase;
import org.glamlod.sync.schedule.JobScheduler;
import org.glamlod.sync.schedule.JobSpec;
import org.glamlod.sync.schedule.Misfire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @Test
    void readsEveryKeyWithPathsRelativeToTheFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("glam.yaml");
        Files.writeString(f, """
                institution: Statens Museum for Kunst
                base-uri: https://open.smk.example/
                data: store
                server: { port: 8080, host: 0.0.0.0, passwords: secrets/passwd, query-timeout: 2m }
                store: { endpoint: http://triples.internal:3030/glam }
                """);
        Config c = Config.load(f);
        assertThat(c.institution()).isEqualTo("Statens Museum for Kunst");
        assertThat(c.baseUri()).isEqualTo("https://open.smk.example/");
        assertThat(c.data()).isEqualTo(dir.resolve("store"));
        assertThat(c.server().port()).isEqualTo(8080);
        assertThat(c.server().passwords()).isEqualTo(dir.resolve("secrets/passwd"));
        assertThat(c.server().timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.store().endpoint()).isEqualTo("http://triples.internal:3030/glam");
    }

    @Test
    void aTypoIsAnErrorThatSaysWhatIsKnown(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("glam.yaml");
        Files.writeString(f, "server: { prot: 8080 }\n");
        assertThatThrownBy(() -> Config.load(f)).hasMessageContaining("unknown key 'prot' at server.prot")
                .hasMessageContaining("port").hasMessageContaining("docs/configuration.md");
        Files.writeString(f, "server: { port: eighty }\n");
        assertThatThrownBy(() -> Config.load(f)).hasMessageContaining("server.port");
        assertThatThrownBy(() -> Config.load(dir.resolve("missing.yaml"))).hasMessageContaining("no configuration file");
    }

    /** The configuration's data directory and base URI are used by the commands; --data still wins. */
    @Test
    void commandsTakeTheirDefaultsFromTheConfiguration(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("objects.csv");
        Files.writeString(csv, "object_number,title,object_type\nX.1,Jug,vase\n");
        Path f = dir.resolve("glam.yaml");
        Files.writeString(f, "base-uri: https://open.museum.example/\ndata: store\n");
        assertThat(Glam.run("ingest", "--config", f.toString(), "--mapping", "csv", csv.toString())).isZero();
        try (var store = org.glamlod.store.ObjectStore.open(dir.resolve("store"))) {
            assertThat(store.graphNames()).containsExactly("https://open.museum.example/object/X.1");
        }
        assertThat(Glam.run("ingest", "--config", f.toString(), "--data", dir.resolve("other").toString(),
                "--mapping", "csv", csv.toString())).isZero();
        assertThat(dir.resolve("other/tdb2")).isDirectory();
    }

    @Test
    void remoteModeReadsItsLoginFromTheFileAndKeepsThePasswordOutOfMessages(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pw"), "hunter22\n");
        Path f = Files.writeString(dir.resolve("glam.yaml"), """
                store:
                  endpoint: http://localhost:1/glam
                  update: http://localhost:1/glam/write
                  user: ingester
                  password-file: pw
                """);
        DataOptions options = new DataOptions();
        options.configFile = f;
        options.data = dir;
        RemoteStore.Settings s = options.config().store().settings();
        assertThat(s.query()).isEqualTo("http://localhost:1/glam/sparql");
        assertThat(s.update()).isEqualTo("http://localhost:1/glam/write");
        assertThat(s.user()).isEqualTo("ingester");
        assertThat(s.password()).isEqualTo("hunter22");
        assertThat(s.toString()).doesNotContain("hunter22");
        // nothing answers there: the command fails at once, naming the address, and never the password
        assertThatThrownBy(options::openStore).hasMessageContaining("http://localhost:1/glam")
                .hasMessageContaining("is it running").message().doesNotContain("hunter22");
        assertThatThrownBy(() -> options.openLocalStore("compact")).hasMessageContaining("/$/compact");

        Files.writeString(f, "store: { endpoint: http://localhost:1/glam, user: ingester }\n");
        DataOptions half = new DataOptions();
        half.configFile = f;
        assertThatThrownBy(() -> half.config().store().settings()).hasMessageContaining("go together");
    }

    @Test
    void durationsAsPeopleWriteThem() {
        assertThat(Config.parseDuration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Config.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Config.parseDuration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Config.parseDuration("PT45S")).isEqualTo(Duration.ofSeconds(45));
        assertThatThrownBy(() -> Config.parseDuration("soon")).hasMessageContaining("write e.g. 30s");
    }

    @Test
    void withoutAFileEverythingHasItsDefault() {
        Config c = Config.empty();
        assertThat(c.baseUriOr(Config.DEFAULT_BASE_URI)).isEqualTo(Config.DEFAULT_BASE_URI);
        assertThat(c.server().timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void readsTheJobDatabaseTheScheduleAndTheSources(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(dir.resolve("secrets/jobs-db"), "s3cret\n");
        Path f = dir.resolve("glam.yaml");
        Files.writeString(f, """
                jobs:
                  database: jdbc:postgresql://db.internal/glam
                  user: glam
                  password-file: secrets/jobs-db
                  pool-size: 12
                  node-id: node-a
                  threads: 4
                schedule:
                  dumps: "0 0 4 * * ?"
                  validate: "0 30 4 * * ?"
                  compact: "0 0 5 ? * SUN"
                  ingest-smk: "0 0 1 * * ?"
                sources:
                  smk: { mapping: smk, input: "https://api.smk.dk/api/v1/art/search/?keys=*", full: true }
                  files: { mapping: csv, input: [exports/a.csv, exports/b.csv] }
                """);
        Config c = Config.load(f);
        JobDatabase.Settings db = c.jobs().settings(dir.resolve("data"));
        assertThat(db.url()).isEqualTo("jdbc:postgresql://db.internal/glam");
        assertThat(db.user()).isEqualTo("glam");
        assertThat(db.password()).isEqualTo("s3cret");
        assertThat(db.poolSize()).isEqualTo(12);
        assertThat(db.toString()).doesNotContain("s3cret");
        assertThat(c.jobs().options().instanceId()).isEqualTo("node-a");
        assertThat(c.jobs().options().threads()).isEqualTo(4);
        assertThat(c.jobSpecs()).extracting(JobSpec::name).containsExactly("compact", "dumps", "ingest-smk", "validate");
        assertThat(c.jobSpecs()).filteredOn(j -> j.name().equals("compact")).extracting(JobSpec::misfire).containsExactly(Misfire.SKIP_TO_NEXT);
        assertThat(c.sources().get("smk").input()).containsExactly("https://api.smk.dk/api/v1/art/search/?keys=*");
        assertThat(c.sources().get("smk").full()).isTrue();
        assertThat(c.sources().get("files").input()).containsExactly(dir.resolve("exports/a.csv").toString(), dir.resolve("exports/b.csv").toString());
        assertThat(c.sources().get("files").full()).isFalse();
    }

    @Test
    void withoutAJobsSectionTheJobDatabaseIsTheEmbeddedOne(@TempDir Path dir) {
        Config c = Config.empty();
        assertThat(c.jobs().settings(dir)).isEqualTo(JobDatabase.Settings.embedded(dir));
        assertThat(c.jobs().options()).isEqualTo(JobScheduler.Options.defaults());
        assertThat(c.jobSpecs()).isEmpty();
    }

    @Test
    void anUnknownJobOrABadCronIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("glam.yaml");
        Files.writeString(f, "schedule: { dumps: \"0 0 4 * * ?\", sync-wikidata: \"0 15 2 * * ?\" }\n");
        assertThatThrownBy(() -> Config.load(f)).as("a sync job needs its target configured")
                .hasMessageContaining("unknown job 'sync-wikidata'").hasMessageContaining("known: dumps, validate, compact");
        Files.writeString(f, "schedule: { ingest-rkd: \"0 0 1 * * ?\" }\nsources: { smk: { mapping: smk, input: x.json } }\n");
        assertThatThrownBy(() -> Config.load(f)).hasMessageContaining("unknown job 'ingest-rkd'").hasMessageContaining("ingest-smk")
                .hasMessageContaining("needs its source under sources:");
        Files.writeString(f, "schedule: { dumps: \"0 4 * * *\" }\n");
        assertThatThrownBy(() -> Config.load(f)).hasMessageContaining("job 'dumps'").hasMessageContaining("Quartz cron has 6 or 7");
        Files.writeString(f, "jobs: { databse: jdbc:h2:mem:x }\n");
        assertThatThrownBy(() -> Config.load(f)).hasMessageContaining("unknown key 'databse' at jobs.databse");
        Files.writeString(f, "sources: { smk: { mapping: smk } }\n");
        assertThatThrownBy(() -> Config.load(f)).hasMessageContaining("sources.smk needs a mapping and an input");
    }

    @Test
    void theWikidataTargetTakesTheMuseumsItemsAndItsBotLoginFromAFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bot"), "b0t-pass\n");
        Path f = Files.writeString(dir.resolve("glam.yaml"), """
                targets:
                  wikidata:
                    contact: collections@museum.example
                    institution: Q1471477
                    collection: Q1471478
                    collection-short-name: SMK
                    languages: [da, en]
                    user: Museum@glam-lod
                    password-file: bot
                    requests-per-second: 0.5
                schedule:
                  sync-wikidata: "0 15 2 * * ?"
                """);
        Config c = Config.load(f);
        assertThat(c.jobSpecs()).extracting(JobSpec::name).containsExactly("sync-wikidata");
        Config.Wikidata w = c.targets().wikidata();
        assertThat(w.settings().institution()).isEqualTo("Q1471477");
        assertThat(w.settings().collection()).isEqualTo("Q1471478");
        assertThat(w.settings().languages()).containsExactly("da", "en");
        assertThat(w.settings().apiUrl()).isEqualTo("https://www.wikidata.org/w/api.php");
        assertThat(w.password()).isEqualTo("b0t-pass".toCharArray());
        assertThat(w.rate()).isEqualTo(0.5);
        assertThat(w.mode()).as("sends unless told").isEqualTo(Config.Wikidata.Mode.SEND);

        Files.writeString(f, "targets: { wikidata: { contact: a@b.example, institution: Q1 } }\n");
        assertThatThrownBy(() -> Config.load(f).targets().wikidata().settings()).hasMessageContaining("needs institution, collection");
        Files.writeString(f, "targets: { wikidata: { contact: a@b.example, institution: Q1, collection: Q2 } }\n");
        assertThatThrownBy(() -> Config.load(f).targets().wikidata().password()).hasMessageContaining("--dry-run needs neither");
        Files.writeString(f, "targets: { wikidata: { contct: a@b.example } }\n");
        assertThatThrownBy(() -> Config.load(f)).hasMessageContaining("unknown key 'contct'");
    }

    @Test
    void aTargetCanBeSetToDryRunsOnly(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("glam.yaml");
        Map<String, Config.Wikidata.Mode> modes = Map.of("true", Config.Wikidata.Mode.DRY_RUN, "false", Config.Wikidata.Mode.SEND,
                "offline", Config.Wikidata.Mode.OFFLINE_DRY_RUN, "\"offline\"", Config.Wikidata.Mode.OFFLINE_DRY_RUN);
        for (Map.Entry<String, Config.Wikidata.Mode> m : modes.entrySet()) {
            Files.writeString(f, "targets: { wikidata: { contact: a@b.example, dry-run: " + m.getKey() + " } }\n");
            assertThat(Config.load(f).targets().wikidata().mode()).as(m.getKey()).isEqualTo(m.getValue());
        }
        Files.writeString(f, "targets: { wikidata: { contact: a@b.example, dry-run: sometimes } }\n");
        assertThatThrownBy(() -> Config.load(f)).hasMessageContaining("targets.wikidata.dry-run is true, false or offline, not 'sometimes'");
    }
}
