package org.glamlod.model;

import java.util.List;

/** A place (of production, say): a first-class resource at {@code {base}place/{id}}. */
public record Place(String id, List<Name> names, List<String> equivalents) {
    public Place {
        Lists.requireText(id, "place id");
        names = Lists.of(names);
        equivalents = Lists.uris(equivalents, "equivalent");
    }

    public static Place of(String id, String name, String... equivalents) {
        return new Place(id, List.of(Name.primary(name, null)), List.of(equivalents));
    }

    public String label() {
        return names.stream().filter(Name::primary).findFirst().or(() -> names.stream().findFirst())
                .map(Name::content).orElse(id);
    }
}
