package org.glamlod.sync.wikidata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.glamlod.model.vocab.AAT;

/**
 * The editable table from AAT object types and materials to Wikidata items, with the words descriptions use.
 * Kept out of code ({@code vocabulary.tsv}) so a museum can add its own terms without a release; a concept with no
 * row is never guessed.
 *
 * @param types     AAT URI → item and per-language noun
 * @param materials AAT URI → item
 * @param patterns  pattern name ("by", "plain") → language → template with {type} and {creator}
 */
public record Vocabulary(Map<String, Type> types, Map<String, String> materials,
                         Map<String, Map<String, String>> patterns) {
    public static final String BUNDLED = "vocabulary.tsv";

    /** A type of work: its item and the noun for it in each language. */
    public record Type(String qid, Map<String, String> nouns) {
        public Type {
            nouns = Map.copyOf(nouns);
        }
    }

    public Vocabulary {
        types = Map.copyOf(types);
        materials = Map.copyOf(materials);
        patterns = Map.copyOf(patterns);
    }

    public Optional<Type> type(String aatUri) {
        return Optional.ofNullable(types.get(aatUri));
    }

    public Optional<String> material(String aatUri) {
        return Optional.ofNullable(materials.get(aatUri));
    }

    public Optional<String> pattern(String name, String language) {
        return Optional.ofNullable(patterns.getOrDefault(name, Map.of()).get(language));
    }

    /** The table shipped in the jar. */
    public static Vocabulary bundled() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("missing resource " + BUNDLED);
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table in the bundled format; a malformed row fails with its line number. */
    public static Vocabulary read(InputStream in) throws IOException {
        Map<String, Type> types = new LinkedHashMap<>();
        Map<String, String> materials = new LinkedHashMap<>();
        Map<String, Map<String, String>> patterns = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length < 3) throw new IllegalArgumentException("vocabulary line " + number + ": expected kind, key, QID");
            String words = cols.length > 3 ? cols[3] : "";
            switch (cols[0]) {
                case "type" -> types.put(AAT.NS + cols[1], new Type(requireQid(cols[2], number), words(words, number)));
                case "material" -> materials.put(AAT.NS + cols[1], requireQid(cols[2], number));
                case "pattern" -> patterns.put(cols[1], words(words, number));
                default -> throw new IllegalArgumentException("vocabulary line " + number + ": unknown kind " + cols[0]);
            }
        }
        return new Vocabulary(types, materials, patterns);
    }

    private static String requireQid(String qid, int line) {
        if (!qid.matches("Q[1-9][0-9]*")) throw new IllegalArgumentException("vocabulary line " + line + ": not a QID: " + qid);
        return qid;
    }

    private static Map<String, String> words(String column, int line) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : column.split(";")) {
            if (pair.isBlank()) continue;
            int eq = pair.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("vocabulary line " + line + ": expected lang=text, got " + pair);
            out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return out;
    }
}
