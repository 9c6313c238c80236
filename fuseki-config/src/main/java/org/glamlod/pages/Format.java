package org.glamlod.pages;

import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/**
 * The representations of a linked-data resource, in the server's order of preference: when a client rates several
 * equally (or sends {@code *}{@code /*}, as link-preview crawlers do), the page wins, then Linked Art's JSON-LD.
 */
enum Format {
    HTML("text/html", "html", "HTML", null, List.of("application/xhtml+xml")),
    JSONLD("application/ld+json", "jsonld", "JSON-LD", Lang.JSONLD, List.of("application/json")),
    TURTLE("text/turtle", "ttl", "Turtle", Lang.TURTLE, List.of("application/x-turtle")),
    NTRIPLES("application/n-triples", "nt", "N-Triples", Lang.NTRIPLES, List.of()),
    RDFXML("application/rdf+xml", "rdf", "RDF/XML", Lang.RDFXML, List.of());

    /** The media type objects' JSON-LD is served as: Linked Art's, which names its context as a profile. */
    static final String LINKED_ART_MEDIA_TYPE = "application/ld+json;profile=\"https://linked.art/ns/v1/linked-art.json\"";

    final String mediaType;
    final String extension;
    final String label;
    final Lang lang;
    /** Other media types clients ask for this representation by. */
    final List<String> aliases;

    Format(String mediaType, String extension, String label, Lang lang, List<String> aliases) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
        this.lang = lang;
        this.aliases = aliases;
    }

    /** The format a file extension asks for; {@code .json} is JSON-LD, as Linked Art documents are usually named. */
    static Optional<Format> byExtension(String extension) {
        if (extension.equals("json")) return Optional.of(JSONLD);
        for (Format f : values()) if (f.extension.equals(extension)) return Optional.of(f);
        return Optional.empty();
    }

    static List<Format> rdf() {
        return List.of(JSONLD, TURTLE, NTRIPLES, RDFXML);
    }
}
