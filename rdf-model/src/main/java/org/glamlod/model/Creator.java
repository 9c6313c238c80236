package org.glamlod.model;

import java.util.Objects;

/**
 * One maker's part in a production, with the museum's attribution qualifier.
 *
 * @param agent     the named agent
 * @param role      what they did (AAT role such as "painters"), or null
 * @param qualifier how sure, or how related, the attribution is
 */
public record Creator(Agent agent, Concept role, Qualifier qualifier) {
    /**
     * Attribution qualifiers. {@link #carriedOut()} tells whether the named agent made the work (possibly
     * uncertainly) or only shaped it: "workshop of X" or "after X" do not say X made it, so Linked Art links X with
     * {@code influenced_by} rather than {@code carried_out_by}.
     */
    public enum Qualifier {
        NONE(null, true),
        ATTRIBUTED_TO("attributed to", true),
        POSSIBLY_BY("possibly by", true),
        WORKSHOP_OF("workshop of", false),
        STUDIO_OF("studio of", false),
        CIRCLE_OF("circle of", false),
        SCHOOL_OF("school of", false),
        FOLLOWER_OF("follower of", false),
        MANNER_OF("manner of", false),
        AFTER("after", false),
        COPY_AFTER("copy after", false);

        private final String label;
        private final boolean carriedOut;

        Qualifier(String label, boolean carriedOut) {
            this.label = label;
            this.carriedOut = carriedOut;
        }

        /** As museums write it ("workshop of"); null for an unqualified attribution. */
        public String label() {
            return label;
        }

        public boolean carriedOut() {
            return carriedOut;
        }

        /** URL-safe name for the qualifier's concept URI ("workshop-of"). */
        public String slug() {
            return label == null ? null : label.replace(' ', '-');
        }

        public static java.util.Optional<Qualifier> fromSlug(String slug) {
            for (Qualifier q : values()) if (slug.equals(q.slug())) return java.util.Optional.of(q);
            return java.util.Optional.empty();
        }
    }

    public Creator {
        Objects.requireNonNull(agent, "creator agent");
        if (qualifier == null) qualifier = Qualifier.NONE;
    }

    public static Creator of(Agent agent) {
        return new Creator(agent, null, Qualifier.NONE);
    }
}
