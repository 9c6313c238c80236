package org.glamlod.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.glamlod.model.Agent;
import org.glamlod.model.Concept;
import org.glamlod.model.Creator;
import org.glamlod.model.Dimension;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Identifier;
import org.glamlod.model.Image;
import org.glamlod.model.Name;
import org.glamlod.model.ObjectSet;
import org.glamlod.model.Production;
import org.glamlod.model.Statement;

/**
 * An object's page: its image with the image's rights beside it, what it is, who made it, when and where, then the
 * whole record, how to cite it, and where its data is. Every value comes from the record and is escaped by
 * {@link Html}; links to other resources of the dataset go to their pages on this server.
 */
final class ObjectPage {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter CITED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final int MAIN_IMAGE = 1200;

    private ObjectPage() {}

    /** @param languages the reader's languages, most preferred first (from Accept-Language) */
    static String render(Layout.Site site, HumanMadeObject o, String uri, List<String> languages, LocalDate today) {
        Links links = site.links();
        Name title = mainTitle(o, languages);
        String titleText = title == null ? o.label() : title.content();
        String makers = Display.makers(o);
        String date = o.production() == null ? null : Display.date(o.production().timespan());

        Layout.Head head = new Layout.Head(titleText);
        head.description = String.join(", ", nonNull(makers, date, classification(o)));
        head.canonical = uri;
        Optional<Image> shareable = o.images().stream().filter(i -> Rights.of(i.rights()).open()).findFirst();
        shareable.ifPresent(i -> {
            head.image = i.iiifService() != null ? Links.thumbnail(i, MAIN_IMAGE) : i.accessPoint();
            head.imageAlt = titleText;
        });
        alternates(head, links, uri, true);
        head.jsonLd = schemaOrg(o, uri, titleText, makers, date);

        return Layout.page(site, head, h -> {
            h.open("article", "class", "object");
            crumbs(h, links, o);
            h.open("div", "class", "hero" + (o.images().isEmpty() ? " no-images" : ""));
            images(h, o, titleText);
            h.open("div", "class", "summary");
            summary(h, links, o, title, titleText, date);
            h.close("div");
            h.close("div");
            descriptions(h, o);
            record(h, links, o);
            h.open("div", "class", "columns");
            cite(h, site.institution(), o, uri, titleText, makers, date, today);
            dataLinks(h, links, uri);
            h.close("div");
            h.close("article");
        });
    }

    /**
     * The primary title in the first of the reader's languages that has one, else in English (the pages' language),
     * else any primary title, else the first; null when untitled.
     */
    static Name mainTitle(HumanMadeObject o, List<String> languages) {
        List<Name> titles = o.titles();
        for (String language : languages) {
            Optional<Name> t = titles.stream().filter(n -> n.primary() && language.equals(n.language())).findFirst();
            if (t.isPresent()) return t.get();
        }
        return titles.stream().filter(n -> n.primary() && "en".equals(n.language())).findFirst()
                .or(() -> titles.stream().filter(Name::primary).findFirst())
                .or(() -> titles.stream().findFirst())
                .orElse(null);
    }

    private static void crumbs(Html h, Links links, HumanMadeObject o) {
        h.open("nav", "class", "crumbs", "aria-label", "Collection");
        h.link(links.search(null, 1), "Collection");
        for (ObjectSet set : o.memberOf()) h.text(" › ").link(links.local(links.setUri(set.id())), set.name());
        h.close("nav");
    }

