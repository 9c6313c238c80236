package org.glamlod.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.rdf.ObjectGraphReader;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectStoreTest {
    private final UriScheme uris = new UriScheme(SampleCollection.BASE_URI);
    private final ObjectGraphWriter writer = new ObjectGraphWriter(uris);

    private List<ObjectStore.NamedGraph> samples() {
        return SampleCollection.all().stream()
                .map(o -> new ObjectStore.NamedGraph(uris.object(o.id()), writer.graph(o))).toList();
    }

    @Test
    void objectsSurviveTdb2AndReopening(@TempDir Path data) {
        AtomicInteger written = new AtomicInteger();
        try (ObjectStore store = ObjectStore.open(data)) {
            store.replace(samples(), name -> written.incrementAndGet());
        }
        assertThat(written).hasValue(SampleCollection.all().size());
        try (ObjectStore store = ObjectStore.open(data)) {
            assertThat(store.graphNames()).hasSize(SampleCollection.all().size());
            ObjectGraphReader reader = new ObjectGraphReader(uris);
            for (HumanMadeObject o : SampleCollection.all())
                assertThat(reader.read(store.graph(uris.object(o.id())), o.id())).isEqualTo(o);
        }
    }

    @Test
    void replacingIsIdempotent(@TempDir Path data) {
        try (ObjectStore store = ObjectStore.open(data)) {
            store.replace(samples(), n -> {});
            long quads = store.quadCount();
            store.replace(samples(), n -> {});
            assertThat(store.quadCount()).isEqualTo(quads).isGreaterThan(500);
        }
    }

    @Test
    void plainQueriesSeeTheUnionOfObjectGraphs(@TempDir Path data) {
        try (ObjectStore store = ObjectStore.open(data)) {
            store.replace(samples(), n -> {});
            long objects = Txn.calculateRead(store.dataset(), () -> {
                try (var qe = QueryExecutionFactory.create("PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/> "
                        + "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a crm:E22_Human-Made_Object ; crm:P108i_was_produced_by ?p }",
                        store.dataset())) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertThat(objects).isEqualTo(SampleCollection.all().stream().filter(o -> o.production() != null).count());
        }
    }
}
