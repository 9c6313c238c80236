package org.glamlod.sync.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.server.GlamServer;
import org.glamlod.server.ServerContext;
import org.glamlod.sync.db.JobDatabase;
import org.glamlod.sync.schedule.JobInfo;
import org.glamlod.sync.schedule.JobRun;
import org.glamlod.sync.schedule.JobScheduler;
import org.glamlod.sync.schedule.JobSpec;
import org.glamlod.sync.schedule.Poll;
import org.glamlod.sync.state.ItemState;
import org.glamlod.sync.state.SyncRecord;
import org.glamlod.sync.state.SyncStates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard, its API, the operator actions and the metrics on a real server (port 0) over a real H2 job database
 * with items in every state and a scheduler that has run a job: one server with a password file, one without.
 */
class DashboardPartTest {
    private static final String BASE = "https://collection.example.org/";
    private static final String FAILED = BASE + "object/F1";
    private static final String REVIEW = BASE + "object/R1";
    private static final String ELSEWHERE = "https://elsewhere.example.net/thing/9";
    private static final String XSS = "<script>alert('pwned')</script> maxlag: 5 s behind";
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @TempDir
    static Path data;
    static JobDatabase db;
    static SyncStates states;
    static JobScheduler scheduler;
    static SyncMetrics metrics;
    static GlamServer guarded;
    static GlamServer open;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        db = JobDatabase.open(JobDatabase.Settings.embedded(data));
        states = new SyncStates(db);
        scheduler = JobScheduler.open(db, JobScheduler.Options.defaults().withInstanceId("dash-node"));
        scheduler.configure(List.of(JobSpec.of("validate", "*/1 * * * * ?")));
        scheduler.start(Map.of("validate", ctx -> {}));
        Poll.until("a finished validate run", Duration.ofSeconds(15), () -> scheduler.jobs().stream()
                .map(JobInfo::lastRun).filter(r -> r != null && r.outcome() == JobRun.Outcome.SUCCEEDED).findFirst().orElse(null));

