package org.glamlod.mappings.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.glamlod.model.Agent;
import org.glamlod.model.Concept;
import org.glamlod.model.Creator;
import org.glamlod.model.Dimension;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Identifier;
import org.glamlod.model.Image;
import org.glamlod.model.Name;
import org.glamlod.model.ObjectSet;
import org.glamlod.model.Place;
import org.glamlod.model.Production;
import org.glamlod.model.Statement;
import org.glamlod.model.TimeSpan;

/**
 * The {@code object} section of a mapping: one rule list per pattern of the model. Every entry may have
 * {@code foreach} (a selector, or {@code {path, split}}) to repeat it per item, with its selectors relative to the
 * item, and {@code when} to keep only matching items.
 */
final class ObjectRules {
    /** Keys whose bare text is a selector, checked when the mapping loads. */
    static final Set<String> SELECTOR_KEYS = Set.of("value", "foreach", "id", "name", "url", "format", "iiif",
            "language", "role", "qualifier", "kind", "born", "died", "date", "begin", "end", "display", "label",
            "nationality", "equivalents", "rights", "unit", "manifest", "web-page");

    private static final Set<String> SECTION_KEYS = Set.of("identifiers", "titles", "classifications", "production",
            "dimensions", "materials", "support", "statements", "sets", "owner", "custodian", "subjects", "images",
            "manifest", "web-page", "rights", "equivalents");
    private static final Map<String, String> PREFIXES = Map.of(
            "aat:", "http://vocab.getty.edu/aat/", "ulan:", "http://vocab.getty.edu/ulan/",
            "tgn:", "http://vocab.getty.edu/tgn/", "wd:", "http://www.wikidata.org/entity/",
            "viaf:", "http://viaf.org/viaf/");

    /** One compiled rule: reads from a node, adds to the object being built. */
    private interface Rule {
        void apply(Eval eval, Node node, HumanMadeObject.Builder b);
    }

    private record Step(String field, Rule rule) {}

    private final List<Step> steps = new ArrayList<>();
    private final Set<String> lookups;

