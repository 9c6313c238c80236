package org.glamlod.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.glamlod.model.rdf.Fingerprint;

/**
 * Loads one source's objects into the store, writing only what changed:
 * <ul>
 * <li>an object whose graph has the fingerprint already stored is left alone (nothing is written);</li>
 * <li>into an empty store, everything goes through TDB2's sequential bulk loader (crash-safe, and several times
 * faster than transactions), and the text is indexed alongside;</li>
 * <li>otherwise changes are written in transactions of {@code batchSize} objects (many small transactions make TDB2
 * grow several-fold), through the text index;</li>
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

    private final ObjectStore store;
    private final Node source;
    private final int batchSize;
    private final IdSet seen = new IdSet();
    private final List<Pending> batch = new ArrayList<>();
    private final DataLoader bulk;
    private final long[] counts = new long[Outcome.values().length];
    private boolean finished;

    private record Pending(Node name, Graph graph, String fingerprint) {}

    public ObjectLoader(ObjectStore store, String source, int batchSize) {
        this.store = store;
        this.source = NodeFactory.createLiteralString(source);
        this.batchSize = batchSize;
        if (store.isEmpty()) {
            bulk = LoaderFactory.sequentialLoader(store.tdbGraph(), (fmt, args) -> {});
            bulk.startBulk();
        } else {
            bulk = null;
        }
    }

    /** Adds or replaces an object's graph (named by the object's URI) if it changed. */
    public void put(String objectUri, Graph graph) {
        if (!seen.add(objectUri)) throw new DuplicateIdException(objectUri);
        Node name = NodeFactory.createURI(objectUri);
        String fingerprint = Fingerprint.of(graph);
        if (bulk != null) {
            StreamRDF out = bulk.stream();
            graph.find().forEach(t -> out.quad(Quad.create(name, t)));
            store.index(name, graph);
            // the loader files quads named urn:x-arq:DefaultGraph as a named graph: state goes in as triples
            state(name, fingerprint).forEach(q -> out.triple(q.asTriple()));
            counts[Outcome.CREATED.ordinal()]++;
            return;
        }
        batch.add(new Pending(name, graph, fingerprint));
        if (batch.size() >= batchSize) flush();
    }

    /** Writes what is pending, deletes what a complete input no longer has (if {@code full}), and says what it did. */
    public Summary finish(boolean full) {
        finished = true;
        long deleted = 0;
        if (bulk != null) {
            bulk.finishBulk();
            store.commitIndex();
        } else {
            flush();
            if (full) deleted = tombstoneUnseen();
        }
        return new Summary(counts[0], counts[1], counts[2], deleted, bulk != null);
    }

    private void flush() {
        if (batch.isEmpty()) return;
        Txn.executeWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            for (Pending p : batch) {
                Node stored = first(dsg, p.name, StoreState.FINGERPRINT);
                boolean deleted = first(dsg, p.name, StoreState.DELETED) != null;
                if (stored != null && !deleted && stored.getLiteralLexicalForm().equals(p.fingerprint)) {
                    counts[Outcome.UNCHANGED.ordinal()]++;
                    continue;
                }
                store.putGraph(p.name, p.graph);
                dsg.deleteAny(Quad.defaultGraphIRI, p.name, Node.ANY, Node.ANY);
                state(p.name, p.fingerprint).forEach(dsg::add);
                counts[(stored == null || deleted ? Outcome.CREATED : Outcome.UPDATED).ordinal()]++;
            }
        });
        batch.clear();
    }

    /** This source's live objects the input did not have become tombstones. */
    private long tombstoneUnseen() {
        List<Node> gone = Txn.calculateRead(store.dataset(), () -> {
            List<Node> out = new ArrayList<>();
            store.dataset().asDatasetGraph().find(Quad.defaultGraphIRI, Node.ANY, StoreState.SOURCE, source)
                    .forEachRemaining(q -> {
                        if (!seen.contains(q.getSubject().getURI())
                                && first(store.dataset().asDatasetGraph(), q.getSubject(), StoreState.DELETED) == null)
                            out.add(q.getSubject());
                    });
            return out;
        });
        Node now = NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime);
        for (int from = 0; from < gone.size(); from += batchSize) {
            List<Node> slice = gone.subList(from, Math.min(gone.size(), from + batchSize));
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                for (Node name : slice) {
                    store.removeGraph(name);
                    dsg.deleteAny(Quad.defaultGraphIRI, name, StoreState.FINGERPRINT, Node.ANY);
                    dsg.add(Quad.defaultGraphIRI, name, StoreState.DELETED, now);
                }
            });
        }
        return gone.size();
    }

    private List<Quad> state(Node name, String fingerprint) {
        return List.of(Quad.create(Quad.defaultGraphIRI, name, StoreState.FINGERPRINT, NodeFactory.createLiteralString(fingerprint)),
                Quad.create(Quad.defaultGraphIRI, name, StoreState.SOURCE, source));
    }

    private static Node first(DatasetGraph dsg, Node subject, Node property) {
        var it = dsg.find(Quad.defaultGraphIRI, subject, property, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
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