    private static void images(Html h, HumanMadeObject o, String title) {
        if (o.images().isEmpty()) return;
        h.open("div", "class", "media");
        Image main = o.images().get(0);
        h.open("figure", "class", "main-image");
        h.open("a", "href", main.accessPoint(), "class", "frame");
        h.el("img", null, "src", main.iiifService() != null ? Links.thumbnail(main, MAIN_IMAGE) : main.accessPoint(),
                "alt", title, "decoding", "async");
        h.close("a");
        h.open("figcaption");
        rightsBadge(h, main.rights(), "Image");
        h.link(main.accessPoint(), "Full-size image", "class", "full");
        if (o.images().size() > 1) h.el("span", "1 of " + o.images().size(), "class", "count");
        h.close("figcaption");
        h.close("figure");
        if (o.images().size() > 1) {
            h.open("ul", "class", "more-images", "aria-label", "More images");
            for (int i = 1; i < o.images().size(); i++) {
                Image img = o.images().get(i);
                h.open("li").open("a", "href", img.accessPoint());
                h.el("img", null, "src", Links.thumbnail(img, 300), "alt", "Image " + (i + 1) + " of " + title, "loading", "lazy");
                h.close("a");
                rightsBadge(h, img.rights(), null);
                h.close("li");
            }
            h.close("ul");
        }
        h.close("div");
    }

    /** The rights in words, linked to the rights URI when there is one; "Rights unknown" when there is none. */
    static void rightsBadge(Html h, String rightsUri, String prefix) {
        Rights r = Rights.of(rightsUri);
        String text = prefix == null ? r.label() : prefix + ": " + r.label();
        if (r.uri() == null) h.el("span", text, "class", "rights " + r.kind());
        else h.link(r.uri(), text, "class", "rights " + r.kind(), "rel", "license");
    }

    private static void summary(Html h, Links links, HumanMadeObject o, Name title, String titleText, String date) {
        if (!o.classifications().isEmpty()) {
            h.open("p", "class", "kind");
            conceptLinks(h, links, o.classifications());
            h.close("p");
        }
        h.el("h1", titleText, "lang", title == null ? null : title.language());
        List<Name> others = o.titles().stream().filter(n -> n != title).toList();
        if (!others.isEmpty()) {
            h.open("ul", "class", "other-titles");
            for (Name n : others) {
                h.open("li").el("span", n.content(), "lang", n.language());
                String lang = Display.language(n.language());
                if (lang != null) h.text(" ").el("span", lang, "class", "tag");
                h.close("li");
            }
            h.close("ul");
        }
        Production p = o.production();
        if (p != null && !p.creators().isEmpty()) {
            h.open("ul", "class", "makers");
            for (Creator c : p.creators()) {
                h.open("li");
                if (c.qualifier().label() != null) h.el("span", Display.capitalise(c.qualifier().label()) + " ", "class", "qualifier");
                agentLink(h, links, c.agent());
                String facts = Display.agentFacts(c.agent());
                if (facts != null) h.text(" ").el("span", "(" + facts + ")", "class", "life");
                if (c.role() != null) h.text(" ").el("span", Display.label(c.role()), "class", "role");
                h.close("li");
            }
            h.close("ul");
        }
        if (date != null || p != null && p.place() != null) {
            h.open("p", "class", "when-where");
            if (date != null) h.el("span", date, "class", "date");
            if (date != null && p.place() != null) h.text(" · ");
            if (p != null && p.place() != null) h.link(links.local(links.placeUri(p.place().id())), p.place().label());
            h.close("p");
        }
        h.open("dl", "class", "facts");
        String medium = medium(o);
        if (medium != null) pair(h, "Medium", medium);
        String dims = Display.dimensions(o.dimensions());
        if (dims != null) pair(h, "Dimensions", dims);
        accession(o).ifPresent(a -> pair(h, "Accession number", a));
        o.statements().stream().filter(s -> s.type() == Statement.Type.CREDIT_LINE).findFirst()
                .ifPresent(s -> pair(h, "Credit line", s.content()));
        h.close("dl");

        List<ExternalLink> elsewhere = ExternalLink.of(o.equivalents());
        if (o.webPage() != null || o.iiifManifest() != null || !elsewhere.isEmpty()) {
            h.open("ul", "class", "actions");
            if (o.webPage() != null) h.open("li").link(o.webPage(), "On the museum's website", "class", "button primary").close("li");
            if (o.iiifManifest() != null)
                h.open("li").link(o.iiifManifest(), "IIIF manifest", "class", "button", "type", "application/ld+json").close("li");
            for (ExternalLink e : elsewhere) h.open("li").link(e.href(), e.text(), "class", "button").close("li");
            h.close("ul");
        }
    }

