package org.glamlod.sync.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Identifier;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.model.vocab.LA;
import org.glamlod.store.ObjectLoader;
import org.glamlod.store.ObjectStore;
import org.glamlod.sync.db.JobDatabase;
import org.glamlod.sync.state.ItemState;
import org.glamlod.sync.state.SyncRecord;
import org.glamlod.sync.state.SyncStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test: a sync process is killed with SIGKILL at the worst moment — its create has reached the
 * remote but the answer has not reached it, so its state says nothing of the record — and started again. Every
 * object must end up with exactly one remote record, all synced: the rerun finds the record the killed process
 * made (reconcile first) instead of creating another, and repeats nothing it had finished.
 */
class SyncCrashTest {
    private static final int OBJECTS = 60;
    private static final int KILL_AT_CREATE = 25;
    private static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    private static final UriScheme URIS = new UriScheme(SampleCollection.BASE_URI);

    @TempDir
    Path dir;

    @Test
    void aKilledSyncResumesWithoutDuplicatesOrRepeats() throws Exception {
        Path data = dir.resolve("data");
        List<String> objects = IntStream.rangeClosed(1, OBJECTS).mapToObj(i -> URIS.object(String.format("C-%03d", i))).toList();
        try (ObjectStore store = ObjectStore.open(data); ObjectLoader loader = new ObjectLoader(store, "crash", 100)) {
            ObjectGraphWriter writer = new ObjectGraphWriter(URIS);
            for (int i = 1; i <= OBJECTS; i++) {
                String id = String.format("C-%03d", i);
                HumanMadeObject o = HumanMadeObject.builder(id).identifier(Identifier.accession(id))
                        .title("Object " + i, "en").rights(CC0).build();
                loader.put(URIS.object(id), writer.graph(o));
            }
            loader.finish(true);
        }   // closed before the child starts: TDB2 and embedded H2 belong to one process

        RecordsServer records = new RecordsServer(Clock.systemUTC());
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(records);
            server.start();
            String api = server.url("/").toString();

            CountDownLatch created = records.holdCreate(KILL_AT_CREATE);
            Process first = child(data, api, "first");
            while (!created.await(100, TimeUnit.MILLISECONDS)) {
                assertThat(first.isAlive()).as("the first sync ended before its create %d; log:%n%s",
                        KILL_AT_CREATE, log("first")).isTrue();
            }
            first.destroyForcibly();   // SIGKILL: no shutdown hook, no finally
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
            records.release();
            assertThat(records.creates()).isEqualTo(KILL_AT_CREATE);

            String inFlight = objects.get(KILL_AT_CREATE - 1);
            try (JobDatabase db = JobDatabase.open(JobDatabase.Settings.embedded(data))) {
                SyncStates states = new SyncStates(db);
                // the kill landed between the remote create and the recorded state
                SyncRecord lost = states.get("records", inFlight).orElseThrow();
                assertThat(lost.state()).isEqualTo(ItemState.PENDING);
                assertThat(lost.remoteId()).isNull();
                assertThat(states.get("records", objects.subList(0, KILL_AT_CREATE - 1)))
                        .hasSize(KILL_AT_CREATE - 1).allSatisfy(r -> assertThat(r.state()).isEqualTo(ItemState.SYNCED));
            }

            int beforeRestart = records.seen().size();
            Process second = child(data, api, "second");
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("the second sync finishes").isTrue();
            assertThat(second.exitValue()).as("the second sync's exit; log:%n%s", log("second")).isZero();

            Map<String, Integer> perObject = records.recordsPerObject();
            assertThat(perObject).hasSize(OBJECTS).containsOnlyKeys(objects);
            assertThat(perObject.values()).containsOnly(1);
            assertThat(records.creates()).isEqualTo(OBJECTS);
            List<RecordsServer.Seen> rerun = records.seen().subList(beforeRestart, records.seen().size());
            // nothing finished before the kill is touched again; the item in flight is found and updated
            assertThat(rerun).extracting(RecordsServer.Seen::object).doesNotContainAnyElementsOf(objects.subList(0, KILL_AT_CREATE - 1));
            assertThat(rerun).filteredOn(s -> s.object().equals(inFlight)).extracting(RecordsServer.Seen::method)
                    .containsExactly("GET", "PUT");
        }

        try (JobDatabase db = JobDatabase.open(JobDatabase.Settings.embedded(data));
             ObjectStore store = ObjectStore.open(data)) {
            List<SyncRecord> states = new SyncStates(db).get("records", objects);
            assertThat(states).hasSize(OBJECTS).allSatisfy(r -> {
                assertThat(r.state()).isEqualTo(ItemState.SYNCED);
                assertThat(r.remoteId()).isNotNull();
            });
            for (SyncRecord r : states) {
                Node object = NodeFactory.createURI(r.object());
                assertThat(store.graph(r.object()).contains(object, LA.equivalent, Node.ANY)).as(r.object()).isTrue();
            }
        }
    }

    private Process child(Path data, String api, String name) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), data.toString(), api)
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    private String log(String name) throws IOException {
        Path file = dir.resolve(name + ".log");
        return Files.exists(file) ? Files.readString(file) : "(no log)";
    }
}
