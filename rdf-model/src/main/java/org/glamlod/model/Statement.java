package org.glamlod.model;

import java.util.Objects;
import org.glamlod.model.vocab.AAT;

/** A piece of descriptive text about the object (Linked Art {@code referred_to_by} a LinguisticObject). */
public record Statement(Type type, String content, String language) {
    public enum Type {
        DESCRIPTION(AAT.DESCRIPTION, "description"),
        MATERIALS(AAT.MATERIALS_STATEMENT, "materials description"),
        DIMENSIONS(AAT.DIMENSIONS_STATEMENT, "dimensions description"),
        CREDIT_LINE(AAT.CREDIT_LINE, "credit line"),
        PROVENANCE(AAT.PROVENANCE_STATEMENT, "provenance statement"),
        RIGHTS(AAT.RIGHTS_STATEMENT, "rights statement"),
        INSCRIPTION(AAT.INSCRIPTION, "inscription"),
        SIGNATURE(AAT.SIGNATURE, "signature"),
        BIBLIOGRAPHY(AAT.BIBLIOGRAPHY, "bibliography statement");

        public final Concept concept;

        Type(String uri, String label) {
            this.concept = Concept.of(uri, label);
        }
    }

    public Statement {
        Objects.requireNonNull(type, "statement type");
        Lists.requireText(content, "statement");
        if (language != null) language = language.isBlank() ? null : org.glamlod.model.vocab.Languages.normalise(language);
    }

    public static Statement of(Type type, String content, String language) {
        return new Statement(type, content, language);
    }
}
