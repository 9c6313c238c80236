package org.glamlod.pages;

import java.util.List;
import java.util.function.Function;
import org.glamlod.model.HumanMadeObject;

/** Pages that are mostly a list of works: a place's, a collection's, a concept's; and the list part of others. */
final class ListPage {
    private ListPage() {}

    /**
     * @param kind     what the resource is ("Place", "Collection", "Concept")
     * @param uri      the resource's URI
     * @param local    whether the resource is the dataset's own (has data links) or another vocabulary's
     * @param external the resource elsewhere (its equivalents, or itself for another vocabulary's concept)
     * @param base     this page's path and query without {@code page}, for the pager
     */
    static String render(Layout.Site site, String kind, String label, String uri, boolean local, List<String> external,
                         Catalogue.Page works, List<HumanMadeObject> objects, int page, String base) {
        Links links = site.links();
        Layout.Head head = new Layout.Head(label);
        head.description = kind + ": " + label + " — " + works.total() + (works.total() == 1 ? " work" : " works") + " in the collection";
        head.canonical = local ? uri : null;
        if (local) ObjectPage.alternates(head, links, uri, false);
        return Layout.page(site, head, h -> {
            h.open("article", "class", "entity");
            h.open("header", "class", "entity-head");
            h.el("p", kind, "class", "kind");
            h.el("h1", label);
            if (!external.isEmpty()) {
                h.open("ul", "class", "plain inline same-as");
                for (ExternalLink e : ExternalLink.of(external)) h.open("li").link(e.href(), e.text(), "class", "button").close("li");
                h.close("ul");
            }
            h.close("header");
            works(h, site, "Works", works, objects, page, base, o -> null);
            if (local) dataLinks(h, links, uri);
            h.close("article");
        });
    }

    static void works(Html h, Layout.Site site, String heading, Catalogue.Page works, List<HumanMadeObject> objects, int page,
                      String base, Function<HumanMadeObject, String> note) {
        Links links = site.links();
        h.open("section", "class", "works", "aria-labelledby", "works-h");
        h.open("h2", "id", "works-h").text(heading + " ").el("span", Long.toString(works.total()), "class", "count").close("h2");
        if (objects.isEmpty()) h.el("p", page > 1 ? "No more works." : "No works in the collection.", "class", "empty");
        else Cards.list(h, links, objects, 0, note);
        Layout.pager(h, base, page, pages(works.total(), site.pageSize()));
        h.close("section");
    }

    static int pages(long total, int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    static void dataLinks(Html h, Links links, String uri) {
        h.open("section", "class", "data", "aria-labelledby", "data-h");
        h.el("h2", "Linked data", "id", "data-h");
        h.open("p").text("URI ").el("code", uri, "class", "uri").close("p");
        h.open("ul", "class", "formats");
        for (Format f : Format.rdf()) h.open("li").link(links.format(uri, f), f.label, "type", f.mediaType).close("li");
        h.open("li").link(links.sparqlDescribe(uri), "SPARQL DESCRIBE").close("li");
        h.close("ul");
        h.close("section");
    }
}
