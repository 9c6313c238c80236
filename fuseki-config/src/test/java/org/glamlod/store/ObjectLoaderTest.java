package org.glamlod.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Name;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectLoaderTest {
    private final UriScheme uris = new UriScheme(SampleCollection.BASE_URI);
    private final ObjectGraphWriter writer = new ObjectGraphWriter(uris);

    private ObjectLoader.Summary load(ObjectStore store, String source, List<HumanMadeObject> objects, boolean full) {
        try (ObjectLoader loader = new ObjectLoader(store, source, 4)) {
            objects.forEach(o -> loader.put(uris.object(o.id()), writer.graph(o)));
            return loader.finish(full);
        }
    }

    @Test
    void firstLoadIsBulkAndIndexed(@TempDir Path data) {
        try (ObjectStore store = ObjectStore.open(data)) {
            ObjectLoader.Summary s = load(store, "samples", SampleCollection.all(), true);
            assertThat(s.bulk()).isTrue();
            assertThat(s.created()).isEqualTo(SampleCollection.all().size());
            assertThat(store.graphNames()).hasSize(SampleCollection.all().size());
            assertThat(textHits(store, "Nachtwacht")).containsExactly(uris.object("SK-C-5"));
            assertThat(textHits(store, "militia")).contains(uris.object("SK-C-5"));
        }
    }

    @Test
    void reloadingUnchangedObjectsWritesNothing(@TempDir Path data) {
        try (ObjectStore store = ObjectStore.open(data)) {
            load(store, "samples", SampleCollection.all(), false);
            long quads = store.quadCount();
            ObjectLoader.Summary again = load(store, "samples", SampleCollection.all(), false);
            assertThat(again.bulk()).isFalse();
            assertThat(again.unchanged()).isEqualTo(SampleCollection.all().size());
            assertThat(again.created() + again.updated() + again.deleted()).isZero();
            assertThat(store.quadCount()).isEqualTo(quads);
        }
    }

    @Test
    void aChangedObjectIsReplacedAndReindexed(@TempDir Path data) {
        try (ObjectStore store = ObjectStore.open(data)) {
            load(store, "samples", SampleCollection.all(), false);
            List<HumanMadeObject> changed = new ArrayList<>(SampleCollection.all());
            HumanMadeObject sparse = SampleCollection.sparse();
            changed.set(changed.size() - 1, HumanMadeObject.builder(sparse.id()).identifier(sparse.identifiers().get(0))
                    .title(Name.primary("Study of feet", "en")).classification(sparse.classifications().get(0)).build());
            ObjectLoader.Summary s = load(store, "samples", changed, false);
            assertThat(s.updated()).isEqualTo(1);
            assertThat(s.unchanged()).isEqualTo(SampleCollection.all().size() - 1);
            assertThat(textHits(store, "feet")).containsExactly(uris.object(sparse.id()));
            assertThat(textHits(store, "hands")).as("the old title left the index").isEmpty();
        }
    }

    @Test
    void aCompleteInputTombstonesWhatItNoLongerHasAndOnlyForItsSource(@TempDir Path data) {
        try (ObjectStore store = ObjectStore.open(data)) {
            List<HumanMadeObject> all = SampleCollection.all();
            load(store, "samples", all.subList(0, 5), false);
            load(store, "other", all.subList(5, 8), false);
            List<HumanMadeObject> fewer = new ArrayList<>(all.subList(0, 5));
            HumanMadeObject goneObject = fewer.remove(3);
            assertThat(goneObject.dimensions()).as("one with decimals, which TDB2 must let go of too").isNotEmpty();
            ObjectLoader.Summary s = load(store, "samples", fewer, true);
            assertThat(s.deleted()).isEqualTo(1);
            String gone = uris.object(goneObject.id());
            assertThat(store.graphNames()).hasSize(7).doesNotContain(gone);
            assertThat(store.graph(gone).isEmpty()).as("decimals and all: nothing of it is left").isTrue();
            assertThat(state(store, gone, StoreState.DELETED)).isNotNull();
            assertThat(textHits(store, "Kanagawa")).as("its text left the index").isEmpty();
            // it comes back when the source has it again
            ObjectLoader.Summary back = load(store, "samples", all.subList(0, 5), true);
            assertThat(back.created()).isEqualTo(1);
            assertThat(state(store, gone, StoreState.DELETED)).isNull();
            assertThat(store.graphNames()).contains(gone);
            assertThat(textHits(store, "Kanagawa")).containsExactly(gone);
        }
    }

    @Test
    void aDuplicateIdIsRefusedAndTheFirstKept(@TempDir Path data) {
        try (ObjectStore store = ObjectStore.open(data); ObjectLoader loader = new ObjectLoader(store, "s", 10)) {
            HumanMadeObject o = SampleCollection.sparse();
            loader.put(uris.object(o.id()), writer.graph(o));
            assertThatThrownBy(() -> loader.put(uris.object(o.id()), writer.graph(o))).hasMessageContaining("duplicate id");
            assertThat(loader.finish(false).created()).isEqualTo(1);
        }
    }

    private static Node state(ObjectStore store, String uri, Node property) {
        return Txn.calculateRead(store.dataset(), () -> {
            var it = store.dataset().asDatasetGraph().find(Quad.defaultGraphIRI, NodeFactory.createURI(uri), property, Node.ANY);
            return it.hasNext() ? it.next().getObject() : null;
        });
    }

    /** Objects (graphs) whose text matches, through SPARQL's text:query as scholars will use it. */
    static List<String> textHits(ObjectStore store, String word) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?g WHERE { (?s ?score ?lit ?g) text:query (\""
                + word + "\") }";
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (var qe = QueryExecutionFactory.create(q, store.dataset())) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource("g").getURI()));
            }
            return out;
        });
    }
}
