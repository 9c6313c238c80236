package org.glamlod.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.glamlod.sync.dashboard.StatusCollector;
import org.glamlod.sync.dashboard.StatusReport;
import org.glamlod.sync.dashboard.StatusText;
import org.glamlod.sync.db.Dialect;
import org.glamlod.sync.db.JobDatabase;
import org.glamlod.sync.schedule.JobScheduler;
import org.glamlod.sync.state.SyncStates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code glam status}: the dashboard in the terminal. It reads the job database; the embedded one admits one process,
 * so while {@code glam serve} holds it, status asks that server instead (found through {@link StatusFile}).
 */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = Glam.Version.class,
        description = {"Show the sync state per target (items by state), the items that failed or need review (with "
                + "their error, attempts and next attempt), and the scheduled jobs (schedule, next run, last run and its "
                + "outcome): what /dashboard shows.",
                "Works whether or not glam serve is running: it reads the job database, or asks the running server on "
                        + "this machine when that holds the embedded database."},
        footer = {"", "Example:", "  glam status --data data", "  glam status --json | jq '.targets[].counts'"})
final class StatusCommand implements Callable<Integer> {
    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(10);

    @Mixin
    DataOptions options;

    @Option(names = "--json", description = "Print the report as JSON, in the shape of /dashboard/api (docs/operations.md).")
    boolean json;

    @Option(names = "--problems", paramLabel = "N", defaultValue = "20",
            description = "Failed and needs-review items to list per target, most recent first (default: ${DEFAULT-VALUE}).")
    int problems;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (problems < 0) throw new IllegalArgumentException("--problems cannot be negative");
        Path data = options.data();
        JobDatabase.Settings settings = options.config().jobs().settings(data);
        StatusReport report = settings.dialect() == Dialect.H2
                ? fromServer(data).orElseGet(() -> fromDatabase(settings, data)) : fromDatabase(settings, data);
        PrintStream out = System.out;
        if (json) out.println(StatusReport.JSON.writeValueAsString(report));
        else out.print(StatusText.render(report, ZoneId.systemDefault()));
        return 0;
    }

    /** The running server's report, if a server announced itself and answers; a stale announcement is ignored. */
    private Optional<StatusReport> fromServer(Path data) throws IOException, InterruptedException {
        Optional<StatusFile> running = StatusFile.read(data);
        if (running.isEmpty()) return Optional.empty();
        HttpClient http = HttpClient.newBuilder().connectTimeout(ASK_TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(running.get().url() + "dashboard/api?problems=" + problems))
                .header("Authorization", "Bearer " + running.get().token()).header("Accept", "application/json")
                .timeout(ASK_TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200)
                throw new IllegalStateException("the running server at " + running.get().url() + " answered "
                        + response.statusCode() + " for its status: " + response.body().strip());
            return Optional.of(StatusReport.JSON.readValue(response.body(), StatusReport.class));
        } catch (ConnectException e) {
            return Optional.empty(); // the server died without removing its file: the database is free
        }
    }

    private StatusReport fromDatabase(JobDatabase.Settings settings, Path data) {
        if (settings.dialect() == Dialect.H2 && settings.equals(JobDatabase.Settings.embedded(data))
                && !Files.exists(data.resolve("jobs").resolve("jobs.mv.db")))
            return new StatusReport(Instant.now(), List.of(), List.of()); // nothing ever ran here: do not create a database
        try (JobDatabase db = JobDatabase.open(settings);
             JobScheduler scheduler = JobScheduler.open(db, options.config().jobs().options().withInstanceId("glam-status"))) {
            return new StatusCollector(new SyncStates(db), scheduler, problems, StatusCollector.DEFAULT_RUNS,
                    Clock.systemUTC()).collect(uri -> null);
        }
    }

}
