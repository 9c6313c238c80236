package org.glamlod.model.rdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
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
import org.glamlod.model.vocab.AAT;
import org.glamlod.model.vocab.CRM;
import org.glamlod.model.vocab.LA;
import org.glamlod.model.vocab.Languages;

/**
 * Reads an object back from the graph {@link ObjectGraphWriter} wrote (or any graph holding it, such as the union
 * of a store's graphs). What the writer derives (labels of objects and agents, meta-types) is not read back.
 */
public final class ObjectGraphReader {
    private static final Node LABEL = RDFS.label.asNode();

    private final UriScheme uris;

    public ObjectGraphReader(UriScheme uris) {
        this.uris = uris;
    }

    /** The object with this id, read from the graph. */
    public HumanMadeObject read(Graph graph, String id) {
        return read(graph, NodeFactory.createURI(uris.object(id)));
    }

    public HumanMadeObject read(Graph graph, Node object) {
        String id = uris.idOf(object.getURI(), UriScheme.OBJECT)
                .orElseThrow(() -> new IllegalArgumentException("not an object URI of " + uris.base() + ": " + object));
        if (!graph.contains(object, RDF.type.asNode(), CRM.E22_Human_Made_Object))
            throw new IllegalArgumentException("no object " + object + " in the graph");
        return new Reading(graph).object(id, object);
    }

    private final class Reading {
        private final Graph g;

        Reading(Graph g) {
            this.g = g;
        }

        HumanMadeObject object(String id, Node obj) {
            HumanMadeObject.Builder b = HumanMadeObject.builder(id);
            for (Node n : numbered(objects(obj, CRM.P1_is_identified_by))) {
                if (isA(n, CRM.E42_Identifier)) b.identifier(new Identifier(content(n), identifierType(n)));
                else if (isA(n, CRM.E33_E41_Linguistic_Appellation)) b.title(name(n));
            }
            objects(obj, CRM.P2_has_type).forEach(c -> b.classification(concept(c)));
            one(obj, CRM.P108i_was_produced_by).ifPresent(p -> b.production(production(p)));
            for (Node d : numbered(objects(obj, CRM.P43_has_dimension))) b.dimension(dimension(d));
            List<Node> support = objects(obj, CRM.P46_is_composed_of).stream()
                    .filter(p -> hasType(p, AAT.SUPPORT))
                    .flatMap(p -> objects(p, CRM.P45_consists_of).stream()).toList();
            support.forEach(m -> b.supportMaterial(concept(m)));
            objects(obj, CRM.P45_consists_of).stream().filter(m -> !support.contains(m)).forEach(m -> b.material(concept(m)));
            for (Node s : numbered(objects(obj, CRM.P67i_is_referred_to_by))) b.statement(statement(s));
            objects(obj, LA.member_of).forEach(s -> b.memberOf(new ObjectSet(idOf(s, UriScheme.SET), label(s).orElseThrow())));
            one(obj, CRM.P52_has_current_owner).ifPresent(a -> b.currentOwner(agent(a)));
            one(obj, LA.current_permanent_custodian).ifPresent(a -> b.custodian(agent(a)));
            one(obj, CRM.P65_shows_visual_item).ifPresent(v -> {
                objects(v, CRM.P129_is_about).forEach(s -> b.subject(concept(s)));
                rights(v).ifPresent(b::rights);
            });
            for (Node v : numbered(objects(obj, CRM.P138i_has_representation))) b.image(image(v));
            for (Node text : objects(obj, CRM.P129i_is_subject_of)) {
                Node file = one(text, LA.digitally_carried_by).orElseThrow(() -> missing(text, "digitally_carried_by"));
                String url = one(file, LA.access_point).orElseThrow(() -> missing(file, "access_point")).getURI();
                if (objects(file, LA.conformsTo).contains(NodeFactory.createURI(ObjectGraphWriter.IIIF_PRESENTATION_API)))
                    b.iiifManifest(url);
                else if (hasType(file, AAT.WEB_PAGE)) b.webPage(url);
            }
            objects(obj, LA.equivalent).forEach(e -> b.equivalent(e.getURI()));
            return b.build();
        }

        Identifier.Type identifierType(Node n) {
            for (Identifier.Type t : Identifier.Type.values()) if (hasType(n, t.concept.uri())) return t;
            throw new IllegalArgumentException("identifier " + n + " has no known type");
        }

        Name name(Node n) {
            return new Name(content(n), language(n), hasType(n, AAT.PRIMARY_NAME));
        }

        Production production(Node p) {
            List<Creator> creators = new ArrayList<>();
            for (Node part : numbered(objects(p, CRM.P9_consists_of))) {
                Creator.Qualifier qualifier = Creator.Qualifier.NONE;
                Concept role = null;
                for (Node t : objects(part, CRM.P2_has_type)) {
                    Optional<Creator.Qualifier> q = uris.conceptPath(t.getURI())
                            .filter(path -> path.startsWith(ObjectGraphWriter.QUALIFIER_PATH))
                            .flatMap(path -> Creator.Qualifier.fromSlug(path.substring(ObjectGraphWriter.QUALIFIER_PATH.length())));
                    if (q.isPresent()) qualifier = q.get();
                    else role = concept(t);
                }
                Node who = one(part, CRM.P14_carried_out_by).or(() -> one(part, CRM.P15_was_influenced_by))
                        .orElseThrow(() -> missing(part, "carried_out_by"));
                creators.add(new Creator(agent(who), role, qualifier));
            }
            return new Production(creators,
                    one(p, CRM.P4_has_time_span).map(this::timespan).orElse(null),
                    one(p, CRM.P7_took_place_at).map(this::place).orElse(null),
                    objects(p, CRM.P32_used_general_technique).stream().map(this::concept).toList());
        }

