package org.glamlod.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person or group (an artist, a workshop, the owning museum): a first-class resource at
 * {@code {base}agent/{id}}, shared by every object that refers to it.
 *
 * @param id            the source's stable id for the agent
 * @param kind          person or group
 * @param names         names in order; the first primary name is the display name
 * @param born          birth (persons) or formation (groups)
 * @param died          death (persons) or dissolution (groups)
 * @param nationalities nationality concepts (a set)
 * @param equivalents   the same agent elsewhere: ULAN, Wikidata, VIAF … (a set of URIs)
 */
public record Agent(String id, Kind kind, List<Name> names, TimeSpan born, TimeSpan died,
                    List<Concept> nationalities, List<String> equivalents) {
    public enum Kind { PERSON, GROUP }

    public Agent {
        Lists.requireText(id, "agent id");
        Objects.requireNonNull(kind, "agent kind");
        names = Lists.of(names);
        nationalities = Lists.canonical(nationalities, Concept::uri);
        equivalents = Lists.uris(equivalents, "equivalent");
    }

    /** The name to show: the first primary name, else the first name, else the id. */
    public String label() {
        return names.stream().filter(Name::primary).findFirst().or(() -> names.stream().findFirst())
                .map(Name::content).orElse(id);
    }

    public static Builder person(String id) {
        return new Builder(id, Kind.PERSON);
    }

    public static Builder group(String id) {
        return new Builder(id, Kind.GROUP);
    }

    public static final class Builder {
        private final String id;
        private final Kind kind;
        private final List<Name> names = new ArrayList<>();
        private TimeSpan born;
        private TimeSpan died;
        private final List<Concept> nationalities = new ArrayList<>();
        private final List<String> equivalents = new ArrayList<>();

        private Builder(String id, Kind kind) {
            this.id = id;
            this.kind = kind;
        }

        public Builder name(String content) {
            return name(Name.primary(content, null));
        }

        public Builder name(Name name) {
            names.add(name);
            return this;
        }

        public Builder born(TimeSpan span) {
            this.born = span;
            return this;
        }

        public Builder died(TimeSpan span) {
            this.died = span;
            return this;
        }

        public Builder nationality(Concept concept) {
            nationalities.add(concept);
            return this;
        }

        public Builder equivalent(String uri) {
            equivalents.add(uri);
            return this;
        }

        public Agent build() {
            return new Agent(id, kind, names, born, died, nationalities, equivalents);
        }
    }
}
