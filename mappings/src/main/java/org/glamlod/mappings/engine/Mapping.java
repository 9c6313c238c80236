package org.glamlod.mappings.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.glamlod.mappings.source.CsvRecord;
import org.glamlod.mappings.source.JsonRecord;
import org.glamlod.mappings.source.SourceFormat;
import org.glamlod.mappings.source.SourceRecord;
import org.glamlod.mappings.source.XmlRecord;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.rdf.UriScheme;

/**
 * A mapping file, loaded and checked: how records of one source format become {@link HumanMadeObject}s. The
 * language is documented with a worked example per construct in {@code docs/mapping-language.md}. Immutable and
 * safe to share between threads; {@link #map} is a pure function of the record.
 */
public final class Mapping {
    /** The mappings that ship with glam-lod, by name. */
    public static final List<String> BUNDLED = List.of("smithsonian-edan", "smk", "lido", "csv");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_KEYS = Set.of("name", "description", "source", "id", "lookups", "object");

    private final String name;
    private final String description;
    private final Source source;
    private final ValueRule id;
    private final Map<String, Map<String, ValueRule.LookupEntry>> lookups;
    private final ObjectRules object;
    private final JsonNodes json = new JsonNodes();
    private final XmlNodes xml;
    private final CsvNodes csv = new CsvNodes();

    /**
     * Where a source's records are: the format; for wrapped JSON the field holding them, for XML the record element
     * ({@code prefix:name}); for paged HTTP APIs the page size.
     */
    public record Source(Format format, String records, Map<String, String> namespaces, char delimiter, int pageSize) {
        public enum Format { JSON, JSONL, CSV, XML }

        /** The readers' description of this source. */
        public SourceFormat toSourceFormat() {
            SourceFormat f = switch (format) {
                case JSON -> records == null ? SourceFormat.json() : SourceFormat.json(records);
                case JSONL -> SourceFormat.jsonLines();
                case CSV -> SourceFormat.csv(delimiter);
                case XML -> {
                    String[] q = records.split(":", 2);
                    yield q.length == 2 ? SourceFormat.xml(namespaces.getOrDefault(q[0], ""), q[1]) : SourceFormat.xml("", q[0]);
                }
            };
            return pageSize > 0 ? f.paged(pageSize) : f;
        }
    }

    private Mapping(SpecNode root) {
        root.allowOnly(TOP_KEYS);
        this.name = root.text("name") != null ? root.text("name") : root.file().replaceFirst("\\.ya?ml$", "");
        this.description = root.text("description");
        this.source = source(root.child("source"), root);
        this.lookups = new HashMap<>();
        SpecNode tables = root.child("lookups");
        if (tables != null) for (String table : tables.keys()) lookups.put(table, ValueRule.compileLookup(tables.child(table)));
        SpecNode idSpec = root.child("id");
        if (idSpec == null) throw root.error("a mapping needs 'id': where the record's stable id is");
        this.id = ValueRule.compile(idSpec, lookups.keySet());
        SpecNode objectSpec = root.child("object");
        if (objectSpec == null) throw root.error("a mapping needs 'object': the rules for the object's fields");
        this.object = new ObjectRules(objectSpec, lookups.keySet());
        this.xml = new XmlNodes(source.namespaces());
        checkSelectors(root);
    }

