package org.glamlod.model.rdf;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
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
 * Writes an object as the CIDOC-CRM graph Linked Art describes. Every node has a URI: intermediate nodes are minted
 * under the object's URI ({@code {object}/production}, {@code {object}/name/1} …), so graphs diff and fingerprint
 * stably. The graph is self-contained: it also describes the agents, places, sets and concepts the object refers
 * to, so any projection of the object needs this one graph only.
 */
public final class ObjectGraphWriter {
    /** Where Linked Art points IIIF resources with {@code conforms_to}. */
    public static final String IIIF_IMAGE_API = "http://iiif.io/api/image";
    public static final String IIIF_PRESENTATION_API = "http://iiif.io/api/presentation";
    public static final String IIIF_MANIFEST_FORMAT = "application/ld+json;profile=\"http://iiif.io/api/presentation/3/context.json\"";
    /** Path of the attribution-qualifier concepts in the dataset's own vocabulary. */
    public static final String QUALIFIER_PATH = "attribution/";

    private static final Node LABEL = RDFS.label.asNode();
    private static final Node TYPE = RDF.type.asNode();

    private final UriScheme uris;

    public ObjectGraphWriter(UriScheme uris) {
        this.uris = uris;
    }

    public UriScheme uris() {
        return uris;
    }

    /** The object's graph, in memory. */
    public Graph graph(HumanMadeObject object) {
        Graph g = GraphFactory.createDefaultGraph();
        write(object, StreamRDFLib.graph(g));
        return g;
    }

    /** Streams the object's triples to a sink (a loader, a writer); a concept used twice may be sent twice. */
    public void write(HumanMadeObject o, StreamRDF out) {
        new Emitter(out).object(o);
    }

    public static String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** One object's emission: small methods, one per Linked Art pattern. */
    private final class Emitter {
        private final StreamRDF out;

        Emitter(StreamRDF out) {
            this.out = out;
        }

        void object(HumanMadeObject o) {
            Node obj = uri(uris.object(o.id()));
            String base = obj.getURI();
            type(obj, CRM.E22_Human_Made_Object);
            text(obj, LABEL, o.label());
            numbered(base + "/identifier/", o.identifiers(), (n, id) -> identifier(obj, n, id));
            numbered(base + "/name/", o.titles(), (n, t) -> name(obj, n, t, AAT.ALTERNATE_TITLE, "alternate title"));
            for (Concept c : o.classifications()) {
                link(obj, CRM.P2_has_type, concept(c, CRM.TYPE));
                metaType(c, AAT.TYPE_OF_WORK, "type of work");
            }
            if (o.production() != null) production(obj, base + "/production", o.production());
            numbered(base + "/dimension/", o.dimensions(), (n, d) -> dimension(obj, n, d));
            for (Concept m : o.materials()) link(obj, CRM.P45_consists_of, concept(m, CRM.E57_Material));
            supportPart(obj, base + "/part/support", o.supportMaterials());
            numbered(base + "/statement/", o.statements(), (n, s) -> statement(obj, n, s));
            for (ObjectSet set : o.memberOf()) link(obj, LA.member_of, set(set));
            if (o.currentOwner() != null) link(obj, CRM.P52_has_current_owner, agent(o.currentOwner()));
            if (o.custodian() != null) link(obj, LA.current_permanent_custodian, agent(o.custodian()));
            visualContent(obj, base + "/visual", o);
            numbered(base + "/image/", o.images(), (n, i) -> image(obj, n, i));
            if (o.iiifManifest() != null)
                document(obj, base + "/manifest", o.iiifManifest(), IIIF_MANIFEST_FORMAT, null, IIIF_PRESENTATION_API);
            if (o.webPage() != null)
                document(obj, base + "/page", o.webPage(), "text/html", Concept.of(AAT.WEB_PAGE, "web pages"), null);
            for (String e : o.equivalents()) link(obj, LA.equivalent, uri(e));
        }

        void identifier(Node owner, Node node, Identifier id) {
            link(owner, CRM.P1_is_identified_by, node);
            type(node, CRM.E42_Identifier);
            text(node, CRM.P190_has_symbolic_content, id.value());
            link(node, CRM.P2_has_type, concept(id.type().concept, CRM.TYPE));
        }

        /** A name; primary names are classified as such, others with {@code otherType} (if any). */
        void name(Node owner, Node node, Name name, String otherType, String otherLabel) {
            link(owner, CRM.P1_is_identified_by, node);
            type(node, CRM.E33_E41_Linguistic_Appellation);
            text(node, CRM.P190_has_symbolic_content, name.content());
            if (name.primary()) link(node, CRM.P2_has_type, concept(Concept.of(AAT.PRIMARY_NAME, "primary name"), CRM.TYPE));
            else if (otherType != null) link(node, CRM.P2_has_type, concept(Concept.of(otherType, otherLabel), CRM.TYPE));
            language(node, name.language());
        }

