package org.glamlod.pages;

import java.util.List;
import java.util.Locale;
import org.glamlod.model.HumanMadeObject;

/** The front door: the collection's facts, search, ways in (departments, makers), and the data services. */
final class HomePage {
    /** Departments listed, largest first; a museum has a handful, an aggregated demo many. */
    private static final int DEPARTMENTS = 20;

    private HomePage() {}

    static String render(Layout.Site site, Catalogue.Facts facts, List<HumanMadeObject> showcase) {
        Links links = site.links();
        Layout.Head head = new Layout.Head("Collection");
        head.description = site.institution() + ": " + facts.objects()
                + " objects as linked open data — search, browse, SPARQL and downloads.";
        return Layout.page(site, head, h -> {
            h.open("section", "class", "intro");
            h.el("h1", site.institution());
            h.el("p", "The collection online: every object, maker and place with a stable address, readable by people "
                    + "and machines.", "class", "lead");
            Layout.searchForm(h, links, null, "q", "large");
            h.close("section");

            h.open("section", "class", "stats", "aria-label", "The collection in numbers");
            h.open("ul");
            stat(h, facts.objects(), "objects", links.search(null, 1));
            stat(h, facts.makers(), "makers", null);
            stat(h, facts.images(), "images", null);
            stat(h, facts.openImages(), "openly licensed images", null);
            stat(h, facts.departments().size(), "departments", null);
            h.close("ul");
            h.close("section");

            if (!showcase.isEmpty()) {
                h.open("section", "class", "showcase", "aria-labelledby", "showcase-h");
                h.el("h2", "From the collection", "id", "showcase-h");
                Cards.list(h, links, showcase, 0, o -> null);
                h.close("section");
            }

            h.open("div", "class", "columns");
            if (!facts.departments().isEmpty()) {
                h.open("section", "aria-labelledby", "dept-h");
                h.el("h2", "Departments", "id", "dept-h");
                entries(h, links, facts.departments().subList(0, Math.min(DEPARTMENTS, facts.departments().size())));
                h.close("section");
            }
            if (!facts.topMakers().isEmpty()) {
                h.open("section", "aria-labelledby", "makers-h");
                h.el("h2", "Makers", "id", "makers-h");
                entries(h, links, facts.topMakers());
                h.close("section");
            }
            h.close("div");

            h.open("section", "class", "developers", "aria-labelledby", "dev-h");
            h.el("h2", "Use the data", "id", "dev-h");
            h.open("ul", "class", "services");
            service(h, links.queryUi(), "SPARQL query editor", "Ask the CIDOC-CRM graph anything; the endpoint is " + links.sparql() + ".");
            service(h, links.dumps(), "Downloads", "The whole dataset in bulk, for your own triple store or analysis.");
            service(h, links.voidDescription(), "Dataset description", "VoID and DCAT: licence, size, vocabularies, where everything is.");
            h.close("ul");
            h.open("p", "class", "hint").text("Every object has a persistent URI that serves this website to browsers and ")
                    .el("a", "Linked Art", "href", "https://linked.art/")
                    .text(" JSON-LD, Turtle, N-Triples or RDF/XML to software that asks for them.").close("p");
            h.close("section");
        });
    }

    private static void stat(Html h, long n, String what, String href) {
        h.open("li");
        h.el("strong", String.format(Locale.ENGLISH, "%,d", n));
        h.text(" ");
        if (href != null) h.link(href, what);
        else h.el("span", what);
        h.close("li");
    }

    private static void entries(Html h, Links links, List<Catalogue.Entry> entries) {
        h.open("ul", "class", "entries");
        for (Catalogue.Entry e : entries) {
            h.open("li").link(links.local(e.uri()), e.label()).text(" ").el("span", Long.toString(e.count()), "class", "count").close("li");
        }
        h.close("ul");
    }

    private static void service(Html h, String href, String name, String what) {
        h.open("li").link(href, name, "class", "service-name").el("span", what).close("li");
    }
}