    private static void descriptions(Html h, HumanMadeObject o) {
        List<Statement> texts = o.statements().stream().filter(s -> s.type() == Statement.Type.DESCRIPTION).toList();
        if (texts.isEmpty()) return;
        h.open("section", "class", "about", "aria-labelledby", "about-h");
        h.el("h2", "About this work", "id", "about-h");
        for (Statement s : texts) {
            h.open("p", "lang", s.language());
            h.text(s.content());
            if (s.language() != null && !s.language().equals("en") && texts.size() > 1)
                h.text(" ").el("span", Display.language(s.language()), "class", "tag");
            h.close("p");
        }
        h.close("section");
    }

    /** Everything the record holds, field by field. */
    private static void record(Html h, Links links, HumanMadeObject o) {
        h.open("section", "class", "record", "aria-labelledby", "record-h");
        h.el("h2", "Full record", "id", "record-h");
        h.open("dl");
        if (!o.titles().isEmpty()) row(h, "Titles", () -> {
            h.open("ul", "class", "plain");
            for (Name n : o.titles()) {
                h.open("li").el("span", n.content(), "lang", n.language());
                List<String> notes = nonNull(Display.language(n.language()), n.primary() ? null : "alternate title");
                if (!notes.isEmpty()) h.text(" ").el("span", String.join(", ", notes), "class", "tag");
                h.close("li");
            }
            h.close("ul");
        });
        for (Identifier id : o.identifiers())
            row(h, Display.capitalise(id.type().concept.label()), () -> h.el("span", id.value(), "class", "id"));
        if (!o.classifications().isEmpty()) row(h, "Object type", () -> conceptLinks(h, links, o.classifications()));
        Production p = o.production();
        if (p != null) {
            for (Creator c : p.creators()) row(h, c.role() != null ? Display.capitalise(Display.label(c.role())) : "Maker", () -> {
                if (c.qualifier().label() != null) h.text(Display.capitalise(c.qualifier().label()) + " ");
                agentLink(h, links, c.agent());
                String facts = Display.agentFacts(c.agent());
                if (facts != null) h.text(" (" + facts + ")");
            });
            if (p.timespan() != null) row(h, "Date", () -> {
                h.text(Display.date(p.timespan()));
                String years = Display.years(p.timespan());
                if (years != null && !years.equals(p.timespan().display()) && p.timespan().display() != null)
                    h.text(" ").el("span", "(" + years + ")", "class", "tag");
            });
            if (p.place() != null) row(h, "Place made", () -> h.link(links.local(links.placeUri(p.place().id())), p.place().label()));
            if (!p.techniques().isEmpty()) row(h, "Technique", () -> conceptLinks(h, links, p.techniques()));
        }
        if (!o.materials().isEmpty()) row(h, "Materials", () -> conceptLinks(h, links, o.materials()));
        if (!o.supportMaterials().isEmpty()) row(h, "Support", () -> conceptLinks(h, links, o.supportMaterials()));
        if (!o.dimensions().isEmpty()) row(h, "Dimensions", () -> {
            h.open("ul", "class", "plain");
            for (Dimension d : o.dimensions())
                h.el("li", Display.capitalise(d.type().concept.label()) + " " + Display.number(d.value()) + " " + d.unit().symbol);
            h.close("ul");
        });
        for (Statement.Type type : Statement.Type.values()) {
            if (type == Statement.Type.DESCRIPTION) continue;
            List<Statement> of = o.statements().stream().filter(s -> s.type() == type).toList();
            if (!of.isEmpty()) row(h, Display.heading(type), () -> {
                for (Statement s : of) h.el("p", s.content(), "lang", s.language());
            });
        }
        if (!o.subjects().isEmpty()) row(h, "Depicts", () -> conceptLinks(h, links, o.subjects()));
        if (!o.memberOf().isEmpty()) row(h, "Collection", () -> {
            List<ObjectSet> sets = o.memberOf();
            for (int i = 0; i < sets.size(); i++) {
                if (i > 0) h.text(", ");
                h.link(links.local(links.setUri(sets.get(i).id())), sets.get(i).name());
            }
        });
        if (o.currentOwner() != null) row(h, "Owner", () -> agentLink(h, links, o.currentOwner()));
        if (o.custodian() != null) row(h, "Custodian", () -> agentLink(h, links, o.custodian()));
        row(h, "Copyright of the work", () -> rightsBadge(h, o.rights(), null));
        if (!o.images().isEmpty()) row(h, "Images", () -> {
            h.open("ul", "class", "plain");
            for (Image i : o.images()) {
                h.open("li").link(i.accessPoint(), fileName(i.accessPoint())).text(" ");
                rightsBadge(h, i.rights(), null);
                if (i.iiifService() != null) h.text(" ").link(i.iiifService() + "/info.json", "IIIF Image API", "class", "tag");
                h.close("li");
            }
            h.close("ul");
        });
        if (o.webPage() != null) row(h, "Museum web page", () -> h.link(o.webPage(), o.webPage()));
        if (o.iiifManifest() != null) row(h, "IIIF manifest", () -> h.link(o.iiifManifest(), o.iiifManifest()));
        if (!o.equivalents().isEmpty()) row(h, "Same as", () -> {
            h.open("ul", "class", "plain");
            for (ExternalLink e : ExternalLink.of(o.equivalents())) h.open("li").link(e.href(), e.text()).close("li");
            h.close("ul");
        });
        h.close("dl");
        h.close("section");
    }