        void production(Node obj, String base, Production p) {
            Node prod = uri(base);
            link(obj, CRM.P108i_was_produced_by, prod);
            type(prod, CRM.E12_Production);
            if (p.timespan() != null) timespan(prod, base + "/timespan", p.timespan());
            if (p.place() != null) link(prod, CRM.P7_took_place_at, place(p.place()));
            for (Concept t : p.techniques()) link(prod, CRM.P32_used_general_technique, concept(t, CRM.TYPE));
            numbered(base + "/part/", p.creators(), (part, c) -> {
                link(prod, CRM.P9_consists_of, part);
                type(part, CRM.E12_Production);
                link(part, c.qualifier().carriedOut() ? CRM.P14_carried_out_by : CRM.P15_was_influenced_by, agent(c.agent()));
                if (c.role() != null) link(part, CRM.P2_has_type, concept(c.role(), CRM.TYPE));
                if (c.qualifier() != Creator.Qualifier.NONE) {
                    Concept q = Concept.of(uris.concept(QUALIFIER_PATH + c.qualifier().slug()), c.qualifier().label());
                    link(part, CRM.P2_has_type, concept(q, CRM.TYPE));
                }
            });
        }

        void timespan(Node owner, String uri, TimeSpan t) {
            Node ts = uri(uri);
            link(owner, CRM.P4_has_time_span, ts);
            type(ts, CRM.E52_Time_Span);
            if (t.begin() != null) out.triple(triple(ts, CRM.P82a_begin_of_the_begin, dateTimeLiteral(t.begin())));
            if (t.end() != null) out.triple(triple(ts, CRM.P82b_end_of_the_end, dateTimeLiteral(t.end())));
            if (t.display() != null) {
                Node name = uri(uri + "/name");
                link(ts, CRM.P1_is_identified_by, name);
                type(name, CRM.E33_E41_Linguistic_Appellation);
                text(name, CRM.P190_has_symbolic_content, t.display());
                link(name, CRM.P2_has_type, concept(Concept.of(AAT.DISPLAY_NAME, "display title"), CRM.TYPE));
            }
        }

        void dimension(Node obj, Node node, Dimension d) {
            link(obj, CRM.P43_has_dimension, node);
            type(node, CRM.E54_Dimension);
            out.triple(triple(node, CRM.P90_has_value, NodeFactory.createLiteralDT(canonicalDecimal(d.value()), XSDDatatype.XSDdecimal)));
            link(node, CRM.P91_has_unit, concept(d.unit().concept, CRM.E58_Measurement_Unit));
            link(node, CRM.P2_has_type, concept(d.type().concept, CRM.TYPE));
        }

        /**
         * Linked Art lists every material on the whole object, and the support's own materials on the support part,
         * so that readers that ignore parts still see all materials.
         */
        void supportPart(Node obj, String uri, List<Concept> materials) {
            if (materials.isEmpty()) return;
            Node part = uri(uri);
            link(obj, CRM.P46_is_composed_of, part);
            type(part, CRM.E22_Human_Made_Object);
            link(part, CRM.P2_has_type, concept(Concept.of(AAT.SUPPORT, "supports"), CRM.TYPE));
            for (Concept m : materials) {
                Node mat = concept(m, CRM.E57_Material);
                link(part, CRM.P45_consists_of, mat);
                link(obj, CRM.P45_consists_of, mat);
            }
        }

        void statement(Node obj, Node node, Statement s) {
            link(obj, CRM.P67i_is_referred_to_by, node);
            type(node, CRM.E33_Linguistic_Object);
            text(node, CRM.P190_has_symbolic_content, s.content());
            link(node, CRM.P2_has_type, concept(s.type().concept, CRM.TYPE));
            metaType(s.type().concept, AAT.STATEMENT, "brief text");
            language(node, s.language());
        }

        /** What the work shows: its subjects and the rights in that visual content. */
        void visualContent(Node obj, String uri, HumanMadeObject o) {
            if (o.subjects().isEmpty() && o.rights() == null) return;
            Node visual = uri(uri);
            link(obj, CRM.P65_shows_visual_item, visual);
            type(visual, CRM.E36_Visual_Item);
            text(visual, LABEL, "Visual content of " + o.label());
            for (Concept s : o.subjects()) link(visual, CRM.P129_is_about, concept(s, CRM.TYPE));
            if (o.rights() != null) right(visual, uri + "/right", o.rights());
        }

        void image(Node obj, Node visual, Image i) {
            link(obj, CRM.P138i_has_representation, visual);
            type(visual, CRM.E36_Visual_Item);
            Node file = uri(visual.getURI() + "/file");
            link(visual, LA.digitally_shown_by, file);
            type(file, LA.D1_Digital_Object);
            link(file, CRM.P2_has_type, concept(Concept.of(AAT.DIGITAL_IMAGE, "digital images"), CRM.TYPE));
            link(file, LA.access_point, uri(i.accessPoint()));
            if (i.format() != null) text(file, LA.dc_format, i.format());
            if (i.rights() != null) right(file, file.getURI() + "/right", i.rights());
            if (i.iiifService() != null) {
                Node service = uri(file.getURI() + "/service");
                link(file, LA.digitally_available_via, service);
                type(service, LA.DigitalService);
                link(service, LA.access_point, uri(i.iiifService()));
                link(service, LA.conformsTo, uri(IIIF_IMAGE_API));
            }
        }

