package org.glamlod.dumps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.glamlod.store.ObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpScheduleTest {
    @Test
    void remakesTheDumpsWhenTheStoreChangedAndOnlyThen(@TempDir Path data) throws Exception {
        try (ObjectStore store = ObjectStore.open(data)) {
            Samples.load(store);
            Dumps dumps = new Dumps(store, data);
            DumpSchedule schedule = new DumpSchedule(dumps, Duration.ofMillis(20));
            schedule.start();
            try {
                await(() -> schedule.published() == 1);
                Manifest first = dumps.manifest().orElseThrow();

                long checks = schedule.checks();
                await(() -> schedule.checks() >= checks + 10);
                assertThat(schedule.published()).as("the store did not change").isEqualTo(1);
                assertThat(dumps.manifest()).contains(first);

                Samples.relabel(store, Samples.objects().get(2), "Relabelled for the next dump");
                await(() -> schedule.published() == 2);
                Manifest second = dumps.manifest().orElseThrow();
                assertThat(second.store()).isNotEqualTo(first.store()).isEqualTo(StoreFingerprint.of(store));

                long after = schedule.checks();
                await(() -> schedule.checks() >= after + 10);
                assertThat(schedule.published()).isEqualTo(2);
            } finally {
                schedule.destroy();
            }
            long stopped = schedule.checks();
            Samples.relabel(store, Samples.objects().get(3), "Changed after the schedule stopped");
            Thread.sleep(200);
            assertThat(schedule.checks()).as("no checks after destroy").isEqualTo(stopped);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out");
            Thread.sleep(10);
        }
    }
}
