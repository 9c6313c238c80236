package org.glamlod.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.glamlod.store.ObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glam ingest} from the shaded jar: summary, exit codes, the report, re-ingest, --full, constant memory. */
class IngestEndToEndTest {
    private static final Path MAPPING = Cli.ROOT.resolve("tests/src/test/resources/ingest/museum.yaml");
    private static final Path CSV = Cli.ROOT.resolve("tests/src/test/resources/ingest/objects.csv");

    @Test
    void badRecordsAreReportedAndTheGoodOnesLoaded(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Path report = tmp.resolve("report.jsonl");
        Cli.Result r = Cli.jar("ingest", "--mapping", MAPPING.toString(), "--data", data.toString(),
                "--report", report.toString(), CSV.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.out()).contains("7 records read: 4 created, 0 updated, 0 unchanged, 0 deleted, 3 rejected")
                .contains("  warning A.3 (" + CSV + ":4): object.production.date: not a date").contains("All problems, one JSON line each: " + report);
        try (ObjectStore store = ObjectStore.open(data)) {
            assertThat(store.graphNames()).extracting(n -> n.substring(n.lastIndexOf('/') + 1))
                    .containsExactly("A.1", "A.2", "A.3", "A.5");
        }
        List<JsonNode> problems = report(report);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("record").asText()).endsWith("objects.csv:5");
            assertThat(p.get("field").asText()).isEqualTo("id");
            assertThat(p.get("severity").asText()).isEqualTo("error");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("id").asText()).isEqualTo("A.1");
            assertThat(p.get("message").asText()).contains("duplicate id");
            assertThat(p.get("record").asText()).endsWith("objects.csv:6");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("record").asText()).endsWith("objects.csv:7");
            assertThat(p.get("field").asText()).isEqualTo("input");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("id").asText()).isEqualTo("A.3");
            assertThat(p.get("field").asText()).isEqualTo("object.production.date");
            assertThat(p.get("severity").asText()).isEqualTo("warning");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("id").asText()).isEqualTo("A.5");
            assertThat(p.get("message").asText()).contains("rights left unknown");
        });
    }

    @Test
    void reIngestWritesNothingAndFullDeletesWhatIsGone(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        String[] base = {"ingest", "--mapping", MAPPING.toString(), "--data", data.toString()};
        Cli.jar(concat(base, CSV.toString()));
        Cli.Result again = Cli.jar(concat(base, CSV.toString()));
        assertThat(again.out()).contains("0 created, 0 updated, 4 unchanged, 0 deleted");

        Path smaller = tmp.resolve("smaller.csv");
        List<String> lines = Files.readAllLines(CSV, StandardCharsets.UTF_8);
        Files.write(smaller, List.of(lines.get(0), lines.get(1), lines.get(2)), StandardCharsets.UTF_8);
        Cli.Result full = Cli.jar(concat(base, "--full", smaller.toString()));
        assertThat(full.exit()).as(full.out() + full.err()).isZero();
        assertThat(full.out()).contains("2 unchanged, 2 deleted");
        try (ObjectStore store = ObjectStore.open(data)) {
            assertThat(store.graphNames()).hasSize(2);
        }
    }

    /** 20,000 records (1.2 million triples) through a 128 MB heap: only streaming can do that. */
    @Test
    void ingestStreamsInConstantMemory(@TempDir Path tmp) throws Exception {
        Path input = tmp.resolve("big.csv.gz");
        try (BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(input)), StandardCharsets.UTF_8))) {
            w.write("number,title,type,maker,date,dimensions,image,image_rights\n");
            for (int i = 0; i < 20_000; i++)
                w.write("N." + i + ",Study number " + i + " of a harbour in the morning light,painting,Maker " + (i % 500)
                        + ",ca. " + (1600 + i % 300) + "," + (20 + i % 50) + " x " + (30 + i % 40) + " cm,https://img.example.org/" + i + ".jpg,CC0\n");
        }
        Path data = tmp.resolve("data");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-jar", Cli.JAR.toString(), "ingest", "--mapping", MAPPING.toString(), "--data", data.toString(), input.toString());
        Cli.Result r = Cli.run(cmd, Map.of());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("20,000 records read: 20,000 created");
    }

    @Test
    void theBenchmarkPrintsItsFigures() throws Exception {
        Cli.Result r = Cli.jar("bench", "ingest", "--records", "300");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("300 records").containsPattern("map only .* records/s .* triples/s")
                .containsPattern("bulk load into an empty store .* records/s").containsPattern("re-ingest, nothing changed .* records/s")
                .containsPattern("re-ingest, 10% changed .* records/s").containsPattern("peak heap used [0-9,]+ MB");
    }

    private static List<JsonNode> report(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("report line is not JSON: " + l, e);
            }
        }).toList();
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
