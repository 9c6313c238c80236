package org.glamlod.dumps;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.glamlod.store.ObjectStore;
import org.glamlod.store.StoreState;

/**
 * What the public data looked like, cheaply: the objects' content fingerprints that the loader keeps
 * ({@link StoreState#FINGERPRINT}), combined order-independently, and the number of quads in the object graphs,
 * counted on TDB2's quad index. A dump made from a store with the same fingerprint would be the same dump.
 * <p>
 * Every ingest changes the digest when it changes an object. A SPARQL Update that bypasses the loader changes only the
 * quad count, and only if it adds or removes quads; an edit that replaces one literal with another is seen when the
 * next ingest or {@code glam export} runs.
 *
 * @param objects live objects (with a content fingerprint; tombstones excluded)
 * @param quads   quads in all named graphs
 * @param digest  the sum of a 64-bit hash of (object, content fingerprint) over the objects, hex
 */
public record StoreFingerprint(long objects, long quads, String digest) {

    /** The store's fingerprint now (in a read transaction of its own, or the caller's). */
    public static StoreFingerprint of(ObjectStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            MessageDigest sha = sha256();
            long objects = 0;
            long sum = 0;
            var it = dsg.find(Quad.defaultGraphIRI, Node.ANY, StoreState.FINGERPRINT, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                byte[] d = sha.digest((q.getSubject().getURI() + '\n' + q.getObject().getLiteralLexicalForm())
                        .getBytes(StandardCharsets.UTF_8));
                long h = 0;
                for (int i = 0; i < 8; i++) h = h << 8 | (d[i] & 0xff);
                sum += h; // addition commutes: the order TDB2 hands the objects back in does not matter
                objects++;
            }
            return new StoreFingerprint(objects, Tdb2.quadCount(store), String.format("%016x", sum));
        });
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