    /** A mapping from YAML text; {@code file} names it in error messages. */
    public static Mapping parse(String file, InputStream yaml) {
        JsonNode tree;
        try {
            byte[] text = yaml.readAllBytes();
            rejectAliases(file, text);
            tree = YAML.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new MappingException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + " (quote selectors that hold [ ] * or : )", e);
        } catch (IOException e) {
            throw new MappingException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject()) throw new MappingException(file + ": expected a YAML map at the top");
        return new Mapping(new SpecNode(file, "", tree));
    }

    /** Jackson reads a YAML alias ({@code *name}) as the plain text "name": a selector would silently be wrong. */
    private static void rejectAliases(String file, byte[] text) throws IOException {
        try (var parser = (com.fasterxml.jackson.dataformat.yaml.YAMLParser) YAML.getFactory().createParser(text)) {
            while (parser.nextToken() != null)
                if (parser.isCurrentAlias())
                    throw new MappingException(file + ":" + parser.currentLocation().getLineNr()
                            + ": YAML aliases (*" + parser.getText() + ") are not supported; write the value out again");
        }
    }

    public static Mapping load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new MappingException("cannot read mapping " + file + ": " + e.getMessage(), e);
        }
    }

    /** A bundled mapping by name, or a mapping file by path. */
    public static Mapping resolve(String nameOrFile) {
        if (BUNDLED.contains(nameOrFile)) {
            try (InputStream in = Mapping.class.getResourceAsStream("/org/glamlod/mappings/bundled/" + nameOrFile + ".yaml")) {
                if (in == null) throw new MappingException("bundled mapping " + nameOrFile + " is missing from the build");
                return parse(nameOrFile + ".yaml", in);
            } catch (IOException e) {
                throw new MappingException("cannot read bundled mapping " + nameOrFile, e);
            }
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file))
            throw new MappingException("no mapping '" + nameOrFile + "': give a mapping file or one of " + BUNDLED);
        return load(file);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Source source() {
        return source;
    }

    /** Maps one record. Never throws for bad data: problems are issues, and an error means no object. */
    public MappedRecord map(SourceRecord record, UriScheme uris) {
        Node root;
        if (record instanceof JsonRecord j) root = json.root(j.json());
        else if (record instanceof XmlRecord x) root = xml.root(x.element());
        else root = csv.root(((CsvRecord) record).row());
        Eval eval = new Eval(root, record.locator(), uris, lookups);
        String recordId = null;
        try {
            recordId = id.first(eval, root);
        } catch (RuntimeException e) {
            eval.error("the id selector failed: " + e.getMessage());
        }
        if (recordId == null) {
            if (!eval.failed()) eval.error("no id: the record has no value at '" + id.path + "'");
            return new MappedRecord(record.locator(), null, null, eval.issues());
        }
        eval.recordId(recordId);
        HumanMadeObject.Builder b = HumanMadeObject.builder(recordId);
        object.apply(eval, root, b);
        HumanMadeObject result = null;
        if (!eval.failed()) {
            try {
                result = b.build();
            } catch (IllegalArgumentException e) {
                eval.error(e.getMessage());
            }
        }
        return new MappedRecord(record.locator(), recordId, result, eval.issues());
    }

    private static Source source(SpecNode spec, SpecNode root) {
        if (spec == null) throw root.error("a mapping needs 'source' with its format (json, jsonl, csv or xml)");
        spec.allowOnly(Set.of("format", "records", "namespaces", "delimiter", "page-size"));
        String format = spec.text("format");
        if (format == null) throw spec.error("give the format: json, jsonl, csv or xml");
        Source.Format f;
        try {
            f = Source.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw spec.error("unknown format '" + format + "' (json, jsonl, csv or xml)");
        }
        Map<String, String> namespaces = new LinkedHashMap<>();
        SpecNode ns = spec.child("namespaces");
        if (ns != null) for (String prefix : ns.keys()) namespaces.put(prefix, ns.text(prefix));
        String records = spec.text("records");
        if (f == Source.Format.XML && records == null) throw spec.error("an XML source needs 'records': the record element, e.g. lido:lido");
        String delimiter = spec.text("delimiter");
        if (delimiter != null && delimiter.length() != 1) throw spec.error("delimiter must be one character");
        if (f == Source.Format.XML && records.contains(":") && !namespaces.containsKey(records.split(":", 2)[0]))
            throw spec.error("records '" + records + "' uses a prefix with no entry in 'namespaces'");
        int pageSize = 0;
        if (spec.text("page-size") != null) {
            try {
                pageSize = Integer.parseInt(spec.text("page-size"));
            } catch (NumberFormatException e) {
                throw spec.error("page-size must be a number");
            }
            if (f != Source.Format.JSON || records == null) throw spec.error("page-size is for paged JSON APIs: format json with 'records'");
        }
        return new Source(f, records, Map.copyOf(namespaces), delimiter == null ? ',' : delimiter.charAt(0), pageSize);
    }

    /** Selectors are compiled once when the mapping loads, so a broken JSONPath or XPath fails there, not per record. */
    private void checkSelectors(SpecNode root) {
        List<String> selectors = new ArrayList<>();
        collectPaths(root.node(), selectors);
        for (String s : selectors) {
            String sel = s.startsWith("^") ? s.substring(1) : s;
            if (sel.equals(".")) continue;
            try {
                switch (source.format()) {
                    case JSON, JSONL -> json.compile(sel);
                    case XML -> xml.compile(sel);
                    case CSV -> { }
                }
            } catch (RuntimeException e) {
                throw new MappingException(root.file() + ": selector '" + s + "' is not valid: " + e.getMessage(), e);
            }
        }
    }

    private static void collectPaths(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("lookups") || e.getKey().equals("source")) return;
                if (e.getKey().equals("path") && e.getValue().isTextual()) out.add(e.getValue().asText());
                else if (e.getValue().isTextual() && ObjectRules.SELECTOR_KEYS.contains(e.getKey())) out.add(e.getValue().asText());
                else collectPaths(e.getValue(), out);
            });
        } else if (node.isArray()) node.forEach(n -> collectPaths(n, out));
    }
}