        /** A text about the object carried by a digital document: its web page, its IIIF manifest. */
        void document(Node obj, String uri, String url, String format, Concept kind, String conformsTo) {
            Node text = uri(uri);
            link(obj, CRM.P129i_is_subject_of, text);
            type(text, CRM.E33_Linguistic_Object);
            Node file = uri(uri + "/file");
            link(text, LA.digitally_carried_by, file);
            type(file, LA.D1_Digital_Object);
            if (kind != null) link(file, CRM.P2_has_type, concept(kind, CRM.TYPE));
            link(file, LA.access_point, uri(url));
            text(file, LA.dc_format, format);
            if (conformsTo != null) link(file, LA.conformsTo, uri(conformsTo));
        }

        void right(Node owner, String uri, String rightsUri) {
            Node right = uri(uri);
            link(owner, CRM.P104_is_subject_to, right);
            type(right, CRM.E30_Right);
            link(right, CRM.P2_has_type, concept(Concept.of(rightsUri, null), CRM.TYPE));
        }

        Node agent(Agent a) {
            Node node = uri(uris.agent(a.id()));
            boolean person = a.kind() == Agent.Kind.PERSON;
            type(node, person ? CRM.E21_Person : CRM.E74_Group);
            text(node, LABEL, a.label());
            numbered(node.getURI() + "/name/", a.names(), (n, name) -> name(node, n, name, null, null));
            if (a.born() != null)
                event(node, person ? CRM.P98i_was_born : CRM.P95i_was_formed_by, person ? CRM.E67_Birth : CRM.E66_Formation,
                        node.getURI() + (person ? "/birth" : "/formation"), a.born());
            if (a.died() != null)
                event(node, person ? CRM.P100i_died_in : CRM.P99i_was_dissolved_by, person ? CRM.E69_Death : CRM.E68_Dissolution,
                        node.getURI() + (person ? "/death" : "/dissolution"), a.died());
            for (Concept n : a.nationalities()) {
                link(node, CRM.P2_has_type, concept(n, CRM.TYPE));
                metaType(n, AAT.NATIONALITY, "nationality");
            }
            for (String e : a.equivalents()) link(node, LA.equivalent, uri(e));
            return node;
        }

        void event(Node owner, Node property, Node cls, String uri, TimeSpan when) {
            Node event = uri(uri);
            link(owner, property, event);
            type(event, cls);
            timespan(event, uri + "/timespan", when);
        }

        Node place(Place p) {
            Node node = uri(uris.place(p.id()));
            type(node, CRM.E53_Place);
            text(node, LABEL, p.label());
            numbered(node.getURI() + "/name/", p.names(), (n, name) -> name(node, n, name, null, null));
            for (String e : p.equivalents()) link(node, LA.equivalent, uri(e));
            return node;
        }

        Node set(ObjectSet s) {
            Node node = uri(uris.set(s.id()));
            type(node, LA.Set);
            text(node, LABEL, s.name());
            return node;
        }

        void language(Node owner, String tag) {
            if (tag == null) return;
            Node lang = uri(Languages.uri(tag));
            link(owner, CRM.P72_has_language, lang);
            type(lang, CRM.E56_Language);
            text(lang, LABEL, Languages.label(tag));
        }

        Node concept(Concept c, Node cls) {
            Node node = uri(c.uri());
            type(node, cls);
            if (c.label() != null) text(node, LABEL, c.label());
            return node;
        }

        /** Linked Art's meta-classification: a classification is itself classified as what kind it is. */
        void metaType(Concept c, String metaUri, String metaLabel) {
            link(uri(c.uri()), CRM.P2_has_type, concept(Concept.of(metaUri, metaLabel), CRM.TYPE));
        }

        <T> void numbered(String prefix, List<T> items, java.util.function.BiConsumer<Node, T> each) {
            for (int i = 0; i < items.size(); i++) each.accept(uri(prefix + (i + 1)), items.get(i));
        }

        void type(Node s, Node cls) {
            out.triple(triple(s, TYPE, cls));
        }

        void link(Node s, Node p, Node o) {
            out.triple(triple(s, p, o));
        }

        void text(Node s, Node p, String value) {
            out.triple(triple(s, p, NodeFactory.createLiteralString(value)));
        }
    }

    private static org.apache.jena.graph.Triple triple(Node s, Node p, Node o) {
        return org.apache.jena.graph.Triple.create(s, p, o);
    }

    /**
     * The XSD canonical form of a decimal: always a point and a digit after it ("45.0", not "45"). TDB2 gives
     * decimals back in this form, and can only delete a decimal by the form it gives back.
     */
    static String canonicalDecimal(java.math.BigDecimal value) {
        return (value.scale() <= 0 ? value.setScale(1) : value).toPlainString();
    }

    private static Node dateTimeLiteral(Instant instant) {
        return NodeFactory.createLiteralDT(dateTime(instant), XSDDatatype.XSDdateTime);
    }

    private static Node uri(String uri) {
        return NodeFactory.createURI(uri);
    }
}