    ObjectRules(SpecNode spec, Set<String> lookups) {
        this.lookups = lookups;
        spec.allowOnly(SECTION_KEYS);
        entries(spec, "identifiers", Set.of("value", "type"), e -> {
            Identifier.Type type = e.has("type") ? enumValue(e, "type", Identifier.Type.class, Map.of(
                    "accession", Identifier.Type.ACCESSION_NUMBER, "system", Identifier.Type.SYSTEM_NUMBER,
                    "local", Identifier.Type.LOCAL_NUMBER)) : Identifier.Type.ACCESSION_NUMBER;
            ValueRule value = value(e, "value");
            return (ev, n, b) -> value.values(ev, n).forEach(v -> b.identifier(new Identifier(v, type)));
        });
        entries(spec, "titles", Set.of("value", "language", "primary"), e -> {
            ValueRule value = value(e, "value");
            ValueRule language = optionalValue(e, "language");
            String primary = e.text("primary") == null ? "first" : e.text("primary");
            if (!Set.of("first", "true", "false").contains(primary)) throw e.error("primary: first, true or false");
            return (ev, n, b) -> {
                String lang = language == null ? null : language.first(ev, n);
                List<String> titles = value.values(ev, n);
                for (int i = 0; i < titles.size(); i++)
                    b.title(new Name(titles.get(i), lang, primary.equals("true") || primary.equals("first") && i == 0));
            };
        });
        concepts(spec, "classifications", HumanMadeObject.Builder::classification);
        if (spec.has("production")) production(spec.child("production"));
        entries(spec, "dimensions", Set.of("value", "type", "unit"), e -> {
            ValueRule value = value(e, "value");
            if (!e.has("type")) // a free-text statement: parsed into dimensions, and the museum's own wording kept
                return (ev, n, b) -> value.values(ev, n).forEach(text -> {
                    Parsing.dimensions(ev, text).ifPresent(ds -> ds.forEach(b::dimension));
                    b.statement(new Statement(Statement.Type.DIMENSIONS, text, null));
                });
            ValueRule type = value(e, "type");
            ValueRule unit = value(e, "unit");
            return (ev, n, b) -> {
                String t = type.first(ev, n);
                String u = unit.first(ev, n);
                for (String v : value.values(ev, n)) Parsing.dimension(ev, t, v, u).ifPresent(b::dimension);
            };
        });
        concepts(spec, "materials", HumanMadeObject.Builder::material);
        concepts(spec, "support", HumanMadeObject.Builder::supportMaterial);
        entries(spec, "statements", Set.of("value", "type", "language"), e -> {
            Statement.Type type = enumValue(e, "type", Statement.Type.class, Map.of());
            ValueRule value = value(e, "value");
            ValueRule language = optionalValue(e, "language");
            return (ev, n, b) -> {
                String lang = language == null ? null : language.first(ev, n);
                value.values(ev, n).forEach(v -> b.statement(new Statement(type, v, lang)));
            };
        });
        entries(spec, "sets", Set.of("id", "name"), e -> {
            ValueRule name = value(e, "name");
            ValueRule id = optionalValue(e, "id");
            return (ev, n, b) -> {
                String setName = name.first(ev, n);
                if (setName == null) return;
                String setId = id == null ? null : id.first(ev, n);
                b.memberOf(new ObjectSet(setId == null ? slug(setName) : setId, setName));
            };
        });
        agentField(spec, "owner", HumanMadeObject.Builder::currentOwner);
        agentField(spec, "custodian", HumanMadeObject.Builder::custodian);
        concepts(spec, "subjects", HumanMadeObject.Builder::subject);
        entries(spec, "images", Set.of("url", "format", "rights", "iiif"), e -> {
            ValueRule url = value(e, "url");
            ValueRule format = optionalValue(e, "format");
            ValueRule rights = optionalValue(e, "rights");
            ValueRule iiif = optionalValue(e, "iiif");
            return (ev, n, b) -> {
                String u = url.first(ev, n);
                if (u == null) return;
                b.image(new Image(u, format == null ? null : format.first(ev, n),
                        rights == null ? null : Parsing.rights(ev, rights.first(ev, n)),
                        iiif == null ? null : iiif.first(ev, n)));
            };
        });
        valueField(spec, "manifest", (b, v, ev) -> b.iiifManifest(uri(ev, v)));
        valueField(spec, "web-page", (b, v, ev) -> b.webPage(uri(ev, v)));
        valueField(spec, "rights", (b, v, ev) -> b.rights(Parsing.rights(ev, v)));
        entries(spec, "equivalents", Set.of("value"), e -> {
            ValueRule value = value(e, "value");
            return (ev, n, b) -> value.values(ev, n).forEach(v -> {
                String u = uri(ev, expand(v));
                if (u != null) b.equivalent(u);
            });
        });
    }

    void apply(Eval eval, Node root, HumanMadeObject.Builder b) {
        for (Step s : steps) eval.at(s.field, () -> s.rule.apply(eval, root, b));
    }

    // --- production -------------------------------------------------------------------------------------------

    private void production(SpecNode p) {
        p.allowOnly(Set.of("creators", "date", "place", "techniques"));
        List<SpecNode> creators = p.list("creators");
        SpecNode dateSpec = p.child("date");
        SpecNode placeSpec = p.child("place");
        List<SpecNode> techniques = p.list("techniques");
        List<Compiled<Creator>> creatorRules = new ArrayList<>();
        for (SpecNode c : creators) creatorRules.add(creator(c));
        DateRule date = dateSpec == null ? null : DateRule.compile(dateSpec, lookups);
        Compiled<Place> place = placeSpec == null ? null : place(placeSpec);
        List<Compiled<Concept>> techniqueRules = new ArrayList<>();
        for (SpecNode t : techniques) techniqueRules.add(concept(t));
        steps.add(new Step(p.path(), (ev, n, b) -> {
            List<Creator> cs = new ArrayList<>();
            for (Compiled<Creator> c : creatorRules) ev.at(c.field, () -> cs.addAll(c.all(ev, n)));
            TimeSpan when = date == null ? null : ev.at(dateSpec.path(), () -> date.evaluate(ev, n));
            List<Place> places = new ArrayList<>();
            if (place != null) ev.at(placeSpec.path(), () -> places.addAll(place.all(ev, n)));
            List<Concept> ts = new ArrayList<>();
            for (Compiled<Concept> t : techniqueRules) ev.at(t.field, () -> ts.addAll(t.all(ev, n)));
            b.production(new Production(cs, when, places.isEmpty() ? null : places.get(0), ts));
        }));
    }

