package org.glamlod.model;

import org.glamlod.model.vocab.AAT;

/** An identifier the holding institution assigned, e.g. an accession number. */
public record Identifier(String value, Type type) {
    public enum Type {
        ACCESSION_NUMBER(AAT.ACCESSION_NUMBER, "accession number"),
        SYSTEM_NUMBER(AAT.SYSTEM_NUMBER, "system number"),
        LOCAL_NUMBER(AAT.LOCAL_NUMBER, "local number");

        public final Concept concept;

        Type(String uri, String label) {
            this.concept = Concept.of(uri, label);
        }
    }

    public Identifier {
        Lists.requireText(value, "identifier");
        java.util.Objects.requireNonNull(type, "identifier type");
    }

    public static Identifier accession(String value) {
        return new Identifier(value, Type.ACCESSION_NUMBER);
    }

    public static Identifier system(String value) {
        return new Identifier(value, Type.SYSTEM_NUMBER);
    }
}
