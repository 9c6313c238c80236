package org.glamlod.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON-LD context read the way a compacting writer needs it: IRI → term, with each class's scoped terms overriding
 * the global ones (JSON-LD 1.1 type-scoped contexts apply to the typed node only, not to nodes embedded in it, which
 * is exactly the per-node lookup here). Handles the subset of JSON-LD the Linked Art context uses: prefixes, keyword
 * aliases, and term definitions with {@code @id}, {@code @type}, {@code @container} and a class's {@code @context}.
 */
final class ContextTerms {
    /**
     * One term.
     *
     * @param coercion {@code @id} for node references, a datatype IRI for typed literals, or null
     * @param set      {@code @container: @set}: always a JSON array
     * @param order    position in the context document, which fixes JSON key order
     */
    record Term(String name, String iri, String coercion, boolean set, int order) {}

    private final Map<String, String> prefixes = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, Term> byIri = new HashMap<>();
    private final Map<String, Map<String, Term>> scopedByIri = new HashMap<>();
    private int position;

    private ContextTerms(JsonNode context) {
        // prefixes first: a definition may use a prefix declared after it
        context.properties().forEach(e -> {
            if (e.getValue().isTextual() && !e.getValue().asText().startsWith("@")) prefixes.put(e.getKey(), e.getValue().asText());
        });
        context.properties().forEach(e -> {
            String name = e.getKey();
            JsonNode def = e.getValue();
            if (def.isTextual() && def.asText().startsWith("@")) aliases.put(def.asText(), name);
            if (!def.isObject()) return;
            index(byIri, name, def);
            if (def.has("@context")) {
                Map<String, Term> scoped = new HashMap<>();
                def.get("@context").properties().forEach(s -> index(scoped, s.getKey(), s.getValue()));
                scopedByIri.put(name, scoped);
            }
        });
    }

    static ContextTerms load(InputStream in) {
        try (in) {
            return new ContextTerms(new ObjectMapper().readTree(in).required("@context"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void index(Map<String, Term> into, String name, JsonNode def) {
        JsonNode type = def.get("@type");
        Term term = new Term(name, expand(def.required("@id").asText()), type == null ? null : expand(type.asText()),
                "@set".equals(def.path("@container").asText()), position++);
        if (into.put(term.iri(), term) != null)
            throw new IllegalStateException("two terms for " + term.iri() + " in one scope of the context");
    }

    private String expand(String value) {
        int colon = value.indexOf(':');
        String prefix = colon > 0 ? prefixes.get(value.substring(0, colon)) : null;
        return prefix == null ? value : prefix + value.substring(colon + 1);
    }

    /** The global term for an IRI: a class's type name, or a property's key. */
    Optional<Term> term(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** The key for a property of a node of class {@code className}: its scoped term, else the global one. */
    Optional<Term> term(String className, String iri) {
        Term scoped = scopedByIri.getOrDefault(className, Map.of()).get(iri);
        return scoped != null ? Optional.of(scoped) : term(iri);
    }

    /** The name the context gives a keyword: {@code "id"} for {@code @id}. */
    String alias(String keyword) {
        String alias = aliases.get(keyword);
        if (alias == null) throw new IllegalStateException("the context has no alias for " + keyword);
        return alias;
    }
}