    private Compiled<Creator> creator(SpecNode c) {
        c.allowOnly(Set.of("foreach", "when", "agent", "role", "qualifier"));
        SpecNode agentSpec = c.child("agent");
        if (agentSpec == null) throw c.error("a creator needs 'agent'");
        Compiled<Agent> agent = agent(agentSpec);
        Compiled<Concept> role = c.has("role") ? concept(c.child("role")) : null;
        ValueRule qualifier = optionalValue(c, "qualifier");
        return new Compiled<>(c, (ev, n) -> {
            List<Agent> agents = agent.all(ev, n);
            if (agents.isEmpty()) return List.of();
            List<Concept> roles = role == null ? List.of() : role.all(ev, n);
            Creator.Qualifier q = qualifier == null ? Creator.Qualifier.NONE : qualifier(ev, qualifier.first(ev, n));
            return agents.stream().map(a -> new Creator(a, roles.isEmpty() ? null : roles.get(0), q)).toList();
        });
    }

    private static Creator.Qualifier qualifier(Eval ev, String text) {
        if (text == null) return Creator.Qualifier.NONE;
        String t = text.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').strip();
        for (Creator.Qualifier q : Creator.Qualifier.values())
            if (t.equals(q.label()) || t.equals(q.name().toLowerCase(Locale.ROOT).replace('_', ' '))) return q;
        if (t.isEmpty() || t.equals("none") || t.equals("by")) return Creator.Qualifier.NONE;
        ev.warn("unknown attribution qualifier '" + text + "' (map it with a lookup to one of: attributed to, "
                + "possibly by, workshop of, studio of, circle of, school of, follower of, manner of, after, copy after); "
                + "kept as a plain attribution");
        return Creator.Qualifier.NONE;
    }

    // --- agents, places, concepts -----------------------------------------------------------------------------

    private Compiled<Agent> agent(SpecNode a) {
        a.allowOnly(Set.of("foreach", "when", "id", "name", "kind", "born", "died", "nationality", "equivalents"));
        ValueRule id = optionalValue(a, "id");
        ValueRule name = optionalValue(a, "name");
        if (id == null && name == null) throw a.error("an agent needs an 'id' or a 'name'");
        ValueRule kind = optionalValue(a, "kind");
        DateRule born = a.has("born") ? DateRule.compile(a.child("born"), lookups) : null;
        DateRule died = a.has("died") ? DateRule.compile(a.child("died"), lookups) : null;
        List<Compiled<Concept>> nationality = new ArrayList<>();
        for (SpecNode n : a.list("nationality")) nationality.add(concept(n));
        List<ValueRule> equivalents = new ArrayList<>();
        for (SpecNode e : a.list("equivalents")) equivalents.add(ValueRule.compile(e, lookups));
        return new Compiled<>(a, (ev, n) -> {
            List<String> names = name == null ? List.of() : name.values(ev, n);
            String agentId = id == null ? null : id.first(ev, n);
            if (agentId == null && names.isEmpty()) return List.of();
            Agent.Kind k = Agent.Kind.PERSON;
            String kindText = kind == null ? null : kind.first(ev, n);
            if (kindText != null) {
                switch (kindText.toLowerCase(Locale.ROOT)) {
                    case "person", "individual", "people" -> k = Agent.Kind.PERSON;
                    case "group", "organization", "organisation", "corporation", "corporate body", "institution" -> k = Agent.Kind.GROUP;
                    default -> ev.warn("unknown agent kind '" + kindText + "' (person or group); taken as a person");
                }
            }
            Agent.Builder b = k == Agent.Kind.PERSON ? Agent.person(agentId != null ? agentId : slug(names.get(0)))
                    : Agent.group(agentId != null ? agentId : slug(names.get(0)));
            for (int i = 0; i < names.size(); i++) b.name(new Name(names.get(i), null, i == 0));
            if (born != null) b.born(born.evaluate(ev, n));
            if (died != null) b.died(died.evaluate(ev, n));
            for (Compiled<Concept> c : nationality) c.all(ev, n).forEach(b::nationality);
            for (ValueRule e : equivalents) e.values(ev, n).stream().map(v -> uri(ev, expand(v))).filter(java.util.Objects::nonNull).forEach(b::equivalent);
            return List.of(b.build());
        });
    }

