package org.glamlod.mappings.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A place in a mapping file, read strictly: unknown keys and wrong shapes are errors naming the file and the path
 * ({@code smk.yaml: object.titles[0]: unknown key 'lang' (expected one of …)}), because a typo in a mapping
 * silently dropping a field is the worst kind of bug for a museum.
 */
record SpecNode(String file, String path, JsonNode node) {
    SpecNode child(String key) {
        JsonNode c = node.get(key);
        return c == null || c.isNull() ? null : new SpecNode(file, path.isEmpty() ? key : path + "." + key, c);
    }

    boolean has(String key) {
        return child(key) != null;
    }

    boolean isText() {
        return node.isValueNode();
    }

    String text() {
        if (!node.isValueNode()) throw error("expected a value, found " + (node.isArray() ? "a list" : "a map"));
        return node.asText();
    }

    String text(String key) {
        SpecNode c = child(key);
        return c == null ? null : c.text();
    }

    /** The entries under a key: a list, or a single entry written without the list. */
    List<SpecNode> list(String key) {
        SpecNode c = child(key);
        if (c == null) return List.of();
        if (!c.node.isArray()) return List.of(c);
        List<SpecNode> out = new ArrayList<>();
        for (int i = 0; i < c.node.size(); i++) out.add(new SpecNode(file, c.path + "[" + i + "]", c.node.get(i)));
        return out;
    }

    List<String> keys() {
        if (!node.isObject()) throw error("expected a map of keys");
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) keys.add(it.next());
        return keys;
    }

    SpecNode allowOnly(Set<String> allowed) {
        if (!node.isObject()) throw error("expected a map with keys " + new java.util.TreeSet<>(allowed));
        for (String key : keys())
            if (!allowed.contains(key))
                throw new MappingException(file + ": " + (path.isEmpty() ? "" : path + ": ") + "unknown key '" + key
                        + "' (expected one of " + new java.util.TreeSet<>(allowed) + ")");
        return this;
    }

    MappingException error(String message) {
        return new MappingException(file + ": " + (path.isEmpty() ? "(top level)" : path) + ": " + message);
    }
}
