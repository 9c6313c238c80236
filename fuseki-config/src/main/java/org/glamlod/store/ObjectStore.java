package org.glamlod.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.store.FSDirectory;
import org.glamlod.model.vocab.CRM;

/**
 * The embedded store: TDB2 under {@code {data}/tdb2}, one named graph per object (named by the object's
 * URI), with a Lucene text index under {@code {data}/lucene} over names, titles, statements
 * ({@code crm:P190_has_symbolic_content}) and labels, each hit carrying its graph so results map to objects.
 * Queries see the union of the named graphs as the default graph, so a scholar's plain
 * {@code SELECT … WHERE { ?o a crm:E22_Human-Made_Object }} works without {@code GRAPH ?g}. The store's own
 * bookkeeping ({@link StoreState}) lives in the real default graph, which that union hides.
 */
public final class ObjectStore implements Store {
    /** Lucene fields: what text:query searches by default, labels, the graph, and the uid that lets deletes work. */
    public static final String TEXT_FIELD = "text";
    public static final String LABEL_FIELD = "label";
    public static final String GRAPH_FIELD = "graph";
    private static final int INDEX_COMMIT = 20_000;

    private final Path location;
    private final Dataset tdb;
    private final Dataset dataset;
    private final TextIndex index;
    private long pendingIndexed;

    private ObjectStore(Path location, Dataset tdb, Dataset dataset, TextIndex index) {
        this.location = location;
        this.tdb = tdb;
        this.dataset = dataset;
        this.index = index;
    }

