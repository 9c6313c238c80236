package org.glamlod.sync.wikidata;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.glamlod.model.Agent;
import org.glamlod.model.Concept;
import org.glamlod.model.Creator;
import org.glamlod.model.Dimension;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Identifier;
import org.glamlod.model.Name;
import org.glamlod.model.rdf.ObjectGraphReader;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.vocab.RightsStatements;
import org.wikidata.wdtk.datamodel.helpers.Datamodel;
import org.wikidata.wdtk.datamodel.helpers.ItemDocumentBuilder;
import org.wikidata.wdtk.datamodel.helpers.ReferenceBuilder;
import org.wikidata.wdtk.datamodel.helpers.StatementBuilder;
import org.wikidata.wdtk.datamodel.interfaces.ItemIdValue;
import org.wikidata.wdtk.datamodel.interfaces.Reference;
import org.wikidata.wdtk.datamodel.interfaces.TimeValue;
import org.wikidata.wdtk.datamodel.interfaces.Value;

/**
 * An object's graph → the Wikidata item it should be, following the community's artwork model. A pure function of
 * the graph, the settings and the {@link ProjectionContext}: the same input always gives an equal document, which is
 * what lets an unchanged object make no request at all.
 */
public final class WikidataProjection {
    /** Agent names that mean "we do not know who made it". */
    private static final Pattern ANONYMOUS = Pattern.compile(
            "(?iu)^(anonymous|anonym|anoniem|unknown|unbekannt|ukendt|onbekend|inconnu)\\b.*");
    /** The museum's record says "public domain" only through these rights URIs. */
    private static final Set<String> PUBLIC_DOMAIN_RIGHTS = Set.of(
            "http://creativecommons.org/publicdomain/mark/1.0/", "http://creativecommons.org/publicdomain/zero/1.0/");
    private static final int LABEL_LIMIT = 250;

    private final WikidataSettings settings;
    private final UriScheme uris;
    private final ObjectGraphReader reader;

    public WikidataProjection(WikidataSettings settings, UriScheme uris) {
        this.settings = settings;
        this.uris = uris;
        this.reader = new ObjectGraphReader(uris);
    }

    public ProjectionResult project(Graph graph, String objectId, ProjectionContext context) {
        return project(reader.read(graph, objectId), context);
    }

    public ProjectionResult project(HumanMadeObject o, ProjectionContext context) {
        List<String> reasons = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        Optional<String> inventory = o.identifiers().stream()
                .filter(i -> i.type() == Identifier.Type.ACCESSION_NUMBER).map(Identifier::value).findFirst();
        if (inventory.isEmpty()) reasons.add("no accession number: P217 + P195 is the item's identity");

        List<Vocabulary.Type> types = new ArrayList<>();
        for (Concept c : o.classifications()) {
            Optional<Vocabulary.Type> t = settings.vocabulary().type(c.uri());
            if (t.isPresent()) types.add(t.get());
            else notes.add("object type " + c.uri() + " has no item in the vocabulary");
        }
        if (types.isEmpty()) reasons.add("no object type maps to an item for P31 " + o.classifications().stream().map(Concept::uri).toList());

        List<Creator> creators = o.production() == null ? List.of() : o.production().creators();
        for (Creator c : creators) {
            if (!isAnonymous(c.agent()) && !context.creatorQids().containsKey(c.agent().id()))
                reasons.add("creator " + c.agent().label() + " (" + c.agent().id() + ") has no resolved item");
        }

        for (Name t : o.titles())
            if (t.primary() && MARKUP.matcher(t.content()).find())
                reasons.add("title" + (t.language() == null ? "" : " (" + t.language() + ")") + " contains HTML markup, and "
                        + "Wikidata's labels and P1476 are plain text: clean the record, or map the field with html: strip "
                        + "(docs/mapping-language.md)");
        Map<String, String> labels = labels(o, notes);
        if (labels.isEmpty()) reasons.add("no title in any of the languages " + settings.languages());
        if (!reasons.isEmpty()) return new ProjectionResult.NotProjectable(reasons);

        Reference ref = reference(o, context);
        ItemDocumentBuilder item = ItemDocumentBuilder.forItemId(ItemIdValue.NULL);
        labels.forEach((lang, text) -> item.withLabel(text, lang));
        descriptions(types.get(0), creators).forEach((lang, text) -> item.withDescription(text, lang));

        List<StatementBuilder> st = new ArrayList<>();
        new LinkedHashSet<>(types.stream().map(Vocabulary.Type::qid).toList())
                .forEach(q -> st.add(claim(WikidataId.INSTANCE_OF, settings.item(q))));
        for (Creator c : creators) st.add(creator(c, context));
        st.add(claim(WikidataId.COLLECTION, settings.item(settings.collection())));
        st.add(claim(WikidataId.INVENTORY_NUMBER, Datamodel.makeStringValue(inventory.get()))
                .withQualifierValue(settings.pid(WikidataId.COLLECTION), settings.item(settings.collection())));
        if (settings.location() != null) st.add(claim(WikidataId.LOCATION, settings.item(settings.location())));
        if (o.production() != null) Inception.of(o.production().timespan(), settings).ifPresent(i -> {
            StatementBuilder b = i.value() == null ? someValue(WikidataId.INCEPTION) : claim(WikidataId.INCEPTION, i.value());
            i.qualifiers().forEach(b::withQualifier);
            st.add(b);
        });
        materials(o, st, notes);
        for (Dimension d : o.dimensions()) st.add(dimension(d));
        for (Name t : o.titles()) {
            if (!t.primary()) continue;
            if (t.language() == null) notes.add("title without a language left out of P1476: " + t.content());
            else st.add(claim(WikidataId.TITLE, Datamodel.makeMonolingualTextValue(t.content(), t.language())));
        }
        if (context.commonsFile() != null) st.add(claim(WikidataId.IMAGE, Datamodel.makeStringValue(context.commonsFile())));
        if (o.webPage() != null) st.add(claim(WikidataId.DESCRIBED_AT_URL, Datamodel.makeStringValue(o.webPage())));
        copyright(o, context, notes).ifPresent(st::add);
        for (StatementBuilder b : st) item.withStatement(b.withReference(ref).build());
        return new ProjectionResult.Projected(item.build(), inventory.get(), notes);
    }

