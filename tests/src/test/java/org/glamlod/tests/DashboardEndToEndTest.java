package org.glamlod.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.glamlod.sync.db.JobDatabase;
import org.glamlod.sync.state.SyncStates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduler, the dashboard and {@code glam status} as an operator meets them: the demo data served by
 * {@code glam serve} from the shaded jar with a schedule (validate every 2 s, dumps nightly and once at start) and some
 * sync state; the scheduled runs show up in {@code /dashboard/api}; the page answers on this machine (and renders in
 * headless Chromium); {@code glam status} prints the same while the server holds the job database, and after it stopped.
 */
class DashboardEndToEndTest {
    private static final Pattern DASHBOARD = Pattern.compile("Dashboard +(http://\\S+/dashboard)\\b");
    private static final String FAILED = "https://collection.example.org/object/SK-C-5";
    private static final String ERROR = "<b>maxlag</b>: the servers are lagging";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    @TempDir
    static Path scratch;
    private static Path data;
    private static Path config;
    private static Served served;
    private static String dashboard;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serveWithASchedule() throws Exception {
        data = dir.resolve("data");
        Cli.Result demo = Cli.jar("demo", "--no-serve", "--data", data.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        // sync state as the sync loop leaves it: one item per state that needs an operator, two synced
        try (JobDatabase db = JobDatabase.open(JobDatabase.Settings.embedded(data))) {
            SyncStates states = new SyncStates(db);
            states.markFailed("wikidata", FAILED, ERROR, "maxlag", null);
            states.markNeedsReview("wikidata", "https://collection.example.org/object/SK-A-1", "fp", "candidates Q1, Q2");
            states.markSynced("wikidata", "https://collection.example.org/object/SK-A-2", "Q3", "fp", "pfp", Instant.now());
            states.markSynced("wikidata", "https://collection.example.org/object/SK-A-3", "Q4", "fp", "pfp", Instant.now());
        }
        config = dir.resolve("glam.yaml");
        Files.writeString(config, """
                data: data
                schedule:
                  validate: "*/2 * * * * ?"
                  dumps: "0 0 4 * * ?"
                """);
        served = Served.start(DASHBOARD, "serve", "--config", config.toString(), "--port", "0");
        dashboard = served.url;
    }

    @AfterAll
    static void stop() throws Exception {
        if (served != null && served.process.isAlive()) {
            served.process.destroy();
            served.process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void scheduledJobsRunAndEverythingShowsTheSameState() throws Exception {
        JsonNode api = waitFor(Duration.ofMinutes(1), () -> {
            JsonNode j = JSON.readTree(get(dashboard + "/api").body());
            return succeeded(j, "validate") && succeeded(j, "dumps") ? j : null;
        });
        JsonNode wikidata = api.get("targets").get(0);
        assertThat(wikidata.get("target").asText()).isEqualTo("wikidata");
        assertThat(wikidata.get("counts").get("FAILED").asInt()).isEqualTo(1);
        assertThat(wikidata.get("counts").get("SYNCED").asInt()).isEqualTo(2);
        assertThat(wikidata.get("problems").findValuesAsText("page")).contains("/object/SK-C-5");
        assertThat(data.resolve("dumps/manifest.json")).as("the dumps job ran at start").exists();
        assertThat(served.printed()).contains("ScheduledJobs: validate: 38 objects checked");

        HttpResponse<String> page = get(dashboard);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Sync dashboard</h1>").contains("<a href=\"/object/SK-C-5\">")
                .contains("&lt;b&gt;maxlag&lt;/b&gt;").contains("<th scope=\"row\">validate</th>");
        assertThat(statusFile()).exists();

        // glam status while the server holds the embedded job database: it asks the server
        Cli.Result status = Cli.jar("status", "--config", config.toString());
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.out()).contains("wikidata      pending 0  synced 2  failed 1  skipped 0  needs review 1  deleted 0")
                .contains("FAILED       " + FAILED).contains("[maxlag] " + ERROR).contains("candidates Q1, Q2")
                .containsPattern("validate +\\*/2 \\* \\* \\* \\* \\? ").containsPattern("dumps +0 0 4 \\* \\* \\? .* last SUCCEEDED");
        Cli.Result json = Cli.jar("status", "--config", config.toString(), "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(JSON.readTree(json.out()).get("targets").get(0).get("counts").get("NEEDS_REVIEW").asInt()).isEqualTo(1);

        if (Chromium.installed()) {
            Chromium chromium = new Chromium(scratch);
            Chromium.assertNonTrivial(chromium.screenshot("dashboard", dashboard, "1280,1400"), 1280, 1400);
            assertThat(chromium.dumpDom(dashboard)).contains("Sync dashboard").contains("&lt;b&gt;maxlag&lt;/b&gt;")
                    .doesNotContain("<b>maxlag</b>");
        }

        // after the server stopped, status reads the database itself
        served.process.destroy();
        assertThat(served.process.waitFor(30, TimeUnit.SECONDS)).as("glam serve stops on SIGTERM").isTrue();
        assertThat(statusFile()).doesNotExist();
        assertThat(served.printed()).doesNotContain("Exception");
        Cli.Result after = Cli.jar("status", "--data", data.toString());
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(after.out()).contains("synced 2  failed 1").containsPattern("validate +\\*/2 \\* \\* \\* \\* \\? +NORMAL .* last SUCCEEDED");
    }

    @Test
    void statusExplainsItselfAndIsEmptyWhereNothingRan(@TempDir Path empty) throws Exception {
        Cli.Result help = Cli.jar("status", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--data").contains("--config").contains("--json").contains("the scheduled jobs");
        Cli.Result none = Cli.jar("status", "--data", empty.toString());
        assertThat(none.exit()).as(none.err()).isZero();
        assertThat(none.out()).contains("no object has been synced to any target yet").contains("none (see schedule:");
        assertThat(empty.resolve("jobs")).as("status creates no database").doesNotExist();
    }

    private static Path statusFile() {
        return data.resolve("jobs/server.json");
    }

    private static boolean succeeded(JsonNode report, String job) {
        for (JsonNode j : report.get("jobs"))
            if (j.get("name").asText().equals(job))
                for (JsonNode run : j.get("runs")) if (run.get("outcome").asText().equals("SUCCEEDED")) return true;
        return false;
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    interface Probe<T> {
        T get() throws Exception;
    }

    private static <T> T waitFor(Duration deadline, Probe<T> probe) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) return value;
            if (System.nanoTime() > end) throw new AssertionError("gave up after " + deadline + "; glam serve printed:\n" + served.printed());
            Thread.sleep(200);
        }
    }
}
