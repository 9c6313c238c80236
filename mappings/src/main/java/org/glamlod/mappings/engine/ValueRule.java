package org.glamlod.mappings.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How one value is taken from a record (a "value expression"). Written either as a bare selector
 * ({@code title}) or as a map:
 * <pre>
 *   path:     selector (JSONPath, XPath or column; prefix ^ to start from the record instead of the foreach item)
 *   const:    a constant instead of a path
 *   split:    a separator: one value becomes several
 *   regex:    keep only what matches (the first group if there is one); non-matching values are dropped
 *   html:     strip   (remove markup and decode entities, for sources that put HTML in titles)
 *   lookup:   name of a lookup table: the value is replaced by its entry (unmatched values pass unchanged)
 *   template: "https://example.org/{value}"  (the value inserted, URL-encoded where it goes into a URL)
 *   default:  used when nothing was found
 *   when:     a condition (see {@link Condition}); when false the rule gives nothing
 * </pre>
 * Every value is cleaned: Unicode NFC, control characters removed, runs of spaces collapsed, trimmed.
 */
final class ValueRule {
    static final Set<String> KEYS = Set.of("path", "const", "split", "regex", "html", "lookup", "template", "default", "when");
    /** Longer values are cut (with a warning): a title of a megabyte is an export error, not a title. */
    static final int MAX_LENGTH = 100_000;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    final String path;
    private final String constant;
    private final String split;
    private final Pattern regex;
    private final boolean stripHtml;
    private final String lookup;
    private final String template;
    private final String fallback;
    private final Condition when;

    private ValueRule(String path, String constant, String split, Pattern regex, boolean stripHtml, String lookup,
                      String template, String fallback, Condition when) {
        this.path = path;
        this.constant = constant;
        this.split = split;
        this.regex = regex;
        this.stripHtml = stripHtml;
        this.lookup = lookup;
        this.template = template;
        this.fallback = fallback;
        this.when = when;
    }

    static ValueRule constant(String value) {
        return new ValueRule(null, value, null, null, false, null, null, null, null);
    }

    static ValueRule compile(SpecNode spec, Set<String> lookups) {
        return compile(spec, lookups, Set.of());
    }

    /** A rule from a map that may also hold the keys of an enclosing rule ({@code scheme}, {@code foreach} …). */
    static ValueRule compile(SpecNode spec, Set<String> lookups, Set<String> otherKeys) {
        if (spec.isText()) return new ValueRule(spec.text(), null, null, null, false, null, null, null, null);
        Set<String> allowed = new java.util.HashSet<>(KEYS);
        allowed.addAll(otherKeys);
        spec.allowOnly(allowed);
        String path = spec.text("path");
        String constant = spec.text("const");
        if ((path == null) == (constant == null)) throw spec.error("give exactly one of 'path' or 'const'");
        String lookup = spec.text("lookup");
        if (lookup != null && !lookups.contains(lookup)) throw spec.error("no lookup table named '" + lookup + "'");
        String html = spec.text("html");
        if (html != null && !html.equals("strip")) throw spec.error("html: the only option is 'strip'");
        Pattern regex = null;
        if (spec.text("regex") != null) {
            try {
                regex = Pattern.compile(spec.text("regex"));
            } catch (PatternSyntaxException e) {
                throw spec.error("not a valid regex: " + e.getDescription());
            }
        }
        String template = spec.text("template");
        if (template != null && !template.contains("{value}")) throw spec.error("template needs {value}");
        SpecNode when = spec.child("when");
        return new ValueRule(path, constant, spec.text("split"), regex, html != null, lookup, template,
                spec.text("default"), when == null ? null : Condition.compile(when));
    }

    /** The values this rule finds at a node. */
    List<String> values(Eval eval, Node node) {
        return items(eval, node).stream().map(Item::value).toList();
    }

    /** A value with the source text it came from and the lookup entry it hit, if any. */
    record Item(String value, String source, LookupEntry entry) {}

    List<Item> items(Eval eval, Node node) {
        if (when != null && !when.test(eval, node)) return List.of();
        List<String> raw = new ArrayList<>();
        if (constant != null) raw.add(constant);
        else for (Node n : eval.select(node, path)) {
            if (n.isStructured()) {
                eval.warn("expected text at '" + path + "' but found a structure; that value is skipped");
                continue;
            }
            String t = n.text();
            if (t != null) raw.add(t);
        }
        List<Item> out = new ArrayList<>();
        for (String r : raw) {
            for (String piece : split == null ? List.of(r) : List.of(r.split(Pattern.quote(split)))) {
                String v = clean(stripHtml ? stripHtml(piece) : piece);
                if (v.length() > MAX_LENGTH) {
                    eval.warn("value longer than " + MAX_LENGTH + " characters was cut");
                    v = v.substring(0, MAX_LENGTH);
                }
                if (regex != null) {
                    Matcher m = regex.matcher(v);
                    if (!m.find()) continue;
                    v = clean(m.groupCount() > 0 && m.group(1) != null ? m.group(1) : m.group());
                }
                String source = v;
                LookupEntry entry = lookup == null ? null : eval.lookup(lookup, v).orElse(null);
                if (entry != null) v = entry.value();
                if (template != null) v = template.replace("{value}", encodeForUrl(v));
                if (!v.isEmpty()) out.add(new Item(v, source, entry));
            }
        }
        if (out.isEmpty() && fallback != null) out.add(new Item(fallback, fallback, null));
        return out;
    }

    /** The first value, or null. */
    String first(Eval eval, Node node) {
        List<String> v = values(eval, node);
        return v.isEmpty() ? null : v.get(0);
    }

    static String clean(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        n = CONTROL.matcher(n).replaceAll("");
        n = SPACES.matcher(n).replaceAll(" ");
        return n.strip();
    }

    static String stripHtml(String s) {
        String noTags = TAG.matcher(s.replaceAll("(?i)<br\\s*/?>", " ")).replaceAll("");
        Matcher m = ENTITY.matcher(noTags);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x") || e.startsWith("#X")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Inserted into a URL template: only characters that would break the URL are escaped. */
    private static String encodeForUrl(String v) {
        StringBuilder sb = new StringBuilder();
        for (byte b : v.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}%#?".indexOf(c) < 0) sb.append((char) c);
            else sb.append('%').append(String.format("%02X", c));
        }
        return sb.toString();
    }

    /** An entry of a lookup table: the value it maps to, and an optional label (for concepts). */
    record LookupEntry(String value, String label) {}

    static Map<String, LookupEntry> compileLookup(SpecNode table) {
        Map<String, LookupEntry> entries = new java.util.HashMap<>();
        for (String key : table.keys()) {
            SpecNode e = table.child(key);
            if (e == null) continue;
            LookupEntry entry = e.isText() ? new LookupEntry(e.text(), null)
                    : new LookupEntry(e.allowOnly(Set.of("value", "label")).text("value"), e.text("label"));
            if (entry.value() == null) throw e.error("a lookup entry needs a value");
            entries.put(normaliseKey(key), entry);
        }
        return entries;
    }

    /** Lookups match case- and space-insensitively: "Maleri ", "maleri" and "MALERI" are one key. */
    static String normaliseKey(String key) {
        return clean(key).toLowerCase(java.util.Locale.ROOT);
    }
}
