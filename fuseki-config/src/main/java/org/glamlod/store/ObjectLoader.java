package org.glamlod.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.glamlod.model.rdf.Fingerprint;

/**
 * Loads one source's objects into the store, writing only what changed:
 * <ul>
 * <li>an object whose graph has the fingerprint already stored is left alone (nothing is written);</li>
 * <li>into an empty embedded store, everything goes through TDB2's sequential bulk loader (crash-safe, and several
 * times faster than transactions), and the text is indexed alongside;</li>
 * <li>otherwise changes are written in transactions (one SPARQL Update request for a remote store) of
 * {@code batchSize} objects: many small transactions make TDB2 grow several-fold;</li>
 * <li>{@link #finish(boolean) finish(true)} declares the input complete: this source's objects it did not see are
 * removed and kept as tombstones ({@link StoreState#DELETED}).</li>
 * </ul>
 * Memory is constant but for the ids seen ({@link IdSet}, 16 bytes an object) and one batch.
 */
public final class ObjectLoader implements AutoCloseable {
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** What a load did. */
    public record Summary(long created, long updated, long unchanged, long deleted, boolean bulk) {}

    /** Two records with one id in one input: the second is refused, the first stays. */
    public static final class DuplicateIdException extends RuntimeException {
        public DuplicateIdException(String uri) {
            super("duplicate id: " + uri + " already came earlier in this input; this record is skipped");
        }
    }

    private final Store store;
    private final String source;
    private final int batchSize;
    private final IdSet seen = new IdSet();
    private final List<Store.Replacement> batch = new ArrayList<>();
    private final ObjectStore bulkStore;
    private final DataLoader bulk;
    private final long[] counts = new long[Outcome.values().length];
    private boolean finished;

    public ObjectLoader(Store store, String source, int batchSize) {
        this.store = store;
        this.source = source;
        this.batchSize = batchSize;
        if (store instanceof ObjectStore local && local.isEmpty()) {
            bulkStore = local;
            bulk = LoaderFactory.sequentialLoader(local.tdbGraph(), (fmt, args) -> {});
            bulk.startBulk();
        } else {
            bulkStore = null;
            bulk = null;
        }
    }

    /** Adds or replaces an object's graph (named by the object's URI) if it changed. */
    public void put(String objectUri, Graph graph) {
        if (!seen.add(objectUri)) throw new DuplicateIdException(objectUri);
        String fingerprint = Fingerprint.of(graph);
        if (bulk != null) {
            Node name = NodeFactory.createURI(objectUri);
            StreamRDF out = bulk.stream();
            graph.find().forEach(t -> out.quad(Quad.create(name, t)));
            bulkStore.index(name, graph);
            // the loader files quads named urn:x-arq:DefaultGraph as a named graph: state goes in as triples
            StoreState.of(name, fingerprint, NodeFactory.createLiteralString(source)).forEach(q -> out.triple(q.asTriple()));
            counts[Outcome.CREATED.ordinal()]++;
            return;
        }
        batch.add(new Store.Replacement(objectUri, graph, fingerprint));
        if (batch.size() >= batchSize) flush();
    }

    /** Writes what is pending, deletes what a complete input no longer has (if {@code full}), and says what it did. */
    public Summary finish(boolean full) {
        finished = true;
        long deleted = 0;
        if (bulk != null) {
            bulk.finishBulk();
            bulkStore.commitIndex();
        } else {
            flush();
            if (full) deleted = tombstoneUnseen();
        }
        return new Summary(counts[0], counts[1], counts[2], deleted, bulk != null);
    }

    /** Another writer may have changed the store since the batch was read; the last write wins, as with a rerun. */
    private void flush() {
        if (batch.isEmpty()) return;
        Map<String, Store.Entry> stored = store.entries(batch.stream().map(Store.Replacement::name).toList());
        List<Store.Replacement> changed = new ArrayList<>();
        for (Store.Replacement r : batch) {
            Store.Entry e = stored.get(r.name());
            if (e != null && !e.isDeleted() && r.fingerprint().equals(e.fingerprint())) {
                counts[Outcome.UNCHANGED.ordinal()]++;
                continue;
            }
            // what sync targets wrote into the graph stays; the fingerprint remains the source's
            changed.add(e == null || e.links().isEmpty() ? r : new Store.Replacement(r.name(), withLinks(r.graph(), e), r.fingerprint()));
            counts[(e == null || e.isDeleted() || e.fingerprint() == null ? Outcome.CREATED : Outcome.UPDATED).ordinal()]++;
        }
        if (!changed.isEmpty()) store.replace(changed, source);
        batch.clear();
    }

    private static Graph withLinks(Graph graph, Store.Entry entry) {
        Graph g = GraphFactory.createDefaultGraph();
        graph.find().forEach(g::add);
        entry.linkGraph().find().forEach(g::add);
        return g;
    }

    /** This source's live objects the input did not have become tombstones. */
    private long tombstoneUnseen() {
        List<String> gone = store.liveObjects(source).stream().filter(uri -> !seen.contains(uri)).toList();
        Instant now = Instant.now();
        for (int from = 0; from < gone.size(); from += batchSize)
            store.tombstone(gone.subList(from, Math.min(gone.size(), from + batchSize)), now);
        return gone.size();
    }

    /**
     * Without {@link #finish}: abandons the load. A bulk load is ended as failed (TDB2's sequential loader leaves the
     * database consistent); an unflushed batch is dropped, and earlier batches stay, so a rerun picks up from there.
     */
    @Override
    public void close() {
        if (!finished && bulk != null) bulk.finishException(new IllegalStateException("the ingest was abandoned"));
        batch.clear();
    }
}
