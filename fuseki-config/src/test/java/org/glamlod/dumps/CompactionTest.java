package org.glamlod.dumps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.store.ObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactionTest {
    /** Enough one-object transactions to grow TDB2's files past their first 8 MiB segments. */
    private static final int UPDATES = 300;

    @Test
    void compactionShrinksTheStoreKeepsTheDataAndTheTextIndexKeepsWorking(@TempDir Path data) throws Exception {
        List<HumanMadeObject> objects = Samples.objects();
        Map<String, Graph> before = new LinkedHashMap<>();
        long quads;
        Compaction.Result result;
        try (ObjectStore store = ObjectStore.open(data)) {
            Samples.load(store);
            long loaded = Compaction.size(store.directory());
            for (int i = 0; i < UPDATES; i++) Samples.relabel(store, objects.get(i % objects.size()), "Revision r" + i);
            long grown = Compaction.size(store.directory());
            assertThat(grown).as("many small transactions grow TDB2").isGreaterThan(loaded);
            store.graphNames().forEach(n -> before.put(n, store.graph(n)));
            quads = store.quadCount();
            assertThat(Samples.labelHits(store, "r" + (UPDATES - 1))).hasSize(1);

            result = Compaction.compact(store);

            assertThat(result.tdbBefore()).isEqualTo(grown);
            assertThat(result.tdbAfter()).isLessThan(result.tdbBefore()).isEqualTo(Compaction.size(store.directory()));
            assertThat(result.quads()).isEqualTo(quads);
            try (Stream<Path> generations = Files.list(store.directory())) {
                assertThat(generations.filter(p -> p.getFileName().toString().startsWith("Data-")))
                        .as("the old generation is deleted").extracting(p -> p.getFileName().toString()).containsExactly("Data-0002");
            }
            // the same data, read through the same store object
            assertThat(store.quadCount()).isEqualTo(quads);
            assertThat(store.graphNames()).containsExactlyElementsOf(before.keySet());
            before.forEach((name, graph) -> assertThat(store.graph(name).isIsomorphicWith(graph)).as(name).isTrue());
            // the index still answers for what was there, and takes new writes through the store's text dataset
            assertThat(Samples.labelHits(store, "r" + (UPDATES - 1))).hasSize(1);
            assertThat(Samples.labelHits(store, "r0")).as("replaced labels left the index").isEmpty();
            Samples.relabel(store, objects.get(0), "Zyxwvut after compaction");
            assertThat(Samples.labelHits(store, "Zyxwvut")).containsExactly(Samples.URIS.object(objects.get(0).id()));
        }
        try (ObjectStore store = ObjectStore.open(data)) {
            assertThat(store.quadCount()).isEqualTo(quads);
            assertThat(Samples.labelHits(store, "Zyxwvut")).as("committed to Lucene, not only buffered").hasSize(1);
            Samples.relabel(store, objects.get(1), "Qwertzuiop after reopening");
            assertThat(Samples.labelHits(store, "Qwertzuiop")).containsExactly(Samples.URIS.object(objects.get(1).id()));
        }
        assertThat(result.textAfter()).isPositive();
    }
}