    /** Opens (creating if needed) the store under a data directory. */
    public static ObjectStore open(Path dataDir) {
        Path location = dataDir.resolve("tdb2");
        Path lucene = dataDir.resolve("lucene");
        try {
            Files.createDirectories(location);
            Files.createDirectories(lucene);
            Dataset tdb = TDB2Factory.connectDataset(location.toString());
            tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(lucene), new TextIndexConfig(entityDefinition()));
            Dataset text = TextDatasetFactory.create(tdb, index, true);
            text.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new ObjectStore(location, tdb, text, index);
        } catch (IOException e) {
            throw new StoreException("cannot open the store under " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store under " + dataDir + " (is another glam process using it?): "
                    + e.getMessage(), e);
        }
    }

    static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition("uri", TEXT_FIELD, GRAPH_FIELD, CRM.P190_has_symbolic_content);
        def.set(LABEL_FIELD, RDFS.label.asNode());
        def.setUidField("uid");
        return def;
    }

    public Path directory() {
        return location;
    }

    @Override
    public String location() {
        return location.toString();
    }

    /** The dataset, for SPARQL (text:query included); callers run their own transactions. */
    public Dataset dataset() {
        return dataset;
    }

    /** The TDB2 dataset under the text index, for the bulk loader, which indexes through {@link #index}. */
    DatasetGraph tdbGraph() {
        return tdb.asDatasetGraph();
    }

    /** Inside a write transaction: the graph's quads replace the named graph's, through the text index. */
    private void putGraph(Node name, Graph graph) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        removeGraph(name);
        graph.find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * Inside a write transaction: removes a named graph. Indexed text goes quad by quad through the text dataset, so
     * Lucene drops it too; the rest by pattern in TDB2, because TDB2 hands inlined values back in another lexical
     * form ("45" as "45.0") and deleting the quad it handed back would miss the stored one.
     */
    private void removeGraph(Node name) {
        DatasetGraph text = dataset.asDatasetGraph();
        List<Quad> indexed = new ArrayList<>();
        for (Node p : List.of(CRM.P190_has_symbolic_content, RDFS.label.asNode()))
            text.find(name, Node.ANY, p, Node.ANY).forEachRemaining(indexed::add);
        indexed.forEach(text::delete);
        tdb.asDatasetGraph().deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Graph graph(String name) {
        return Txn.calculateRead(dataset, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().find(NodeFactory.createURI(name), Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> copy.add(q.asTriple()));
            return copy;
        });
    }

    @Override
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            names.sort(null);
            return names;
        });
    }

    @Override
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                if (!it.next().isDefaultGraph()) n++;
            }
            return n;
        });
    }

    @Override
    public boolean isEmpty() {
        return Txn.calculateRead(tdb, () -> !tdb.asDatasetGraph().find().hasNext());
    }

    /**
     * Adds a graph's text to the index directly, for the bulk loader, which writes to TDB2 underneath the index;
     * {@link #commitIndex()} when done. Commits as it goes, so Lucene's pending documents stay bounded.
     */
    void index(Node graphName, Graph graph) {
        EntityDefinition def = index.getDocDef();
        graph.find().forEach(t -> {
            Entity e = TextQueryFuncs.entityFromQuad(def, graphName, t.getSubject(), t.getPredicate(), t.getObject());
            if (e == null) return;
            index.addEntity(e);
            if (++pendingIndexed % INDEX_COMMIT == 0) index.commit();
        });
    }

    void commitIndex() {
        index.commit();
    }

    @Override
    public <T> List<T> select(String query, Duration timeout, Function<QuerySolution, T> row) {
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(dataset).query(query);
            if (timeout != null) builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (QueryExecution qe = builder.build()) {
                return Rows.of(qe, row);
            }
        });
    }

    @Override
    public boolean ask(String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return qe.execAsk();
            }
        });
    }

    @Override
    public Map<String, Entry> entries(Collection<String> objects) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Map<String, Entry> out = new HashMap<>();
            for (String name : objects) {
                String[] fields = new String[3];
                Map<String, String> links = new HashMap<>();
                dsg.find(Quad.defaultGraphIRI, NodeFactory.createURI(name), Node.ANY, Node.ANY).forEachRemaining(q -> {
                    String p = q.getPredicate().getURI();
                    String value = q.getObject().getLiteralLexicalForm();
                    String target = StoreState.linksTarget(p);
                    if (target != null) links.put(target, value);
                    else if (p.equals(StoreState.FINGERPRINT.getURI())) fields[0] = value;
                    else if (p.equals(StoreState.SOURCE.getURI())) fields[1] = value;
                    else if (p.equals(StoreState.DELETED.getURI())) fields[2] = value;
                });
                if (fields[0] != null || fields[1] != null || fields[2] != null || !links.isEmpty())
                    out.put(name, new Entry(fields[0], fields[1], fields[2], links));
            }
            return out;
        });
    }

    @Override
    public List<String> liveObjects(String source) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<String> out = new ArrayList<>();
            dsg.find(Quad.defaultGraphIRI, Node.ANY, StoreState.SOURCE, NodeFactory.createLiteralString(source))
                    .forEachRemaining(q -> {
                        if (!dsg.contains(Quad.defaultGraphIRI, q.getSubject(), StoreState.DELETED, Node.ANY)) out.add(q.getSubject().getURI());
                    });
            return out;
        });
    }

    @Override
    public void replace(List<Replacement> graphs, String source) {
        Node src = NodeFactory.createLiteralString(source);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (Replacement r : graphs) {
                Node name = NodeFactory.createURI(r.name());
                putGraph(name, r.graph());
                for (Node p : List.of(StoreState.FINGERPRINT, StoreState.SOURCE, StoreState.DELETED))
                    dsg.deleteAny(Quad.defaultGraphIRI, name, p, Node.ANY);
                StoreState.of(name, r.fingerprint(), src).forEach(dsg::add);
            }
        });
    }

    @Override
    public void tombstone(List<String> objects, Instant at) {
        Node when = StoreState.date(at);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (String object : objects) {
                Node name = NodeFactory.createURI(object);
                removeGraph(name);
                dsg.deleteAny(Quad.defaultGraphIRI, name, StoreState.FINGERPRINT, Node.ANY);
                dsg.add(Quad.defaultGraphIRI, name, StoreState.DELETED, when);
            }
        });
    }

    @Override
    public boolean putLinks(String object, String target, Graph links) {
        Node name = NodeFactory.createURI(object);
        Node property = StoreState.links(target);
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (!dsg.find(Quad.defaultGraphIRI, name, StoreState.FINGERPRINT, Node.ANY).hasNext()) return false;
            var before = dsg.find(Quad.defaultGraphIRI, name, property, Node.ANY);
            if (before.hasNext()) {
                StoreState.fromNTriples(before.next().getObject().getLiteralLexicalForm()).find()
                        .forEach(t -> dsg.delete(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            dsg.deleteAny(Quad.defaultGraphIRI, name, property, Node.ANY);
            Graph added = GraphFactory.createDefaultGraph();
            links.find().filterDrop(t -> dsg.contains(name, t.getSubject(), t.getPredicate(), t.getObject())).forEach(added::add);
            added.find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            if (!added.isEmpty())
                dsg.add(Quad.defaultGraphIRI, name, property, NodeFactory.createLiteralString(StoreState.toNTriples(added)));
            return true;
        });
    }

    @Override
    public void close() {
        dataset.close();
        index.close();
        tdb.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(tdb.asDatasetGraph());
    }
}
