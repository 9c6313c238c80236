package org.glamlod.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The frame every page shares: head (title, description, stylesheet, alternate formats, sharing tags), the site
 * header with search, and the footer pointing at the data services. No scripts and no third-party assets: the
 * pages work without JavaScript, and the Content-Security-Policy the servlets send forbids scripts outright.
 * Public for the other parts' pages (the sync dashboard).
 */
public final class Layout {
    /** The page's self-description in its head; any field may be null. */
    public static final class Head {
        final String title;
        public String description;
        /** The dataset URI the page is about (search engines and citations should use it). */
        String canonical;
        /** An absolute URL of an image to show when the page is shared; only openly licensed images. */
        String image;
        String imageAlt;
        /** Open Graph type. */
        String type = "website";
        String jsonLd;
        final List<String[]> alternates = new ArrayList<>();

        public Head(String title) {
            this.title = title;
        }

        Head alternate(String href, String mediaType, String label) {
            alternates.add(new String[] {href, mediaType, label});
            return this;
        }
    }

    private Layout() {}

    /** The whole document; {@code main} writes the content of {@code <main>}. */
    public static String page(Site site, Head head, Consumer<Html> main) {
        Links links = site.links();
        Html h = new Html().doctype();
        h.open("html", "lang", "en");
        h.open("head");
        h.el("meta", null, "charset", "utf-8");
        h.el("meta", null, "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.el("title", head.title + " — " + site.institution());
        if (head.description != null) h.el("meta", null, "name", "description", "content", head.description);
        h.el("link", null, "rel", "stylesheet", "href", links.asset("style.css"));
        h.el("link", null, "rel", "icon", "href", links.asset("icon.svg"), "type", "image/svg+xml");
        if (head.canonical != null) h.el("link", null, "rel", "canonical", "href", head.canonical);
        for (String[] a : head.alternates) h.el("link", null, "rel", "alternate", "type", a[1], "href", a[0], "title", a[2]);
        h.el("meta", null, "property", "og:site_name", "content", site.institution());
        h.el("meta", null, "property", "og:title", "content", head.title);
        h.el("meta", null, "property", "og:type", "content", head.type);
        if (head.canonical != null) h.el("meta", null, "property", "og:url", "content", head.canonical);
        if (head.description != null) h.el("meta", null, "property", "og:description", "content", head.description);
        if (Html.safeUrl(head.image) != null) {
            h.el("meta", null, "property", "og:image", "content", head.image);
            if (head.imageAlt != null) h.el("meta", null, "property", "og:image:alt", "content", head.imageAlt);
            h.el("meta", null, "name", "twitter:card", "content", "summary_large_image");
        }
        if (head.jsonLd != null) h.jsonLd(head.jsonLd);
        h.close("head");

        h.open("body");
        h.link("#main", "Skip to content", "class", "skip");
        h.open("header", "class", "site").open("div", "class", "wrap bar");
        h.link(links.home(), site.institution(), "class", "brand");
        searchForm(h, links, null, "site-q", "compact");
        h.open("nav", "aria-label", "Site").open("ul");
        h.open("li").link(links.search(null, 1), "Browse").close("li");
        h.open("li").link(links.queryUi(), "SPARQL").close("li");
        h.open("li").link(links.dumps(), "Downloads").close("li");
        h.open("li").link(links.voidDescription(), "About the data").close("li");
        h.close("ul").close("nav");
        h.close("div").close("header");

        h.open("main", "id", "main", "class", "wrap");
        main.accept(h);
        h.close("main");

        h.open("footer", "class", "site").open("div", "class", "wrap");
        h.open("p").text(site.institution()).text(" — the collection as linked open data. ")
                .link(links.queryUi(), "SPARQL").text(" · ").link(links.dumps(), "Downloads").text(" · ")
                .link(links.voidDescription(), "Dataset description").close("p");
        h.open("p", "class", "hint").text("Every object, maker, place and collection is also data: add ")
                .el("code", ".ttl").text(", ").el("code", ".jsonld").text(", ").el("code", ".nt").text(" or ")
                .el("code", ".rdf").text(" to its address, or ask for those types in the Accept header.").close("p");
        h.close("div").close("footer");
        h.close("body").close("html");
        return h.toString();
    }

    /** The search box; {@code id} must be unique on the page. */
    static void searchForm(Html h, Links links, String query, String id, String style) {
        h.open("form", "class", "search " + style, "role", "search", "action", links.search(null, 1), "method", "get");
        h.el("label", "Search the collection", "for", id, "class", "visually-hidden");
        h.el("input", null, "id", id, "name", "q", "type", "search", "value", query,
                "placeholder", "Search titles, makers, descriptions…", "autocomplete", "off");
        h.el("button", "Search", "type", "submit");
        h.close("form");
    }

    /** "Page 2 of 5" with previous and next links; nothing when everything fits on one page. */
    static void pager(Html h, String base, int page, int pages) {
        if (pages <= 1) return;
        h.open("nav", "class", "pager", "aria-label", "Pages");
        if (page > 1) h.link(Links.paged(base, page - 1), "← Previous", "rel", "prev");
        h.el("span", "Page " + page + " of " + pages, "aria-current", "page");
        if (page < pages) h.link(Links.paged(base, page + 1), "Next →", "rel", "next");
        h.close("nav");
    }

    /** The site's institution name, this request's links, and how many works a list shows at a time. */
    public record Site(String institution, Links links, int pageSize) {}
}
