package org.glamlod.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

    private void loadSamples(ObjectStore store) {
        try (ObjectLoader loader = new ObjectLoader(store, "samples", 100)) {
            SampleCollection.all().forEach(o -> loader.put(uris.object(o.id()), writer.graph(o)));
            loader.finish(false);
        }
    }

    @Test
    void objectsSurviveTdb2AndReopening(@TempDir Path data) {
        try (ObjectStore store = ObjectStore.open(data)) {
            loadSamples(store);
        }
        try (ObjectStore store = ObjectStore.open(data)) {
            assertThat(store.graphNames()).hasSize(SampleCollection.all().size());
            ObjectGraphReader reader = new ObjectGraphReader(uris);
            for (HumanMadeObject o : SampleCollection.all())
                assertThat(reader.read(store.graph(uris.object(o.id())), o.id())).isEqualTo(o);
        }
    }

    @Test
    void plainQueriesSeeTheUnionOfObjectGraphsButNotTheBookkeeping(@TempDir Path data) {
        try (ObjectStore store = ObjectStore.open(data)) {
            loadSamples(store);
            long produced = count(store, "PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/> "
                    + "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a crm:E22_Human-Made_Object ; crm:P108i_was_produced_by ?p }");
            assertThat(produced).isEqualTo(SampleCollection.all().stream().filter(o -> o.production() != null).count());
            assertThat(count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s <" + StoreState.FINGERPRINT.getURI() + "> ?f }"))
                    .as("fingerprints are the store's own business").isZero();
        }
    }

    private static long count(ObjectStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (var qe = QueryExecutionFactory.create(query, store.dataset())) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
