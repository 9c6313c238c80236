package org.glamlod.model.jsonld;

import static java.util.Comparator.comparing;
import static java.util.Comparator.comparingInt;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.glamlod.model.jsonld.ContextTerms.Term;
import org.glamlod.model.vocab.CRM;
import org.glamlod.model.vocab.LA;

/**
 * Projects one object's graph (as {@link org.glamlod.model.rdf.ObjectGraphWriter} writes it) to its Linked Art API 1.0
 * JSON-LD document. Key names, single value or array, and class-scoped keys all come from the bundled context
 * ({@value #CONTEXT_RESOURCE}, a subset of Linked Art's), so the projection is generic over the graph:
 * <ul>
 *   <li>nodes minted under the object's URI ({@code {object}/name/1} …) are embedded, without {@code id};
 *   <li>every other node (agents, places, sets, concepts …) is a reference: {@code id}, {@code type}, {@code _label},
 *       a Type's own {@code classified_as} (its meta-type) and {@code equivalent}s;
 *   <li>numbers are JSON numbers with the graph's exact digits, other literals strings.
 * </ul>
 * Output is deterministic: keys in context order, numbered nodes in numeric order, other arrays by id.
 */
public final class LinkedArtJson {
    /** The context URL documents name; parse them with {@link LocalContexts} to avoid fetching it. */
    public static final String CONTEXT_URL = "https://linked.art/ns/v1/linked-art.json";
    /** Our context, next to this class on the classpath. */
    static final String CONTEXT_RESOURCE = "linked-art.json";

    private static final ContextTerms TERMS = ContextTerms.load(LinkedArtJson.class.getResourceAsStream(CONTEXT_RESOURCE));
    private static final String ID = TERMS.alias("@id");
    private static final String TYPE = TERMS.alias("@type");

    // Where the Linked Art 1.0 object schema (additionalProperties: false) departs from a plain projection.
    /** The support part: the API has no {@code part} on HumanMadeObject; the writer repeats its materials in made_of. */
    private static final Set<String> OMITTED = Set.of(CRM.P46_is_composed_of.getURI());
    /** The object's visual content is a VisualItem record of its own: the object only refers to it. */
    private static final Set<String> SEPARATE_RECORDS = Set.of(CRM.P65_shows_visual_item.getURI());
    /**
     * Arrays in the schema though the context has no {@code @set} for them; JSON-LD reads a one-item array as the
     * single value, so the RDF is the same.
     */
    private static final Set<String> ARRAYS = Set.of(LA.current_permanent_custodian.getURI());
    /**
     * The one class the schema allows a property's references to have; used whatever classes the graph gives the node
     * (a concept may be a Material and a Type at once), or none (access points, standards are bare URIs).
     * References through other properties take their single class from the graph; an equivalent, its owner's class.
     */
    private static final Map<String, String> REFERENCE_CLASS = Map.of(
            CRM.P2_has_type.getURI(), "Type",
            CRM.P32_used_general_technique.getURI(), "Type",
            CRM.P45_consists_of.getURI(), "Material",
            CRM.P91_has_unit.getURI(), "MeasurementUnit",
            CRM.P72_has_language.getURI(), "Language",
            CRM.P7_took_place_at.getURI(), "Place",
            CRM.P65_shows_visual_item.getURI(), "VisualItem",
            LA.member_of.getURI(), "Set",
            LA.access_point.getURI(), "DigitalObject",
            LA.conformsTo.getURI(), "InformationObject");
    /** The schema lets only a Type's reference carry classified_as. */
    private static final String TYPE_CLASS = "Type";

    private static final String RDF_TYPE = RDF.type.getURI();
    private static final String LABEL = RDFS.label.getURI();
    private static final String CLASSIFIED_AS = CRM.P2_has_type.getURI();
    private static final String EQUIVALENT = LA.equivalent.getURI();

    /** Exact decimals: the graph's digits, not a double's approximation. */
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** "\n" rather than the platform's line separator, so the same graph gives the same bytes everywhere. */
    private static final ObjectWriter PRETTY = new ObjectMapper()
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final Pattern TRAILING_NUMBER = Pattern.compile("\\d+$");
    /**
     * By id, except that numbered nodes keep their numeric order, {@code …/name/2} before {@code …/name/10}: under
     * the same stem the shorter number is the smaller, as the writer mints numbers without leading zeros.
     */
    private static final Comparator<String> NUMBERED = Comparator
            .<String, String>comparing(s -> TRAILING_NUMBER.matcher(s).replaceFirst(""))
            .thenComparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    private LinkedArtJson() {}

    /**
     * The object's document.
     *
     * @throws IllegalStateException when the graph has something the document cannot say: a predicate or class
     *                               without a term, two values for a single-valued term, a literal the term cannot
     *                               carry, a node with no or several Linked Art classes where one is needed
     */
    public static ObjectNode toJson(Graph graph, Node object) {
        ObjectNode doc = NODES.objectNode().put("@context", CONTEXT_URL);
        doc.setAll(new Projection(graph, object.getURI() + "/").entity(object, true));
        return doc;
    }