    /** "Rembrandt van Rijn, The Night Watch, 1642. Example Museum of Art, SK-C-5. {URI} (accessed 1 May 2026)." */
    static void cite(Html h, String institution, HumanMadeObject o, String uri, String title, String makers, String date,
                     LocalDate today) {
        h.open("section", "class", "cite", "aria-labelledby", "cite-h");
        h.el("h2", "Cite this object", "id", "cite-h");
        h.open("p", "class", "citation");
        if (makers != null) h.text(makers + ", ");
        h.el("cite", title);
        h.text(date != null ? ", " + date + ". " : ". ");
        h.text(institution);
        accession(o).ifPresent(a -> h.text(", " + a));
        h.text(". " + uri + " (accessed " + CITED.format(today) + ").");
        h.close("p");
        h.close("section");
    }

    private static void dataLinks(Html h, Links links, String uri) {
        h.open("section", "class", "data", "aria-labelledby", "data-h");
        h.el("h2", "Linked data", "id", "data-h");
        h.open("p").text("Persistent URI ").el("code", uri, "class", "uri").close("p");
        h.open("ul", "class", "formats");
        h.open("li").link(links.format(uri, Format.JSONLD), "Linked Art JSON-LD", "type", Format.JSONLD.mediaType).close("li");
        for (Format f : List.of(Format.TURTLE, Format.NTRIPLES, Format.RDFXML))
            h.open("li").link(links.format(uri, f), f.label, "type", f.mediaType).close("li");
        h.open("li").link(links.sparqlDescribe(uri), "SPARQL DESCRIBE").close("li");
        h.close("ul");
        h.open("p", "class", "hint").text("The URI itself answers with these formats to an Accept header, e.g. ")
                .el("code", "curl -H 'Accept: text/turtle' " + uri).close("p");
        h.close("section");
    }