    /** A tag or a character reference: text a source exported as HTML. A bare "&" or "<" is text. */
    private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>|&(#\\d+|#x\\p{XDigit}+|[A-Za-z]+);");

    static boolean isAnonymous(Agent agent) {
        return ANONYMOUS.matcher(agent.label().trim()).matches();
    }

    /** One label per configured language: the primary title in that language, as text. */
    private Map<String, String> labels(HumanMadeObject o, List<String> notes) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (String lang : settings.languages()) {
            o.titles().stream().filter(n -> n.primary() && lang.equals(n.language())).findFirst().ifPresent(n -> {
                String text = n.content().strip().replaceAll("\\s+", " ");
                if (text.length() > LABEL_LIMIT) notes.add("title longer than " + LABEL_LIMIT + " characters is no label: " + lang);
                else labels.put(lang, text);
            });
        }
        return labels;
    }

    /** "painting by Johannes Vermeer" for one plain attribution, else just the type; both in Wikidata's style. */
    private Map<String, String> descriptions(Vocabulary.Type type, List<Creator> creators) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        boolean by = creators.size() == 1 && creators.get(0).qualifier() == Creator.Qualifier.NONE
                && !isAnonymous(creators.get(0).agent());
        for (String lang : settings.languages()) {
            String noun = type.nouns().get(lang);
            if (noun == null) continue;
            settings.vocabulary().pattern(by ? "by" : "plain", lang).ifPresent(p -> out.put(lang,
                    p.replace("{type}", noun).replace("{creator}", by ? creators.get(0).agent().label() : "")));
        }
        return out;
    }

    /**
     * P170 as the visual-arts projects model attributions: the artist itself when the museum says they made it
     * ("attributed to" adds P5102 = attribution), else "unknown value" qualified with the relation to the named artist
     * (workshop of P1774, follower of P1775, circle of P1776, manner of P1777, school of P1780, after P1877,
     * possibly P1779). Anonymous: "unknown value" with P3831 = anonymous, and the museum's wording as P2093.
     */
    private StatementBuilder creator(Creator c, ProjectionContext context) {
        if (isAnonymous(c.agent())) {
            StatementBuilder b = someValue(WikidataId.CREATOR)
                    .withQualifierValue(settings.pid(WikidataId.OBJECT_HAS_ROLE), settings.qid(WikidataId.ANONYMOUS));
            String name = c.agent().label().trim();
            if (!ANONYMOUS.matcher(name).matches() || name.contains(" "))
                b.withQualifierValue(settings.pid(WikidataId.AUTHOR_NAME_STRING), Datamodel.makeStringValue(name));
            return b;
        }
        ItemIdValue artist = settings.item(context.creatorQids().get(c.agent().id()));
        WikidataId relation = switch (c.qualifier()) {
            case NONE, ATTRIBUTED_TO -> null;
            case POSSIBLY_BY -> WikidataId.POSSIBLE_CREATOR;
            case WORKSHOP_OF, STUDIO_OF -> WikidataId.WORKSHOP_OF;
            case FOLLOWER_OF -> WikidataId.FOLLOWER_OF;
            case CIRCLE_OF -> WikidataId.CIRCLE_OF;
            case MANNER_OF -> WikidataId.MANNER_OF;
            case SCHOOL_OF -> WikidataId.SCHOOL_OF;
            case AFTER, COPY_AFTER -> WikidataId.AFTER_A_WORK_BY;
        };
        if (relation != null) return someValue(WikidataId.CREATOR).withQualifierValue(settings.pid(relation), artist);
        StatementBuilder b = claim(WikidataId.CREATOR, artist);
        if (c.qualifier() == Creator.Qualifier.ATTRIBUTED_TO)
            b.withQualifierValue(settings.pid(WikidataId.NATURE_OF_STATEMENT), settings.qid(WikidataId.ATTRIBUTION));
        return b;
    }

    /** P186 for the medium; the support's materials with P518 applies to part = painting surface. */
    private void materials(HumanMadeObject o, List<StatementBuilder> st, List<String> notes) {
        for (Concept m : o.materials()) {
            Optional<String> q = settings.vocabulary().material(m.uri());
            if (q.isPresent()) st.add(claim(WikidataId.MADE_FROM, settings.item(q.get())));
            else notes.add("material " + m.uri() + " has no item in the vocabulary");
        }
        for (Concept m : o.supportMaterials()) {
            Optional<String> q = settings.vocabulary().material(m.uri());
            if (q.isPresent()) st.add(claim(WikidataId.MADE_FROM, settings.item(q.get()))
                    .withQualifierValue(settings.pid(WikidataId.APPLIES_TO_PART), settings.qid(WikidataId.PAINTING_SURFACE)));
            else notes.add("support material " + m.uri() + " has no item in the vocabulary");
        }
    }

    /** In the museum's own unit: Wikidata keeps the unit as published. */
    private StatementBuilder dimension(Dimension d) {
        WikidataId property = switch (d.type()) {
            case HEIGHT -> WikidataId.HEIGHT;
            case WIDTH -> WikidataId.WIDTH;
            case DEPTH -> WikidataId.THICKNESS;
            case DIAMETER -> WikidataId.DIAMETER;
            case WEIGHT -> WikidataId.MASS;
        };
        WikidataId unit = switch (d.unit()) {
            case MILLIMETRES -> WikidataId.MILLIMETRE;
            case CENTIMETRES -> WikidataId.CENTIMETRE;
            case METRES -> WikidataId.METRE;
            case INCHES -> WikidataId.INCH;
            case FEET -> WikidataId.FOOT;
            case GRAMS -> WikidataId.GRAM;
            case KILOGRAMS -> WikidataId.KILOGRAM;
            case POUNDS -> WikidataId.POUND;
        };
        return claim(property, Datamodel.makeQuantityValue(d.value(), settings.qid(unit)));
    }

    /**
     * P6216, only when the record supports it: in copyright for a rightsstatements.org "In Copyright" statement;
     * public domain for the PD mark or CC0 when every creator is named and died more than 100 years ago, qualified as
     * the community does (jurisdiction: 100 years pma countries, method: 100 years after the author's death).
     * Anything else (anonymous works, unknown death dates) is left for people to judge.
     */
    private Optional<StatementBuilder> copyright(HumanMadeObject o, ProjectionContext ctx, List<String> notes) {
        String rights = o.rights();
        if (rights == null) return Optional.empty();
        if (rights.startsWith(RightsStatements.NS + "InC"))
            return Optional.of(claim(WikidataId.COPYRIGHT_STATUS, settings.qid(WikidataId.COPYRIGHTED)));
        if (!PUBLIC_DOMAIN_RIGHTS.contains(rights)) return Optional.empty();
        List<Creator> creators = o.production() == null ? List.of() : o.production().creators();
        boolean determined = !creators.isEmpty() && creators.stream().allMatch(c -> diedBefore(c.agent(), ctx.asOf().getYear() - 100));
        if (!determined) {
            notes.add("public domain not stated: no creator death date shows 100 years pma");
            return Optional.empty();
        }
        return Optional.of(claim(WikidataId.COPYRIGHT_STATUS, settings.qid(WikidataId.PUBLIC_DOMAIN))
                .withQualifierValue(settings.pid(WikidataId.APPLIES_TO_JURISDICTION), settings.qid(WikidataId.PMA_100_JURISDICTION))
                .withQualifierValue(settings.pid(WikidataId.DETERMINATION_METHOD), settings.qid(WikidataId.PMA_100_METHOD)));
    }

    private static boolean diedBefore(Agent a, int year) {
        return !isAnonymous(a) && a.died() != null && a.died().end() != null
                && a.died().end().atOffset(ZoneOffset.UTC).getYear() < year;
    }

    /** P248 the museum's database (when configured), P854 the object's page (or its URI), P813 the data's date. */
    private Reference reference(HumanMadeObject o, ProjectionContext ctx) {
        ReferenceBuilder r = ReferenceBuilder.newInstance();
        if (settings.statedIn() != null) r.withPropertyValue(settings.pid(WikidataId.STATED_IN), settings.item(settings.statedIn()));
        r.withPropertyValue(settings.pid(WikidataId.REFERENCE_URL),
                Datamodel.makeStringValue(o.webPage() != null ? o.webPage() : uris.object(o.id())));
        LocalDate d = ctx.retrieved();
        r.withPropertyValue(settings.pid(WikidataId.RETRIEVED),
                Inception.time(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), TimeValue.PREC_DAY));
        return r.build();
    }

    private StatementBuilder claim(WikidataId property, Value value) {
        return StatementBuilder.forSubjectAndProperty(ItemIdValue.NULL, settings.pid(property)).withValue(value);
    }

    private StatementBuilder someValue(WikidataId property) {
        return StatementBuilder.forSubjectAndProperty(ItemIdValue.NULL, settings.pid(property)).withSomeValue();
    }
}