    /** The document, pretty-printed; non-ASCII text is kept as is, so encode the string as UTF-8. */
    public static String toJsonString(Graph graph, Node object) {
        try {
            return PRETTY.writeValueAsString(toJson(graph, object));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Projection(Graph graph, String intermediatePrefix) {

        /** A node in full: the object itself, or one of its intermediate nodes (embedded, so without id). */
        ObjectNode entity(Node node, boolean withId) {
            String cls = onlyClass(node);
            ObjectNode json = NODES.objectNode();
            if (withId) json.put(ID, node.getURI());
            json.put(TYPE, cls);
            properties(node, cls, p -> !p.equals(RDF_TYPE) && !OMITTED.contains(p))
                    .forEach((term, values) -> json.set(term.name(), render(term, values, v -> value(term, v, cls))));
            return json;
        }

        private JsonNode value(Term term, Node v, String ownerClass) {
            if (v.isLiteral()) return literal(term, v);
            if (!v.isURI()) throw new IllegalStateException("blank node as " + term.name() + ": the writer mints URIs");
            return v.getURI().startsWith(intermediatePrefix) && !SEPARATE_RECORDS.contains(term.iri())
                    ? entity(v, false)
                    : reference(v, referenceClass(term, v, ownerClass), new HashSet<>());
        }

        /**
         * Another record, as the schema lets a reference show it. {@code expanding} holds the references being
         * expanded above this one, so a cycle of classifications or equivalents ends (losing no triple: the
         * repeated node's own are already said further up).
         */
        private ObjectNode reference(Node node, String cls, Set<Node> expanding) {
            ObjectNode json = NODES.objectNode().put(ID, node.getURI()).put(TYPE, cls);
            boolean expand = expanding.add(node);
            properties(node, cls, p -> p.equals(LABEL)
                    || expand && (p.equals(EQUIVALENT) || p.equals(CLASSIFIED_AS) && cls.equals(TYPE_CLASS)))
                    .forEach((term, values) -> json.set(term.name(), render(term, values, v -> v.isLiteral()
                            ? literal(term, v) : reference(v, referenceClass(term, v, cls), expanding))));
            if (expand) expanding.remove(node);
            return json;
        }

        private String referenceClass(Term term, Node v, String ownerClass) {
            if (term.iri().equals(EQUIVALENT)) return ownerClass;
            String fixed = REFERENCE_CLASS.get(term.iri());
            return fixed != null ? fixed : onlyClass(v);
        }

        /** The node's values for the predicates {@code carried}, by term, in context order. */
        private Map<Term, List<Node>> properties(Node node, String cls, Predicate<String> carried) {
            Map<Term, List<Node>> values = new TreeMap<>(comparingInt(Term::order));
            graph.stream(node, Node.ANY, Node.ANY).filter(t -> carried.test(t.getPredicate().getURI())).forEach(t -> {
                String p = t.getPredicate().getURI();
                Term term = TERMS.term(cls, p).orElseThrow(() ->
                        new IllegalStateException("no Linked Art term for " + p + " on a " + cls + " (" + node + ")"));
                values.computeIfAbsent(term, k -> new ArrayList<>()).add(t.getObject());
            });
            return values;
        }

        private String onlyClass(Node node) {
            List<String> classes = graph.stream(node, RDF.type.asNode(), Node.ANY)
                    .map(t -> TERMS.term(t.getObject().getURI()).orElseThrow(() ->
                            new IllegalStateException("no Linked Art class for " + t.getObject())).name())
                    .distinct().toList();
            if (classes.size() != 1)
                throw new IllegalStateException(node + " needs exactly one Linked Art class, has " + classes);
            return classes.get(0);
        }
    }

    private static JsonNode render(Term term, List<Node> values, Function<Node, JsonNode> each) {
        if (!term.set() && !ARRAYS.contains(term.iri())) {
            if (values.size() > 1) throw new IllegalStateException(term.name() + " takes one value, the graph has " + values);
            return each.apply(values.get(0));
        }
        ArrayNode array = NODES.arrayNode();
        values.stream().sorted(comparing(LinkedArtJson::sortKey, NUMBERED)).map(each).forEach(array::add);
        return array;
    }

    private static String sortKey(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    /** A literal as JSON-LD reads it back: a number, or a string with the term's datatype (plain when none). */
    private static JsonNode literal(Term term, Node lit) {
        String lexical = lit.getLiteralLexicalForm();
        if (term.coercion() == null && lit.getLiteralValue() instanceof Number) {
            // the graph holds canonical XSD decimals ("337.0"); JSON needs no trailing zeros ("337")
            BigDecimal value = new BigDecimal(lexical.trim()).stripTrailingZeros();
            return NODES.numberNode(value.scale() < 0 ? value.setScale(0) : value);
        }
        String expected = term.coercion() == null ? XSD.xstring.getURI() : term.coercion();
        if (lit.getLiteralLanguage().isEmpty() && lit.getLiteralDatatypeURI().equals(expected)) return NODES.textNode(lexical);
        throw new IllegalStateException("the literal " + lit + " cannot be written as " + term.name());
    }
}