    private Compiled<Place> place(SpecNode p) {
        p.allowOnly(Set.of("foreach", "when", "id", "name", "equivalents"));
        ValueRule id = optionalValue(p, "id");
        ValueRule name = value(p, "name");
        List<ValueRule> equivalents = new ArrayList<>();
        for (SpecNode e : p.list("equivalents")) equivalents.add(ValueRule.compile(e, lookups));
        return new Compiled<>(p, (ev, n) -> {
            List<String> names = name.values(ev, n);
            if (names.isEmpty()) return List.of();
            String placeId = id == null ? null : id.first(ev, n);
            List<String> eq = new ArrayList<>();
            for (ValueRule e : equivalents) e.values(ev, n).stream().map(v -> uri(ev, expand(v))).filter(java.util.Objects::nonNull).forEach(eq::add);
            return List.of(new Place(placeId == null ? slug(names.get(0)) : placeId,
                    names.stream().map(x -> Name.primary(x, null)).limit(1).toList(), eq));
        });
    }

    /**
     * A concept: the value (after its lookup) is a URI (prefixes aat:, ulan:, tgn:, wd:, viaf: allowed), or,
     * with {@code scheme}, a term of the dataset's own vocabulary at {@code {base}concept/{scheme}/{term}}.
     * The label is the lookup entry's label, else {@code label}, else the source's own term.
     */
    private Compiled<Concept> concept(SpecNode c) {
        if (c.isText()) return concept(c, ValueRule.compile(c, lookups), null, null);
        SpecNode v = c.child("value");
        // either { value: <expression>, scheme, label } or the expression's own keys with scheme and label beside them
        ValueRule value = v != null ? ValueRule.compile(v, lookups)
                : ValueRule.compile(c, lookups, Set.of("foreach", "scheme", "label"));
        if (v != null) c.allowOnly(Set.of("foreach", "when", "value", "scheme", "label"));
        return concept(c, value, c.text("scheme"), optionalValue(c, "label"));
    }

