package org.glamlod.pages;

import java.util.List;
import org.glamlod.model.HumanMadeObject;

/** Search results (or, with no query, the whole collection), a page at a time. */
final class SearchPage {
    private SearchPage() {}

    static String render(Layout.Site site, String query, Catalogue.Page results, List<HumanMadeObject> objects, int page) {
        Links links = site.links();
        boolean browsing = query == null || query.isBlank();
        Layout.Head head = new Layout.Head(browsing ? "All objects" : "Search: " + query);
        head.description = browsing ? "Every object in the collection." : results.total() + " objects match “" + query + "”.";
        return Layout.page(site, head, h -> {
            h.el("h1", browsing ? "All objects" : "Search the collection");
            Layout.searchForm(h, links, query, "q", "large");
            h.open("p", "class", "result-count", "role", "status");
            if (browsing) h.text(results.total() + (results.total() == 1 ? " object" : " objects") + ", by date.");
            else if (results.total() == 0) h.text("Nothing matches ").el("q", query)
                    .text(". Try fewer or other words, or a wildcard such as ").el("code", "paint*").text(".");
            else h.text(results.total() + (results.total() == 1 ? " object matches " : " objects match ")).el("q", query)
                    .text(", best first.");
            h.close("p");
            if (!objects.isEmpty()) Cards.list(h, links, objects, (page - 1) * site.pageSize() + 1, o -> null);
            Layout.pager(h, links.search(query, 1), page, ListPage.pages(results.total(), site.pageSize()));
            if (!browsing) h.el("p", "Searches titles, makers' names, descriptions, inscriptions and provenance, "
                    + "and the labels of types, materials and subjects. Quotes find a phrase: \"night watch\".", "class", "hint");
        });
    }
}