        Path passwords = data.resolve("passwd");
        Files.writeString(passwords, "alice: correct-horse-battery\n");
        metrics = new SyncMetrics(states, Duration.ZERO, java.time.Clock.systemUTC());
        StatusCollector status = new StatusCollector(states, scheduler);
        UriScheme uris = new UriScheme(BASE);
        guarded = new GlamServer(new ServerContext(null, uris, data, "Test Museum", Duration.ofSeconds(5), passwords),
                "127.0.0.1", 0, List.of(new DashboardPart(status, metrics, TOKEN, ZoneOffset.UTC))).start();
        open = new GlamServer(new ServerContext(null, uris, data, "Test Museum", Duration.ofSeconds(5), null),
                "0.0.0.0", 0, List.of(new DashboardPart(status, metrics, null, ZoneOffset.UTC))).start();
    }

    @BeforeEach
    void items() {
        // one item in each state for wikidata, and a failure outside the dataset's URI space for commons
        states.markPending("wikidata", BASE + "object/P1", "fp-p1");
        states.markSynced("wikidata", BASE + "object/S1", "Q11", "fp-s1", "push-s1", Instant.parse("2026-01-02T03:04:05Z"));
        states.markSynced("wikidata", BASE + "object/S2", "Q12", "fp-s2", "push-s2", Instant.parse("2026-01-02T03:04:05Z"));
        states.markPending("wikidata", FAILED, "fp-f1");
        states.markFailed("wikidata", FAILED, XSS, "maxlag", Instant.parse("2030-05-06T07:08:09Z"));
        states.markNeedsReview("wikidata", REVIEW, "fp-r1",
                "several candidates: http://www.wikidata.org/entity/Q1, https://www.wikidata.org/wiki/Q2?x=1&y=<b>.");
        states.markSkipped("wikidata", BASE + "object/K1", "fp-k1", "rights: not open");
        states.markSynced("wikidata", BASE + "object/D1", "Q14", "fp-d1", "push-d1", Instant.parse("2026-01-02T03:04:05Z"));
        states.markDeleted("wikidata", BASE + "object/D1");
        states.markPending("commons", ELSEWHERE, "fp-e9");
        states.markFailed("commons", ELSEWHERE, "upload refused", "fileexists-shared-forbidden", null);
    }

    @AfterAll
    static void stop() {
        if (guarded != null) guarded.stop();
        if (open != null) open.stop();
        if (scheduler != null) scheduler.close();
        if (db != null) db.close();
    }

    @Test
    void thePageShowsCountsProblemsWithLinksAndJobsWithEverythingEscaped() throws Exception {
        HttpResponse<String> r = get(guarded, "/dashboard", "alice", "correct-horse-battery");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(t -> assertThat(t).contains("default-src 'none'"));
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        String html = r.body();
        assertThat(html).contains("<h1>Sync dashboard</h1>").contains("<h3>wikidata</h3>").contains("<h3>commons</h3>")
                .contains("/pages/style.css");
        // wikidata: 1 pending, 2 synced, 1 failed, 1 skipped, 1 needs review, 1 deleted, in that column order
        assertThat(html).contains("<td class=\"state-pending\">1</td><td class=\"state-synced\">2</td>"
                + "<td class=\"state-failed\">1</td><td class=\"state-skipped\">1</td>"
                + "<td class=\"state-needs-review\">1</td><td class=\"state-deleted\">1</td>");
        assertThat(html).contains("<a href=\"/object/F1\">" + FAILED + "</a>").contains("<a href=\"/object/R1\">" + REVIEW + "</a>")
                .contains("2030-05-06 07:08:09").contains("maxlag");
        assertThat(html).as("a review's candidates are links to open").contains("several candidates: "
                + "<a href=\"http://www.wikidata.org/entity/Q1\">http://www.wikidata.org/entity/Q1</a>, "
                + "<a href=\"https://www.wikidata.org/wiki/Q2?x=1&amp;y=\">https://www.wikidata.org/wiki/Q2?x=1&amp;y=</a>&lt;b&gt;.</td>");
        assertThat(html).as("an object outside the dataset is named, not linked").contains(ELSEWHERE)
                .doesNotContain("href=\"" + ELSEWHERE);
        assertThat(html).as("an error message is text").doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; maxlag: 5 s behind");
        assertThat(html).contains("action=\"/dashboard/api/retry\"").contains("action=\"/dashboard/api/skip\"")
                .contains("name=\"object\" value=\"" + FAILED + "\"");
        assertThat(html).contains("<th scope=\"row\">validate</th>").contains("<code>*/1 * * * * ?</code>")
                .contains("outcome-succeeded").contains("dash-node");
    }

    @Test
    void theApiGivesTheSameDataInItsDocumentedShape() throws Exception {
        HttpResponse<String> r = get(guarded, "/dashboard/api", "alice", "correct-horse-battery");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode json = StatusReport.JSON.readTree(r.body());
        assertThat(Instant.parse(json.get("generated").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(json.get("targets")).extracting(t -> t.get("target").asText()).containsExactly("commons", "wikidata");
        JsonNode wikidata = json.get("targets").get(1);
        assertThat(fieldNames(wikidata.get("counts"))).containsExactly("PENDING", "SYNCED", "FAILED", "SKIPPED", "NEEDS_REVIEW", "DELETED");
        assertThat(wikidata.get("counts").get("SYNCED").asLong()).isEqualTo(2);
        JsonNode failed = wikidata.get("problems").findParents("object").stream()
                .filter(p -> p.get("object").asText().equals(FAILED)).findFirst().orElseThrow();
        assertThat(fieldNames(failed)).containsExactly("object", "page", "state", "error", "code", "reason", "attempts",
                "nextAttempt", "updated", "remoteId");
        assertThat(failed.get("page").asText()).isEqualTo("/object/F1");
        assertThat(failed.get("state").asText()).isEqualTo("FAILED");
        assertThat(failed.get("error").asText()).isEqualTo(XSS);
        assertThat(failed.get("code").asText()).isEqualTo("maxlag");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("nextAttempt").asText()).isEqualTo("2030-05-06T07:08:09Z");
        assertThat(json.get("targets").get(0).get("problems").get(0).get("page").isNull()).isTrue();

        JsonNode job = json.get("jobs").get(0);
        assertThat(fieldNames(job)).containsExactly("name", "cron", "timeZone", "misfire", "state", "previousFire", "nextFire", "runs");
        assertThat(job.get("name").asText()).isEqualTo("validate");
        assertThat(job.get("misfire").asText()).isEqualTo("FIRE_ONCE_NOW");
        JsonNode run = job.get("runs").findParents("outcome").stream()
                .filter(x -> x.get("outcome").asText().equals("SUCCEEDED")).findFirst().orElseThrow();
        assertThat(fieldNames(run)).containsExactly("node", "scheduled", "started", "finished", "outcome", "recovering",
                "durationMillis", "message");
        assertThat(run.get("node").asText()).isEqualTo("dash-node");
        assertThat(run.get("durationMillis").asLong()).isNotNegative();

        StatusReport read = StatusReport.JSON.readValue(r.body(), StatusReport.class);
        assertThat(read.targets().get(1).count(ItemState.DELETED)).isEqualTo(1);
        assertThat(read.targets().get(1).problems()).extracting(StatusReport.Problem::object).contains(FAILED, REVIEW);
    }

    @Test
    void retryAndSkipNeedAUserAndChangeTheDatabase() throws Exception {
        String json = "{\"target\": \"wikidata\", \"object\": \"" + FAILED + "\"}";
        HttpResponse<String> anonymous = send(guarded, post("/dashboard/api/retry", "application/json", json).build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic realm="));
        HttpResponse<String> wrong = send(guarded, post("/dashboard/api/retry", "application/json", json)
                .header("Authorization", basic("alice", "wrong")).build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(state(FAILED)).isEqualTo(ItemState.FAILED);

        HttpResponse<String> retried = send(guarded, post("/dashboard/api/retry", "application/json", json)
                .header("Authorization", basic("alice", "correct-horse-battery")).build());
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(StatusReport.JSON.readTree(retried.body()).get("state").asText()).isEqualTo("PENDING");
        SyncRecord after = states.get("wikidata", FAILED).orElseThrow();
        assertThat(after.state()).isEqualTo(ItemState.PENDING);
        assertThat(after.attempts()).isZero();
        assertThat(after.lastError()).isNull();

        // the page's own form: same origin, the browser is sent back to the page
        String form = "target=wikidata&object=" + enc(REVIEW) + "&reason=" + enc("a duplicate of SK-C-5");
        HttpResponse<String> skipped = send(guarded, post("/dashboard/api/skip", "application/x-www-form-urlencoded", form)
                .header("Authorization", basic("alice", "correct-horse-battery"))
                .header("Origin", "http://127.0.0.1:" + guarded.port()).header("Accept", "text/html").build());
        assertThat(skipped.statusCode()).isEqualTo(303);
        assertThat(skipped.headers().firstValue("Location")).hasValue("/dashboard");
        SyncRecord skip = states.get("wikidata", REVIEW).orElseThrow();
        assertThat(skip.state()).isEqualTo(ItemState.SKIPPED);
        assertThat(skip.reason()).isEqualTo("a duplicate of SK-C-5");

        HttpResponse<String> unknown = send(guarded, post("/dashboard/api/retry", "application/json",
                "{\"target\": \"wikidata\", \"object\": \"" + BASE + "object/NOPE\"}")
                .header("Authorization", basic("alice", "correct-horse-battery")).build());
        assertThat(unknown.statusCode()).isEqualTo(404);
        HttpResponse<String> noReason = send(guarded, post("/dashboard/api/skip", "application/json", json)
                .header("Authorization", basic("alice", "correct-horse-battery")).build());
        assertThat(noReason.statusCode()).isEqualTo(400);
    }

    @Test
    void aFormFromAnotherSiteIsRefusedEvenWithCredentials() throws Exception {
        String form = "target=wikidata&object=" + enc(FAILED);
        for (Optional<String[]> header : List.of(Optional.of(new String[] {"Origin", "https://evil.example"}),
                Optional.of(new String[] {"Origin", "null"}), Optional.of(new String[] {"Referer", "https://evil.example/page"}),
                Optional.<String[]>empty())) {
            HttpRequest.Builder b = post("/dashboard/api/retry", "application/x-www-form-urlencoded", form)
                    .header("Authorization", basic("alice", "correct-horse-battery"));
            header.ifPresent(h -> b.header(h[0], h[1]));
            HttpResponse<String> r = send(guarded, b.build());
            assertThat(r.statusCode()).as(header.map(h -> h[0] + ": " + h[1]).orElse("no Origin or Referer")).isEqualTo(403);
        }
        assertThat(state(FAILED)).isEqualTo(ItemState.FAILED);
        HttpResponse<String> ours = send(guarded, post("/dashboard/api/retry", "application/x-www-form-urlencoded", form)
                .header("Authorization", basic("alice", "correct-horse-battery"))
                .header("Referer", "http://127.0.0.1:" + guarded.port() + "/dashboard").build());
        assertThat(ours.statusCode()).isEqualTo(200);
        assertThat(state(FAILED)).isEqualTo(ItemState.PENDING);
    }

    @Test
    void withAPasswordFileEveryPageNeedsALoginAndTheStatusTokenOnlyReadsTheApi() throws Exception {
        for (String path : List.of("/dashboard", "/dashboard/api", "/metrics")) {
            HttpResponse<String> r = get(guarded, path, null, null);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.body()).doesNotContain(FAILED);
        }
        assertThat(send(guarded, request(guarded, "/dashboard/api").header("Authorization", "Bearer " + TOKEN).build()).statusCode())
                .isEqualTo(200);
        assertThat(send(guarded, request(guarded, "/dashboard/api").header("Authorization", "Bearer " + TOKEN + "0").build()).statusCode())
                .isEqualTo(401);
        assertThat(send(guarded, request(guarded, "/dashboard").header("Authorization", "Bearer " + TOKEN).build()).statusCode())
                .isEqualTo(401);
        assertThat(send(guarded, post("/dashboard/api/retry", "application/json",
                "{\"target\": \"wikidata\", \"object\": \"" + FAILED + "\"}").header("Authorization", "Bearer " + TOKEN).build())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void withoutAPasswordFileOnlyThisMachineIsServedAndNobodyActs() throws Exception {
        assertThat(get(open, "/dashboard", null, null).statusCode()).isEqualTo(200);
        assertThat(get(open, "/dashboard/api", null, null).statusCode()).isEqualTo(200);
        assertThat(get(open, "/metrics", null, null).statusCode()).isEqualTo(200);
        assertThat(get(open, "/dashboard", null, null).body()).contains("Retry and skip need a user").doesNotContain("action=\"/dashboard/api/retry\"");

        HttpResponse<String> proxied = send(open, request(open, "/dashboard").header("X-Forwarded-For", "203.0.113.9").build());
        assertThat(proxied.statusCode()).as("a proxy on this machine forwarding the world").isEqualTo(403);
        assertThat(proxied.body()).contains("password file");

        HttpResponse<String> act = send(open, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port() + "/dashboard/api/retry"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"target\": \"wikidata\", \"object\": \"" + FAILED + "\"}")).build());
        assertThat(act.statusCode()).isEqualTo(403);
        assertThat(act.body()).contains("server.passwords");
        assertThat(state(FAILED)).isEqualTo(ItemState.FAILED);

        String address = nonLoopbackAddress();
        assumeTrue(address != null, "this machine has no non-loopback IPv4 address");
        HttpResponse<String> remote = send(open, HttpRequest.newBuilder(URI.create("http://" + address + ":" + open.port() + "/dashboard")).build());
        assertThat(remote.statusCode()).isEqualTo(403);
        assertThat(remote.body()).contains("only served to this machine").doesNotContain(FAILED);
    }

    @Test
    void metricsCountItemsByStateAndRemoteErrorsByCode() throws Exception {
        metrics.itemFinished("wikidata", ItemState.FAILED, Duration.ofMillis(1500), "maxlag");
        metrics.itemFinished("wikidata", ItemState.SYNCED, Duration.ofMillis(200), null);
        HttpResponse<String> r = get(guarded, "/metrics", "alice", "correct-horse-battery");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain; version=0.0.4"));
        List<String> lines = r.body().lines().toList();
        assertThat(lines).contains("glam_sync_items{state=\"SYNCED\",target=\"wikidata\"} 2.0",
                "glam_sync_items{state=\"FAILED\",target=\"wikidata\"} 1.0",
                "glam_sync_items{state=\"DELETED\",target=\"wikidata\"} 1.0",
                "glam_sync_items{state=\"FAILED\",target=\"commons\"} 1.0",
                "glam_sync_items{state=\"SYNCED\",target=\"commons\"} 0.0");
        assertThat(lines).anyMatch(l -> l.matches("glam_sync_remote_errors_total\\{code=\"maxlag\",target=\"wikidata\"} [1-9][0-9]*\\.0"));
        assertThat(lines).anyMatch(l -> l.startsWith("glam_sync_item_seconds_count{outcome=\"FAILED\",target=\"wikidata\"}"));
        assertThat(lines).anyMatch(l -> l.startsWith("glam_sync_item_seconds_bucket{outcome=\"SYNCED\",target=\"wikidata\",le="));
        assertThat(lines).noneMatch(l -> l.startsWith("glam_sync_remote_errors_total") && l.contains("outcome=\"SYNCED\""));

        long before = counter(lines, "glam_sync_remote_errors_total{code=\"maxlag\",target=\"wikidata\"}");
        metrics.itemFinished("wikidata", ItemState.FAILED, Duration.ofMillis(10), "maxlag");
        metrics.itemFinished("wikidata", ItemState.FAILED, Duration.ofMillis(10), null);
        List<String> later = get(guarded, "/metrics", "alice", "correct-horse-battery").body().lines().toList();
        assertThat(counter(later, "glam_sync_remote_errors_total{code=\"maxlag\",target=\"wikidata\"}")).isEqualTo(before + 1);
        assertThat(later).contains("glam_sync_remote_errors_total{code=\"other\",target=\"wikidata\"} 1.0");
    }

    @Test
    void jobRunsAreCountedByOutcome() throws Exception {
        SyncMetrics m = new SyncMetrics(states);
        m.timed("dumps", ctx -> {}).run(null);
        try {
            m.timed("dumps", ctx -> {
                throw new IllegalStateException("disk full");
            }).run(null);
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("disk full");
        }
        List<String> lines = m.scrape().lines().toList();
        assertThat(lines).contains("glam_job_runs_total{job=\"dumps\",outcome=\"SUCCEEDED\"} 1.0",
                "glam_job_runs_total{job=\"dumps\",outcome=\"FAILED\"} 1.0");
        assertThat(lines).anyMatch(l -> l.startsWith("glam_job_run_seconds_count{job=\"dumps\"} 2"));
    }

    @Test
    void theTerminalTextHasTheCountsProblemsAndJobs() {
        String text = StatusText.render(new StatusCollector(states, scheduler).collect(uri -> null), ZoneOffset.UTC);
        assertThat(text).contains("wikidata      pending 1  synced 2  failed 1  skipped 1  needs review 1  deleted 1")
                .contains("FAILED       " + FAILED).contains("1 attempt, next 2030-05-06 07:08:09: [maxlag] " + XSS)
                .contains("NEEDS_REVIEW " + REVIEW).contains("several candidates: http://www.wikidata.org/entity/Q1, ")
                .contains("only when retried: [fileexists-shared-forbidden] upload refused");
        assertThat(text).containsPattern("validate +\\*/1 \\* \\* \\* \\* \\? +[A-Z]+ +next \\d{4}-\\d\\d-\\d\\d .* last SUCCEEDED");
    }

    private static long counter(List<String> lines, String series) {
        return lines.stream().filter(l -> l.startsWith(series + " ")).map(l -> (long) Double.parseDouble(l.substring(series.length() + 1)))
                .findFirst().orElse(0L);
    }

    private static ItemState state(String object) {
        return states.get("wikidata", object).orElseThrow().state();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static HttpRequest.Builder request(GlamServer server, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private static HttpRequest.Builder post(String path, String type, String body) {
        return request(guarded, path).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> get(GlamServer server, String path, String user, String password) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(server, path);
        if (user != null) b.header("Authorization", basic(user, password));
        return send(server, b.build());
    }

    private static HttpResponse<String> send(GlamServer server, HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) continue;
            for (InetAddress a : Collections.list(nic.getInetAddresses()))
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) return a.getHostAddress();
        }
        return null;
    }
}