    /** The page's alternates: each RDF format, by extension. */
    static void alternates(Layout.Head head, Links links, String uri, boolean linkedArt) {
        String jsonLd = linkedArt ? Format.LINKED_ART_MEDIA_TYPE : Format.JSONLD.mediaType;
        head.alternate(links.format(uri, Format.JSONLD), jsonLd, Format.JSONLD.label);
        for (Format f : List.of(Format.TURTLE, Format.NTRIPLES, Format.RDFXML)) head.alternate(links.format(uri, f), f.mediaType, f.label);
    }

    /** A schema.org description for search engines and link previews. */
    private static String schemaOrg(HumanMadeObject o, String uri, String title, String makers, String date) {
        ObjectNode n = JSON.createObjectNode().put("@context", "https://schema.org").put("@type", "VisualArtwork")
                .put("@id", uri).put("url", uri).put("name", title);
        if (o.production() != null && !o.production().creators().isEmpty()) {
            ArrayNode creators = n.putArray("creator");
            for (Creator c : o.production().creators()) {
                if (!c.qualifier().carriedOut()) continue;
                ObjectNode a = creators.addObject().put("@type", c.agent().kind() == Agent.Kind.PERSON ? "Person" : "Organization")
                        .put("name", c.agent().label());
                if (!c.agent().equivalents().isEmpty()) c.agent().equivalents().forEach(a.putArray("sameAs")::add);
            }
        }
        if (date != null) n.put("dateCreated", date);
        String medium = medium(o);
        if (medium != null) n.put("artMedium", medium);
        if (!o.classifications().isEmpty()) n.put("artform", Display.label(o.classifications().get(0)));
        accession(o).ifPresent(a -> n.put("identifier", a));
        o.statements().stream().filter(s -> s.type() == Statement.Type.DESCRIPTION).findFirst()
                .ifPresent(s -> n.put("description", s.content()));
        if (!o.images().isEmpty()) {
            Image i = o.images().get(0);
            ObjectNode img = n.putObject("image").put("@type", "ImageObject").put("contentUrl", i.accessPoint());
            if (i.rights() != null) img.put("license", i.rights());
        }
        if (!o.equivalents().isEmpty()) o.equivalents().forEach(n.putArray("sameAs")::add);
        return n.toString();
    }

    static void agentLink(Html h, Links links, Agent a) {
        h.link(links.local(links.agentUri(a.id())), a.label());
    }

    static void conceptLinks(Html h, Links links, List<Concept> concepts) {
        for (int i = 0; i < concepts.size(); i++) {
            if (i > 0) h.text(", ");
            Concept c = concepts.get(i);
            h.link(links.concept(c.uri()), Display.label(c), "title", c.label());
        }
    }

    /** The medium as the museum wrote it, else the materials "on" the support. */
    static String medium(HumanMadeObject o) {
        Optional<Statement> stated = o.statements().stream().filter(s -> s.type() == Statement.Type.MATERIALS).findFirst();
        if (stated.isPresent()) return stated.get().content();
        String materials = String.join(", ", o.materials().stream().map(Display::label).toList());
        String support = String.join(", ", o.supportMaterials().stream().map(Display::label).toList());
        if (materials.isEmpty()) return support.isEmpty() ? null : support;
        return support.isEmpty() ? materials : materials + " on " + support;
    }

    static Optional<String> accession(HumanMadeObject o) {
        return o.identifiers().stream().filter(i -> i.type() == Identifier.Type.ACCESSION_NUMBER).findFirst()
                .or(() -> o.identifiers().stream().findFirst()).map(Identifier::value);
    }

    private static String classification(HumanMadeObject o) {
        return o.classifications().isEmpty() ? null : Display.label(o.classifications().get(0));
    }

    private static void row(Html h, String term, Runnable definition) {
        h.el("dt", term);
        h.open("dd");
        definition.run();
        h.close("dd");
    }

    private static void pair(Html h, String term, String value) {
        h.open("div").el("dt", term).el("dd", value).close("div");
    }

    private static String fileName(String url) {
        String path = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? url : name;
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) if (v != null && !v.isBlank()) out.add(v);
        return out;
    }
}
