package org.glamlod.model.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The canonical fingerprint of a graph: SHA-256 over its triples as N-Triples lines in sorted order. Writers emit
 * no blank nodes, so the N-Triples form of each triple is canonical and the fingerprint is the same in every run
 * and JVM; it changes with any changed triple. Used to skip re-writing unchanged objects and re-pushing unchanged
 * projections.
 */
public final class Fingerprint {
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    private Fingerprint() {}

    public static String of(Graph graph) {
        String[] lines = graph.stream().map(Fingerprint::line).sorted().toArray(String[]::new);
        MessageDigest sha = sha256();
        for (String line : lines) sha.update(line.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The triple as one N-Triples line (UTF-8, as Jena writes N-Triples), written directly because it is hot. */
    static String line(Triple t) {
        StringBuilder sb = new StringBuilder(128);
        term(sb, t.getSubject()).append(' ');
        term(sb, t.getPredicate()).append(' ');
        return term(sb, t.getObject()).append(" .\n").toString();
    }

    private static StringBuilder term(StringBuilder sb, Node n) {
        if (n.isURI()) return uri(sb, n.getURI());
        if (n.isLiteral()) {
            sb.append('"');
            String lex = n.getLiteralLexicalForm();
            for (int i = 0; i < lex.length(); i++) {
                char c = lex.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> sb.append(c);
                }
            }
            sb.append('"');
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return sb.append('@').append(lang);
            String dt = n.getLiteralDatatypeURI();
            return dt == null || dt.equals(XSD_STRING) ? sb : uri(sb.append("^^"), dt);
        }
        throw new IllegalArgumentException(n.isBlank()
                ? "a fingerprinted graph must not have blank nodes: their labels are not stable" : "cannot fingerprint " + n);
    }

    private static StringBuilder uri(StringBuilder sb, String uri) {
        return sb.append('<').append(uri).append('>');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
