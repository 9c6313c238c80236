package org.glamlod.sync.core;

import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * A remote the collection is synced to (Wikidata, Wikimedia Commons, Europeana): how an object becomes a
 * document there, and the client calls that send it. {@link SyncRun} does the rest: which objects are due, the
 * rights gate, rate limits, retries, state and write-back.
 *
 * @param <D> the document type the projection makes and the client sends
 */
public interface SyncTarget<D> {

    /** The target's name in the sync state and in links bookkeeping: lower-case letters, digits and dashes. */
    String name();

    /** Which rights must be open (CC0 or Public Domain Mark) before anything of an object is sent here. */
    RightsGate.Scope openRights();

    /**
     * The document for this object, a pure function of the item (its graph and known remote id) and the target's
     * settings: no remote calls, so a dry run shows exactly what a real run sends.
     */
    Projection<D> project(SyncItem item);

    /**
     * The remote record that already stands for this object, if any, looked up before anything is created. This is
     * what makes a crash between a remote create and the recorded state harmless: the rerun finds the record and
     * updates it rather than creating a second one.
     *
     * @throws TargetException with {@link TargetException.Kind#NEEDS_REVIEW} when several records match
     */
    Optional<String> reconcile(SyncItem item, D document) throws TargetException;

    /**
     * What {@link #push} would change at the remote as it stands now, found with reads only (the record, when
     * {@code item} has no remote id yet, is looked up as {@link #reconcile} does): the diff a dry run shows. Empty
     * when the target cannot tell without writing; the dry run then shows the document as projected.
     *
     * @throws TargetException as {@link #push} would: a person must choose, or the remote could not be read
     */
    default Optional<Preview> preview(SyncItem item, D document) throws TargetException {
        return Optional.empty();
    }

    /**
     * The file suffix of the target's batch format (e.g. {@code .qs} for QuickStatements): a dry run collects every
     * item's {@link Preview#commands()} into one such file beside its report. Empty when the target has none.
     */
    default Optional<String> batchSuffix() {
        return Optional.empty();
    }

    /**
     * Creates ({@code remoteId} null) or updates the object's remote record so that it says what {@code document}
     * says, and returns its remote id.
     */
    String push(SyncItem item, D document, String remoteId) throws TargetException;

    /**
     * What the object's graph should say about its remote record (e.g. {@code la:equivalent} to a Wikidata
     * entity), written back into the graph where pages, queries and scholars see it.
     */
    Graph links(String object, String remoteId);
}