    private Compiled<Concept> concept(SpecNode c, ValueRule value, String scheme, ValueRule label) {
        return new Compiled<>(c, (ev, n) -> {
            List<Concept> out = new ArrayList<>();
            String fixedLabel = label == null ? null : label.first(ev, n);
            for (ValueRule.Item item : value.items(ev, n)) {
                String uri = expand(item.value());
                String l = item.entry() != null && item.entry().label() != null ? item.entry().label()
                        : fixedLabel != null ? fixedLabel : item.source().equals(item.value()) && isUri(uri) ? null : item.source();
                if (isUri(uri)) out.add(Concept.of(uri, l));
                else if (scheme != null) out.add(Concept.of(ev.uris.concept(scheme + "/" + slug(item.value())), item.value()));
                else ev.warn("'" + item.value() + "' is not a concept URI; add it to a lookup, or give the rule a 'scheme' "
                        + "to mint a term of your own vocabulary");
            }
            return out;
        });
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** A rule compiled with its entry's foreach/when, giving values of one kind. */
    private final class Compiled<T> {
        final String field;
        private final ValueRule foreachValues;
        private final String foreachPath;
        private final Condition when;
        private final java.util.function.BiFunction<Eval, Node, List<T>> body;

        Compiled(SpecNode spec, java.util.function.BiFunction<Eval, Node, List<T>> body) {
            this.field = spec.path();
            this.body = body;
            SpecNode fe = spec.isText() ? null : spec.child("foreach");
            if (fe == null) {
                foreachPath = null;
                foreachValues = null;
            } else if (fe.isText()) {
                foreachPath = fe.text();
                foreachValues = null;
            } else {
                foreachPath = null;
                foreachValues = ValueRule.compile(fe, lookups);
            }
            SpecNode w = spec.isText() ? null : spec.child("when");
            when = w == null ? null : Condition.compile(w);
        }

        List<T> all(Eval ev, Node n) {
            List<T> out = new ArrayList<>();
            for (Node item : items(ev, n)) out.addAll(body.apply(ev, item));
            return out;
        }

        /** The nodes the entry applies to: each foreach item (or the node itself) that passes {@code when}. */
        List<Node> items(Eval ev, Node n) {
            List<Node> items = foreachPath != null ? ev.select(n, foreachPath)
                    : foreachValues != null ? foreachValues.values(ev, n).stream().<Node>map(TextNode::new).toList()
                    : List.of(n);
            return when == null ? items : items.stream().filter(i -> when.test(ev, i)).toList();
        }
    }

    /** A list of entries under a key, each compiled once into a rule run per foreach item. */
    private void entries(SpecNode spec, String key, Set<String> keys, java.util.function.Function<SpecNode, Rule> compiler) {
        Set<String> allowed = new HashSet<>(keys);
        allowed.addAll(Set.of("foreach", "when"));
        for (SpecNode e : spec.list(key)) {
            if (!e.isText()) e.allowOnly(allowed);
            // shorthand: "- selector" is the entry { value: selector }
            SpecNode entry = e.isText() ? new SpecNode(e.file(), e.path(),
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("value", e.text())) : e;
            Rule rule = compiler.apply(entry);
            Compiled<Void> each = new Compiled<>(entry, (ev, n) -> List.of());
            steps.add(new Step(e.path(), (ev, n, b) -> each.items(ev, n).forEach(item -> rule.apply(ev, item, b))));
        }
    }

    private void concepts(SpecNode spec, String key, BiConsumer<HumanMadeObject.Builder, Concept> add) {
        for (SpecNode e : spec.list(key)) {
            Compiled<Concept> c = concept(e);
            steps.add(new Step(e.path(), (ev, n, b) -> c.all(ev, n).forEach(x -> add.accept(b, x))));
        }
    }

    private void agentField(SpecNode spec, String key, BiConsumer<HumanMadeObject.Builder, Agent> set) {
        SpecNode a = spec.child(key);
        if (a == null) return;
        Compiled<Agent> agent = agent(a);
        steps.add(new Step(a.path(), (ev, n, b) -> agent.all(ev, n).stream().findFirst().ifPresent(x -> set.accept(b, x))));
    }

    private interface ValueSink {
        void accept(HumanMadeObject.Builder b, String value, Eval ev);
    }

    private void valueField(SpecNode spec, String key, ValueSink sink) {
        SpecNode v = spec.child(key);
        if (v == null) return;
        ValueRule rule = ValueRule.compile(v, lookups);
        steps.add(new Step(v.path(), (ev, n, b) -> {
            String value = rule.first(ev, n);
            if (value != null) sink.accept(b, value, ev);
        }));
    }

    private ValueRule value(SpecNode e, String key) {
        SpecNode v = e.child(key);
        if (v == null) throw e.error("needs '" + key + "'");
        return ValueRule.compile(v, lookups);
    }

    private ValueRule optionalValue(SpecNode e, String key) {
        SpecNode v = e.child(key);
        return v == null ? null : ValueRule.compile(v, lookups);
    }

    private static <E extends Enum<E>> E enumValue(SpecNode e, String key, Class<E> type, Map<String, E> aliases) {
        String text = e.text(key);
        if (text == null) throw e.error("needs '" + key + "'");
        String t = text.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (aliases.containsKey(t)) return aliases.get(t);
        for (E v : type.getEnumConstants()) if (v.name().equalsIgnoreCase(t)) return v;
        List<String> names = new ArrayList<>(aliases.keySet());
        for (E v : type.getEnumConstants()) names.add(v.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        throw e.child(key).error("unknown " + key + " '" + text + "' (one of " + names + ")");
    }

    static String expand(String value) {
        for (Map.Entry<String, String> p : PREFIXES.entrySet())
            if (value.startsWith(p.getKey())) return p.getValue() + value.substring(p.getKey().length());
        return value;
    }

    /** The value if it is an absolute http(s) or urn URI; otherwise a warning and nothing, so the record still loads. */
    private static String uri(Eval ev, String value) {
        try {
            if (isUri(value) && java.net.URI.create(value).isAbsolute()) return value;
        } catch (IllegalArgumentException e) {
            // reported below
        }
        ev.warn("'" + value + "' is not a valid absolute URI; left out");
        return null;
    }

    private static boolean isUri(String s) {
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("urn:");
    }

    /** An id made from a name, for agents, places and sets a source gives no id for. */
    static String slug(String name) {
        String latin = name.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae").replace("ß", "ss")
                .replace("œ", "oe").replace("Œ", "Oe").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D");
        String s = java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? Integer.toHexString(name.hashCode()) : s;
    }
}
