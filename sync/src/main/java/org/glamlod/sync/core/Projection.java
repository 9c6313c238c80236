package org.glamlod.sync.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a target makes of one object: a document to send, or why there is nothing to send.
 *
 * @param <D> the target's document type (an item, a file description, an EDM record)
 */
public sealed interface Projection<D> {

    /**
     * A document to send.
     *
     * @param document    what the target's client sends
     * @param fingerprint SHA-256 of the document's canonical serialization: equal documents, equal fingerprints,
     *                    so an unchanged projection is recognised without asking the remote
     * @param description the document for people, as a dry run reports it
     */
    record Ready<D>(D document, String fingerprint, String description) implements Projection<D> {
        public Ready {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(description, "description");
        }
    }

    /** Nothing to send, deliberately (e.g. no data this target takes): the item is skipped with the reason. */
    record Skip<D>(String reason) implements Projection<D> {
        public Skip {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A person must decide first (an unmapped type, an unresolved creator): the item waits for review. */
    record Review<D>(String reason) implements Projection<D> {
        public Review {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A document with the fingerprint of {@code canonical}, its serialization in a canonical form (sorted keys,
     * sorted statements: whatever makes equal documents serialize equally).
     */
    static <D> Ready<D> ready(D document, String canonical, String description) {
        return new Ready<>(document, sha256(canonical), description);
    }

    static <D> Skip<D> skip(String reason) {
        return new Skip<>(reason);
    }

    static <D> Review<D> review(String reason) {
        return new Review<>(reason);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
