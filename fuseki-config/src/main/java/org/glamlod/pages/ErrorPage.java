package org.glamlod.pages;

/** Not found and gone, as pages people can carry on from. */
final class ErrorPage {
    private ErrorPage() {}

    static String render(Layout.Site site, String title, String message) {
        Layout.Head head = new Layout.Head(title);
        return Layout.page(site, head, h -> {
            h.open("section", "class", "error");
            h.el("h1", title);
            h.el("p", message, "class", "lead");
            Layout.searchForm(h, site.links(), null, "q", "large");
            h.open("p").link(site.links().home(), "Go to the collection's home page").close("p");
            h.close("section");
        });
    }
}
