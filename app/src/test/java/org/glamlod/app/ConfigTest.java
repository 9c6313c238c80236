package org.glamlod.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.glamlod.store.RemoteStore;
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
}
