package org.glamlod.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A museum object as a museum records it, modelled after Linked Art's {@code HumanMadeObject}. Immutable; build one
 * with {@link #builder(String)}. Agents, places and sets it refers to are shared resources with their own URIs.
 *
 * @param id               the source's stable id; the object's URI is {@code {base}object/{id}}
 * @param identifiers      accession, system and local numbers, in order
 * @param titles           titles in order, primary and alternate, per language
 * @param classifications  object types (AAT), each a "type of work" (a set)
 * @param production       makers, date, place and techniques, or null when nothing is known
 * @param dimensions       measured dimensions, in order
 * @param materials        the medium (a set); never repeats a support material
 * @param supportMaterials what the support is made of, e.g. canvas (a set)
 * @param statements       descriptive texts, in order
 * @param memberOf         departments and collections (a set)
 * @param currentOwner     the legal owner, or null
 * @param custodian        the permanent custodian when it differs from the owner, or null
 * @param subjects         what the work is about or depicts (a set)
 * @param images           digital images, in order; the first is the main one
 * @param iiifManifest     URL of the object's IIIF Presentation manifest, or null
 * @param webPage          URL of the object's page on the museum's site, or null
 * @param rights           rights URI of the work's visual content (e.g. public domain mark), or null when unknown
 * @param equivalents      the same object elsewhere, e.g. its Wikidata entity (a set of URIs)
 */
public record HumanMadeObject(
        String id,
        List<Identifier> identifiers,
        List<Name> titles,
        List<Concept> classifications,
        Production production,
        List<Dimension> dimensions,
        List<Concept> materials,
        List<Concept> supportMaterials,
        List<Statement> statements,
        List<ObjectSet> memberOf,
        Agent currentOwner,
        Agent custodian,
        List<Concept> subjects,
        List<Image> images,
        String iiifManifest,
        String webPage,
        String rights,
        List<String> equivalents) {

    public HumanMadeObject {
        Lists.requireText(id, "object id");
        identifiers = Lists.of(identifiers);
        titles = Lists.of(titles);
        classifications = Lists.canonical(classifications, Concept::uri);
        if (production != null && production.isEmpty()) production = null;
        dimensions = Lists.of(dimensions);
        supportMaterials = Lists.canonical(supportMaterials, Concept::uri);
        List<String> supportUris = supportMaterials.stream().map(Concept::uri).toList();
        materials = Lists.canonical(materials, Concept::uri).stream()
                .filter(m -> !supportUris.contains(m.uri())).toList();
        statements = Lists.of(statements);
        memberOf = Lists.canonical(memberOf, ObjectSet::id);
        subjects = Lists.canonical(subjects, Concept::uri);
        images = Lists.of(images);
        iiifManifest = Lists.uriOrNull(iiifManifest, "IIIF manifest");
        webPage = Lists.uriOrNull(webPage, "web page");
        rights = Lists.uriOrNull(rights, "rights");
        equivalents = Lists.uris(equivalents, "equivalent");
    }

    /** The primary title in the given language, else any primary title, else the first title. */
    public Optional<String> title(String language) {
        return titles.stream().filter(n -> n.primary() && language != null && language.equals(n.language())).findFirst()
                .or(() -> titles.stream().filter(Name::primary).findFirst())
                .or(() -> titles.stream().findFirst())
                .map(Name::content);
    }

    /** A label for people and developers: the primary title, else the first identifier, else the id. */
    public String label() {
        return title(null).or(() -> identifiers.stream().findFirst().map(Identifier::value)).orElse(id);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.identifiers.addAll(identifiers);
        b.titles.addAll(titles);
        b.classifications.addAll(classifications);
        b.production = production;
        b.dimensions.addAll(dimensions);
        b.materials.addAll(materials);
        b.supportMaterials.addAll(supportMaterials);
        b.statements.addAll(statements);
        b.memberOf.addAll(memberOf);
        b.currentOwner = currentOwner;
        b.custodian = custodian;
        b.subjects.addAll(subjects);
        b.images.addAll(images);
        b.iiifManifest = iiifManifest;
        b.webPage = webPage;
        b.rights = rights;
        b.equivalents.addAll(equivalents);
        return b;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Collects an object's fields; {@link #build()} validates and normalises them. */
    public static final class Builder {
        private final String id;
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<Name> titles = new ArrayList<>();
        private final List<Concept> classifications = new ArrayList<>();
        private Production production;
        private final List<Dimension> dimensions = new ArrayList<>();
        private final List<Concept> materials = new ArrayList<>();
        private final List<Concept> supportMaterials = new ArrayList<>();
        private final List<Statement> statements = new ArrayList<>();
        private final List<ObjectSet> memberOf = new ArrayList<>();
        private Agent currentOwner;
        private Agent custodian;
        private final List<Concept> subjects = new ArrayList<>();
        private final List<Image> images = new ArrayList<>();
        private String iiifManifest;
        private String webPage;
        private String rights;
        private final List<String> equivalents = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder identifier(Identifier identifier) { identifiers.add(identifier); return this; }
        public Builder title(Name title) { titles.add(title); return this; }
        public Builder title(String content, String language) { return title(Name.primary(content, language)); }
        public Builder classification(Concept type) { classifications.add(type); return this; }
        public Builder production(Production p) { this.production = p; return this; }
        public Builder dimension(Dimension d) { dimensions.add(d); return this; }
        public Builder material(Concept m) { materials.add(m); return this; }
        public Builder supportMaterial(Concept m) { supportMaterials.add(m); return this; }
        public Builder statement(Statement s) { statements.add(s); return this; }
        public Builder memberOf(ObjectSet set) { memberOf.add(set); return this; }
        public Builder currentOwner(Agent owner) { this.currentOwner = owner; return this; }
        public Builder custodian(Agent c) { this.custodian = c; return this; }
        public Builder subject(Concept s) { subjects.add(s); return this; }
        public Builder image(Image i) { images.add(i); return this; }
        public Builder iiifManifest(String url) { this.iiifManifest = url; return this; }
        public Builder webPage(String url) { this.webPage = url; return this; }
        public Builder rights(String uri) { this.rights = uri; return this; }
        public Builder equivalent(String uri) { equivalents.add(uri); return this; }

        public HumanMadeObject build() {
            return new HumanMadeObject(id, identifiers, titles, classifications, production, dimensions, materials,
                    supportMaterials, statements, memberOf, currentOwner, custodian, subjects, images, iiifManifest,
                    webPage, rights, equivalents);
        }
    }
}
