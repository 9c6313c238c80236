package org.glamlod.model.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The canonical fingerprint of a graph: SHA-256 over its triples as N-Triples lines in sorted order. Writers emit
 * no blank nodes, so the N-Triples form of each triple is canonical and the fingerprint is the same in every run
 * and JVM; it changes with any changed triple. Used to skip re-writing unchanged objects and re-pushing unchanged
 * projections.
 */
public final class Fingerprint {
    private Fingerprint() {}

    public static String of(Graph graph) {
        String[] lines = graph.stream().map(Fingerprint::line).sorted().toArray(String[]::new);
        MessageDigest sha = sha256();
        for (String line : lines) sha.update(line.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String line(Triple t) {
        return term(t.getSubject()) + ' ' + term(t.getPredicate()) + ' ' + term(t.getObject()) + " .\n";
    }

    private static String term(Node n) {
        if (n.isBlank())
            throw new IllegalArgumentException("a fingerprinted graph must not have blank nodes: their labels are not stable");
        return NodeFmtLib.strNT(n);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
