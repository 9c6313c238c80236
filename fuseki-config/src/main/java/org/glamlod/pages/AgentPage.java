package org.glamlod.pages;

import java.util.List;
import org.glamlod.model.Agent;
import org.glamlod.model.Creator;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Name;

/** A person's or group's page: names, life dates, nationality, the same agent elsewhere, and their works. */
final class AgentPage {
    private AgentPage() {}

    static String render(Layout.Site site, Agent a, String uri, Catalogue.Page works, List<HumanMadeObject> objects, int page) {
        Links links = site.links();
        boolean person = a.kind() == Agent.Kind.PERSON;
        String facts = Display.agentFacts(a);
        Layout.Head head = new Layout.Head(a.label());
        head.description = a.label() + (facts != null ? " (" + facts + ")" : "") + ": " + works.total() + " works in the collection";
        head.canonical = uri;
        head.type = "profile";
        ObjectPage.alternates(head, links, uri, false);

        return Layout.page(site, head, h -> {
            h.open("article", "class", "entity");
            h.open("header", "class", "entity-head");
            h.el("p", person ? "Person" : "Group", "class", "kind");
            h.el("h1", a.label());
            if (facts != null) h.el("p", facts, "class", "life");
            h.open("dl", "class", "record compact");
            List<Name> others = a.names().stream().filter(n -> !n.content().equals(a.label())).toList();
            if (!others.isEmpty()) {
                h.el("dt", "Also known as");
                h.open("dd");
                for (int i = 0; i < others.size(); i++) {
                    if (i > 0) h.text("; ");
                    h.el("span", others.get(i).content(), "lang", others.get(i).language());
                }
                h.close("dd");
            }
            if (a.born() != null) h.el("dt", person ? "Born" : "Formed").el("dd", Display.date(a.born()));
            if (a.died() != null) h.el("dt", person ? "Died" : "Dissolved").el("dd", Display.date(a.died()));
            if (!a.nationalities().isEmpty()) {
                h.el("dt", "Nationality").open("dd");
                ObjectPage.conceptLinks(h, links, a.nationalities());
                h.close("dd");
            }
            if (!a.equivalents().isEmpty()) {
                h.el("dt", "Same as").open("dd").open("ul", "class", "plain inline");
                for (ExternalLink e : ExternalLink.of(a.equivalents())) h.open("li").link(e.href(), e.text()).close("li");
                h.close("ul").close("dd");
            }
            h.close("dl");
            h.close("header");

            ListPage.works(h, site, "Works", works, objects, page, links.local(uri), o -> relation(o, a.id()));
            ListPage.dataLinks(h, links, uri);
            h.close("article");
        });
    }

    /** How the agent relates to a work: "Workshop of", "Painters", "Owner" … */
    static String relation(HumanMadeObject o, String agentId) {
        if (o.production() != null) {
            for (Creator c : o.production().creators()) {
                if (!c.agent().id().equals(agentId)) continue;
                if (c.qualifier().label() != null) return Display.capitalise(c.qualifier().label());
                return c.role() != null ? Display.capitalise(Display.label(c.role())) : "Maker";
            }
        }
        if (o.currentOwner() != null && o.currentOwner().id().equals(agentId)) return "Owner";
        if (o.custodian() != null && o.custodian().id().equals(agentId)) return "Custodian";
        return null;
    }
}
