package org.glamlod.server.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The catalogue of example queries: data, not code. One {@code .rq} file per query under
 * {@code examples/} beside this class, in the order {@code examples/index.txt} lists them, each starting with
 * {@code # title:}, {@code # description:} and {@code # model:} lines; the query follows.
 */
public final class ExampleQueries {
    private static final String DIR = "examples/";
    private static final List<String> KEYS = List.of("title", "description", "model");

    private ExampleQueries() {}

    /** Every example, in catalogue order. */
    public static List<ExampleQuery> all() {
        List<ExampleQuery> examples = new ArrayList<>();
        for (String line : read(DIR + "index.txt").split("\n")) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) examples.add(parse(id, read(DIR + id + ".rq")));
        }
        return List.copyOf(examples);
    }

    static ExampleQuery parse(String id, String text) {
        Map<String, String> header = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        for (; i < lines.length && lines[i].startsWith("#"); i++) {
            String line = lines[i].substring(1).strip();
            int colon = line.indexOf(':');
            if (colon > 0) header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        for (String key : KEYS)
            if (header.getOrDefault(key, "").isEmpty())
                throw new IllegalStateException("example query " + id + ".rq has no '# " + key + ":' line");
        String query = String.join("\n", List.of(lines).subList(i, lines.length)).strip() + "\n";
        return new ExampleQuery(id, header.get("title"), header.get("description"), header.get("model"), query);
    }

    /** The catalogue as the query page reads it: {@code {"examples": [{"id", "title", "description", "model", "query"}…]}}. */
    public static JsonObject toJson(List<ExampleQuery> examples) {
        JsonArray array = new JsonArray();
        for (ExampleQuery e : examples) {
            JsonObject o = new JsonObject();
            o.put("id", e.id());
            o.put("title", e.title());
            o.put("description", e.description());
            o.put("model", e.model());
            o.put("query", e.query());
            array.add(o);
        }
        JsonObject root = new JsonObject();
        root.put("examples", array);
        return root;
    }

    private static String read(String resource) {
        try (InputStream in = ExampleQueries.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource + " beside " + ExampleQueries.class.getName());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
