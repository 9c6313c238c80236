package org.glamlod.model.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glamlod.model.SharedSchemas;
import org.junit.jupiter.api.Test;

/** Our context is a faithful subset of Linked Art's: the official definitions, only the terms we emit. */
class LinkedArtContextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode ours() throws IOException {
        try (InputStream in = LinkedArtJson.class.getResourceAsStream(LinkedArtJson.CONTEXT_RESOURCE)) {
            return JSON.readTree(in).get("@context");
        }
    }

    @Test
    void everyDefinitionIsTheOfficialOne() throws IOException {
        JsonNode official = JSON.readTree(Files.readString(SharedSchemas.require("linked-art/linked-art.json"))).get("@context");
        ours().properties().forEach(e -> assertSameDefinition(e.getKey(), e.getValue(), official.get(e.getKey())));
    }

    /** Equal, except that of a class's scoped context we copy only the terms we use, each equal in turn. */
    private static void assertSameDefinition(String path, JsonNode ours, JsonNode official) {
        assertThat(official).as("%s in the official context", path).isNotNull();
        if (!ours.isObject()) {
            assertThat(ours).as(path).isEqualTo(official);
            return;
        }
        assertThat(withoutScope(ours)).as(path).isEqualTo(withoutScope(official));
        ours.path("@context").properties().forEach(e ->
                assertSameDefinition(path + " > " + e.getKey(), e.getValue(), official.path("@context").get(e.getKey())));
    }

    private static JsonNode withoutScope(JsonNode definition) {
        return ((ObjectNode) definition.deepCopy()).without("@context");
    }

    @Test
    void definesExactlyTheTermsTheDocumentsUse() throws IOException {
        Set<String> used = new TreeSet<>();
        Samples.all().forEach(s -> collectTerms(LinkedArtJson.toJson(s.graph(), s.node()), used));

        Set<String> defined = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        ours().properties().forEach(e -> {
            if (e.getValue().isObject()) defined.add(e.getKey());
            else if (e.getValue().isTextual() && !e.getValue().asText().startsWith("@")) prefixes.add(e.getKey());
            e.getValue().path("@context").fieldNames().forEachRemaining(defined::add);
        });
        assertThat(used).isEqualTo(defined);
        // and every prefix is used: "crm:P1_is_identified_by", "xsd:dateTime" …
        Set<String> prefixesUsed = Stream.concat(ours().findValuesAsText("@id").stream(), ours().findValuesAsText("@type").stream())
                .filter(iri -> !iri.startsWith("@")).map(iri -> iri.substring(0, iri.indexOf(':')))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(prefixesUsed).isEqualTo(prefixes);
    }

    /** Keys other than @context, id and type, and the values of type: every term a document needs. */
    private static void collectTerms(JsonNode json, Set<String> into) {
        if (json.isObject()) for (Map.Entry<String, JsonNode> e : json.properties()) {
            if (e.getKey().equals("type")) into.add(e.getValue().asText());
            else if (!Set.of("@context", "id").contains(e.getKey())) into.add(e.getKey());
        }
        json.forEach(child -> collectTerms(child, into));
    }
}
