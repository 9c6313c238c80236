package org.glamlod.mappings.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** JSON records: selectors are JSONPath, relative to the node ({@code titles[*].title} means {@code $.titles[*].title}). */
final class JsonNodes {
    private static final Configuration CONFIG = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider()).mappingProvider(new JacksonMappingProvider())
            .options(Option.ALWAYS_RETURN_LIST, Option.SUPPRESS_EXCEPTIONS).build();
    private final Map<String, JsonPath> compiled = new ConcurrentHashMap<>();

    Node root(JsonNode json) {
        return new Json(json);
    }

    /** Compiles a selector, failing with the selector in the message; used when a mapping is loaded. */
    JsonPath compile(String selector) {
        return compiled.computeIfAbsent(selector, s -> JsonPath.compile(s.startsWith("$") ? s : "$." + s));
    }

    private final class Json implements Node {
        private final JsonNode json;

        Json(JsonNode json) {
            this.json = json;
        }

        @Override
        public List<Node> select(String selector) {
            if (selector.equals(".") || selector.equals("$")) return List.of(this);
            Object found = compile(selector).read(json, CONFIG);
            List<Node> out = new ArrayList<>();
            if (found instanceof ArrayNode array)
                for (JsonNode n : array) {
                    if (n == null || n.isNull() || n.isMissingNode()) continue;
                    // an array value of a property is its items: "tags" and "tags[*]" mean the same
                    if (n.isArray()) n.forEach(item -> out.add(new Json(item)));
                    else out.add(new Json(n));
                }
            return out;
        }

        @Override
        public String text() {
            if (json == null || json.isNull() || json.isMissingNode() || json.isContainerNode()) return null;
            return json.asText();
        }

        @Override
        public boolean isStructured() {
            return json.isContainerNode();
        }
    }
}
