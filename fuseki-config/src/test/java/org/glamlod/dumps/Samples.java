package org.glamlod.dumps;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.store.ObjectLoader;
import org.glamlod.store.ObjectStore;

/** The sample collection in a store, and what tests ask of a store. */
final class Samples {
    static final UriScheme URIS = new UriScheme(SampleCollection.BASE_URI);
    static final ObjectGraphWriter WRITER = new ObjectGraphWriter(URIS);

    private Samples() {}

    static void load(ObjectStore store) {
        try (ObjectLoader loader = new ObjectLoader(store, "samples", 100)) {
            SampleCollection.all().forEach(o -> loader.put(URIS.object(o.id()), WRITER.graph(o)));
            loader.finish(false);
        }
    }

    static List<HumanMadeObject> objects() {
        return SampleCollection.all();
    }

    /** The object's graph with its label replaced, in a write transaction of its own (as a sync write-back would). */
    static void relabel(ObjectStore store, HumanMadeObject o, String label) {
        Node uri = NodeFactory.createURI(URIS.object(o.id()));
        Graph g = GraphFactory.createGraphMem();
        WRITER.graph(o).find().forEach(g::add);
        g.remove(uri, RDFS.label.asNode(), Node.ANY);
        g.add(uri, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
        try (ObjectLoader loader = new ObjectLoader(store, "samples", 1)) {
            loader.put(uri.getURI(), g);
            loader.finish(false);
        }
    }

    /** Objects (graphs) whose label matches, through SPARQL's text:query as scholars use it. */
    static List<String> labelHits(ObjectStore store, String word) {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT DISTINCT ?g WHERE { (?s ?score ?lit ?g) text:query (rdfs:label \"" + word + "\") }";
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (var qe = QueryExecutionFactory.create(q, store.dataset())) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource("g").getURI()));
            }
            return out;
        });
    }

    static long count(ObjectStore store, String select) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (var qe = QueryExecutionFactory.create(select, store.dataset())) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
