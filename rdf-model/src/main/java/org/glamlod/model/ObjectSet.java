package org.glamlod.model;

/** A collection or department the object belongs to (Linked Art {@code Set}), at {@code {base}set/{id}}. */
public record ObjectSet(String id, String name) {
    public ObjectSet {
        Lists.requireText(id, "set id");
        Lists.requireText(name, "set name");
    }
}