        TimeSpan timespan(Node ts) {
            Function<Node, Optional<Instant>> instant = p -> one(ts, p).map(l -> Instant.parse(l.getLiteralLexicalForm()));
            String display = objects(ts, CRM.P1_is_identified_by).stream().filter(n -> hasType(n, AAT.DISPLAY_NAME))
                    .findFirst().map(this::content).orElse(null);
            return new TimeSpan(instant.apply(CRM.P82a_begin_of_the_begin).orElse(null),
                    instant.apply(CRM.P82b_end_of_the_end).orElse(null), display);
        }

        Dimension dimension(Node d) {
            BigDecimal value = new BigDecimal(one(d, CRM.P90_has_value).orElseThrow(() -> missing(d, "value")).getLiteralLexicalForm());
            String unit = one(d, CRM.P91_has_unit).orElseThrow(() -> missing(d, "unit")).getURI();
            Dimension.Unit u = java.util.Arrays.stream(Dimension.Unit.values()).filter(x -> x.concept.uri().equals(unit))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown unit " + unit + " on " + d));
            Dimension.Type t = java.util.Arrays.stream(Dimension.Type.values()).filter(x -> hasType(d, x.concept.uri()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("dimension " + d + " has no known type"));
            return new Dimension(t, value, u);
        }

        Statement statement(Node s) {
            Statement.Type type = java.util.Arrays.stream(Statement.Type.values()).filter(x -> hasType(s, x.concept.uri()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("statement " + s + " has no known type"));
            return new Statement(type, content(s), language(s));
        }

        Image image(Node visual) {
            Node file = one(visual, LA.digitally_shown_by).orElseThrow(() -> missing(visual, "digitally_shown_by"));
            return new Image(
                    one(file, LA.access_point).orElseThrow(() -> missing(file, "access_point")).getURI(),
                    one(file, LA.dc_format).map(Node::getLiteralLexicalForm).orElse(null),
                    rights(file).orElse(null),
                    one(file, LA.digitally_available_via).flatMap(s -> one(s, LA.access_point)).map(Node::getURI).orElse(null));
        }

        Optional<String> rights(Node owner) {
            return one(owner, CRM.P104_is_subject_to).flatMap(r -> one(r, CRM.P2_has_type)).map(Node::getURI);
        }

        Agent agent(Node a) {
            boolean person = isA(a, CRM.E21_Person);
            return new Agent(idOf(a, UriScheme.AGENT), person ? Agent.Kind.PERSON : Agent.Kind.GROUP,
                    numbered(objects(a, CRM.P1_is_identified_by)).stream().map(this::name).toList(),
                    lifeEvent(a, person ? CRM.P98i_was_born : CRM.P95i_was_formed_by),
                    lifeEvent(a, person ? CRM.P100i_died_in : CRM.P99i_was_dissolved_by),
                    objects(a, CRM.P2_has_type).stream().map(this::concept).toList(),
                    objects(a, LA.equivalent).stream().map(Node::getURI).toList());
        }

        TimeSpan lifeEvent(Node agent, Node property) {
            return one(agent, property).flatMap(e -> one(e, CRM.P4_has_time_span)).map(this::timespan).orElse(null);
        }

        Place place(Node p) {
            return new Place(idOf(p, UriScheme.PLACE),
                    numbered(objects(p, CRM.P1_is_identified_by)).stream().map(this::name).toList(),
                    objects(p, LA.equivalent).stream().map(Node::getURI).toList());
        }

        Concept concept(Node c) {
            return new Concept(c.getURI(), label(c).orElse(null));
        }

        String language(Node n) {
            return one(n, CRM.P72_has_language).flatMap(l -> Languages.tag(l.getURI())).orElse(null);
        }

        String content(Node n) {
            return one(n, CRM.P190_has_symbolic_content).orElseThrow(() -> missing(n, "content")).getLiteralLexicalForm();
        }

        /** The smallest label, so a node labelled twice reads the same every time. */
        Optional<String> label(Node n) {
            return objects(n, LABEL).stream().map(Node::getLiteralLexicalForm).min(Comparator.naturalOrder());
        }

        String idOf(Node n, String kind) {
            return uris.idOf(n.getURI(), kind)
                    .orElseThrow(() -> new IllegalArgumentException(n + " is not a " + kind.replace("/", "") + " URI of " + uris.base()));
        }

        boolean isA(Node n, Node cls) {
            return g.contains(n, RDF.type.asNode(), cls);
        }

        boolean hasType(Node n, String typeUri) {
            return g.contains(n, CRM.P2_has_type, NodeFactory.createURI(typeUri));
        }

        List<Node> objects(Node s, Node p) {
            return g.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList().stream()
                    .sorted(Comparator.comparing(Node::toString)).toList();
        }

        Optional<Node> one(Node s, Node p) {
            return objects(s, p).stream().findFirst();
        }

        /** Intermediate nodes in the order the writer numbered them ({@code …/name/2} before {@code …/name/10}). */
        List<Node> numbered(List<Node> nodes) {
            return nodes.stream().sorted(Comparator.comparingInt(ObjectGraphReader::ordinal)).toList();
        }

        IllegalArgumentException missing(Node n, String what) {
            return new IllegalArgumentException(n + " has no " + what);
        }
    }

    private static int ordinal(Node n) {
        String uri = n.getURI();
        try {
            return Integer.parseInt(uri.substring(uri.lastIndexOf('/') + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
