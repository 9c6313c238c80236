package org.glamlod.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;

/**
 * Where the collection's triples live, as everything but the SPARQL service and the dumps sees it: one named graph
 * per object (named by the object's URI), a default graph for queries that is the union of those graphs, a text
 * index behind {@code text:query}, and per object the store's bookkeeping ({@link StoreState}). Two kinds:
 * {@link ObjectStore}, the embedded TDB2 store under the data directory, and {@link RemoteStore}, an external SPARQL
 * 1.1 store reached over the SPARQL Protocol, SPARQL Update and the Graph Store Protocol.
 */
public interface Store extends AutoCloseable {
    /** Where it is, for people: a directory or an endpoint. */
    String location();

    /** A copy of one named graph; empty when there is none. */
    Graph graph(String name);

    /** Names of all named graphs (the objects), sorted. */
    List<String> graphNames();

    /** Number of quads in all named graphs. */
    long quadCount();

    /** Whether nothing at all has been stored yet, bookkeeping included. */
    boolean isEmpty();

    /**
     * The rows of a SELECT over the union default graph ({@code GRAPH} and {@code text:query} work too), each mapped
     * by {@code row} (null results are dropped), cut off after {@code timeout} (null: the store's own limit).
     */
    <T> List<T> select(String query, Duration timeout, Function<QuerySolution, T> row);

    /** An ASK over the union default graph. */
    boolean ask(String query);

    /** The bookkeeping of these objects, for those that have any. */
    Map<String, Entry> entries(Collection<String> objects);

    /** The objects a source loaded that are not deleted. */
    List<String> liveObjects(String source);

    /**
     * In one transaction: each graph replaces the named graph of its name (text index included), with its
     * bookkeeping (fingerprint and source; a tombstone is lifted).
     */
    void replace(List<Replacement> graphs, String source);

    /** In one transaction: the objects' graphs are removed and their bookkeeping becomes a tombstone dated {@code at}. */
    void tombstone(List<String> objects, Instant at);

    /**
     * In one transaction: what a sync target says about an object (its remote ids as linked data, e.g.
     * {@code la:equivalent} to a Wikidata item) replaces what that target said before, in the object's graph, where
     * pages, queries and projections see it. It outlives re-ingests: {@link ObjectLoader} puts it back when it
     * replaces the graph. A link the graph has already (from the source's record) is left to the source, so taking
     * the link back never removes what the record says. An object that is not in the store (never loaded, or
     * deleted) gets nothing; false then.
     */
    boolean putLinks(String object, String target, Graph links);

    @Override
    void close();

    /** A graph to store, with the fingerprint of its triples. */
    record Replacement(String name, Graph graph, String fingerprint) {}

    /**
     * An object's bookkeeping.
     *
     * @param fingerprint the stored graph's fingerprint, without the links (null once deleted)
     * @param source      the source (mapping) that loaded it
     * @param deleted     when a complete ingest no longer had it (a tombstone), or null
     * @param links       per sync target, the links it wrote into the graph, as N-Triples
     */
    record Entry(String fingerprint, String source, String deleted, Map<String, String> links) {
        public Entry {
            links = Map.copyOf(links);
        }

        public boolean isDeleted() {
            return deleted != null;
        }

        /** Every target's links together. */
        public Graph linkGraph() {
            Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            links.values().forEach(text -> StoreState.fromNTriples(text).find().forEach(g::add));
            return g;
        }
    }

    /** A store that cannot be opened, read or written. */
    final class StoreException extends RuntimeException {
        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }

        public StoreException(String message) {
            super(message);
        }
    }
}
