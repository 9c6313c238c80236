package org.glamlod.dumps;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.glamlod.store.ObjectStore;

/** The TDB2 database and the text index underneath the store's public (text) dataset. */
final class Tdb2 {
    private Tdb2() {}

    /**
     * The switchable TDB2 container, which compaction needs. The store hands out the text dataset that wraps it;
     * unwrapping stops at the container, because it is itself a wrapper around the current generation.
     */
    static DatasetGraphSwitchable container(ObjectStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        while (!(dsg instanceof DatasetGraphSwitchable) && dsg instanceof DatasetGraphWrapper w) dsg = w.getWrapped();
        if (dsg instanceof DatasetGraphSwitchable container) return container;
        throw new IllegalStateException("the store is not a TDB2 database: " + store.location());
    }

    static TextIndex textIndex(ObjectStore store) {
        if (store.dataset().asDatasetGraph() instanceof DatasetGraphText text) return text.getTextIndex();
        throw new IllegalStateException("the store has no text index: " + store.location());
    }

    /**
     * Quads in the named graphs, inside a transaction: TDB2 keeps them in their own quad table (the default graph's
     * triples are in another), and counting its primary index's records decodes no node, so this is far cheaper than
     * counting {@code find()}'s quads.
     */
    static long quadCount(ObjectStore store) {
        return TDBInternal.getDatasetGraphTDB(container(store)).getQuadTable().getNodeTupleTable().size();
    }

    /**
     * The union of the named graphs, each distinct triple once, in subject order, inside a transaction and in constant
     * memory: a scan of the SPOG quad index, where a triple's copies in several graphs are neighbours, so comparing
     * node ids with the previous record drops them before any node is decoded. (Jena's union-graph {@code find} keeps
     * a hash set of every triple it returned, which a large store does not fit in.)
     */
    static Iterator<Triple> unionTriples(ObjectStore store) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(container(store));
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        Iterator<Tuple<NodeId>> quads = TDBInternal.findIndex(tdb, "SPOG").all(); // (g, s, p, o), in s-p-o-g order
        return Iter.iter(quads).map(q -> TupleFactory.tuple(q.get(1), q.get(2), q.get(3))).distinctAdjacent()
                .map(t -> Triple.create(nodes.getNodeForNodeId(t.get(0)), nodes.getNodeForNodeId(t.get(1)),
                        nodes.getNodeForNodeId(t.get(2))));
    }
}
