package org.glamlod.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The collection's triple store: a TDB2 database under {@code {data}/tdb2}, one named graph per object (named by the
 * object's URI). Queries see the union of the named graphs as the default graph, so a scholar's plain
 * {@code SELECT … WHERE { ?o a crm:E22_Human-Made_Object }} works without {@code GRAPH ?g}.
 */
public final class ObjectStore implements AutoCloseable {
    private final Path location;
    private final Dataset dataset;

    private ObjectStore(Path location, Dataset dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the store under a data directory. */
    public static ObjectStore open(Path dataDir) {
        Path location = dataDir.resolve("tdb2");
        try {
            Files.createDirectories(location);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the store directory " + location + ": " + e.getMessage(), e);
        }
        Dataset ds = TDB2Factory.connectDataset(location.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new ObjectStore(location, ds);
    }

    public Path location() {
        return location;
    }

    /** The dataset, for SPARQL; callers run their own transactions. */
    public Dataset dataset() {
        return dataset;
    }

    /** A graph to store under a name (an object's URI). */
    public record NamedGraph(String name, Graph graph) {}

    /**
     * Replaces each named graph with the given one, all in one write transaction: either every graph is written or,
     * on failure, none is. {@code progress} hears each graph's name once it is written.
     */
    public void replace(List<NamedGraph> graphs, Consumer<String> progress) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (NamedGraph ng : graphs) {
                Node name = NodeFactory.createURI(ng.name());
                dsg.removeGraph(name);
                ng.graph().find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                progress.accept(ng.name());
            }
        });
    }

    /** A copy of one named graph; empty when there is none. */
    public Graph graph(String name) {
        return Txn.calculateRead(dataset, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().getGraph(NodeFactory.createURI(name)).find().forEach(copy::add);
            return copy;
        });
    }

    /** Names of all named graphs, sorted. */
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new java.util.ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            names.sort(null);
            return names;
        });
    }

    /** Number of quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }

    /** A store that cannot be opened or written. */
    public static final class StoreException extends RuntimeException {
        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
