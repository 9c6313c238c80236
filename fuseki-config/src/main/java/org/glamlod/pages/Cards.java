package org.glamlod.pages;

import java.util.List;
import java.util.function.Function;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Image;
import org.glamlod.model.Name;

/** Lists of works as cards: thumbnail, title, maker, date, and a note (how a work relates to the page it is on). */
final class Cards {
    private static final int THUMBNAIL = 400;

    private Cards() {}

    /** The objects behind a page of URIs, in order; one that is gone meanwhile is skipped. */
    static List<HumanMadeObject> load(Catalogue catalogue, List<String> uris) {
        return uris.stream().flatMap(u -> catalogue.object(u).stream()).toList();
    }

    /**
     * The cards as a list. {@code start} numbers an ordered list (search results) from there; 0 makes it unordered.
     * {@code note} may return null.
     */
    static void list(Html h, Links links, List<HumanMadeObject> objects, int start, Function<HumanMadeObject, String> note) {
        String tag = start > 0 ? "ol" : "ul";
        h.open(tag, "class", "cards", "start", start > 1 ? Integer.toString(start) : null);
        for (HumanMadeObject o : objects) card(h, links, o, note.apply(o));
        h.close(tag);
    }

    static void card(Html h, Links links, HumanMadeObject o, String note) {
        String href = links.local(links.objectUri(o.id()));
        Name title = ObjectPage.mainTitle(o, List.of());
        h.open("li", "class", "card");
        if (!o.images().isEmpty()) {
            Image img = o.images().get(0);
            h.open("a", "class", "thumb", "href", href, "tabindex", "-1", "aria-hidden", "true");
            h.el("img", null, "src", Links.thumbnail(img, THUMBNAIL), "alt", "", "loading", "lazy", "decoding", "async");
            h.close("a");
        } else {
            h.open("a", "class", "thumb none", "href", href, "tabindex", "-1", "aria-hidden", "true").el("span", "No image").close("a");
        }
        h.open("div", "class", "body");
        h.open("h3").link(href, title == null ? o.label() : title.content(), "lang", title == null ? null : title.language()).close("h3");
        String makers = Display.makers(o);
        if (makers != null) h.el("p", makers, "class", "maker");
        String date = o.production() == null ? null : Display.date(o.production().timespan());
        if (date != null) h.el("p", date, "class", "date");
        if (note != null) h.el("p", note, "class", "note");
        h.close("div");
        h.close("li");
    }
}
