package org.glamlod.sync.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glamlod.pages.Html;
import org.glamlod.pages.Layout;
import org.glamlod.sync.state.ItemState;

/**
 * The dashboard as HTML, in the site's layout: a pure function of a {@link StatusReport}. Everything from the database
 * (error messages, reasons, URIs) is text, escaped by {@link Html}. Retry and skip are plain POST forms, so the page
 * works without scripts (which the pages' Content-Security-Policy forbids anyway).
 */
final class DashboardPage {
    /** A web address in a message, up to the punctuation that ends a list or a sentence around it. */
    private static final Pattern URL = Pattern.compile("https?://[^\\s,;()<>\"]+[^\\s,;()<>\".]");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private DashboardPage() {}

    /**
     * @param api    the API's path ({@code {context}/dashboard/api})
     * @param canAct whether retry and skip are possible (the server has users); if not, the page says how to enable them
     * @param zone   the zone times are shown in
     */
    static String render(Layout.Site site, StatusReport report, String api, boolean canAct, ZoneId zone) {
        String actions = canAct ? api : null;
        Layout.Head head = new Layout.Head("Sync dashboard");
        head.description = "Sync state per target, items that need attention, and scheduled jobs.";
        return Layout.page(site, head, h -> {
            h.el("h1", "Sync dashboard");
            h.el("p", "As of " + time(report.generated(), zone) + " (" + zone.getId() + ").", "class", "lead");
            h.open("section", "aria-labelledby", "targets-h");
            h.el("h2", "Targets", "id", "targets-h");
            if (report.targets().isEmpty()) h.el("p", "No object has been synced to any target yet.", "class", "hint");
            for (StatusReport.Target t : report.targets()) target(h, t, actions, zone);
            if (actions == null && report.targets().stream().anyMatch(t -> !t.problems().isEmpty()))
                h.el("p", "Retry and skip need a user: give the server a password file (server.passwords in glam.yaml, "
                        + "or glam serve --passwd FILE) and log in as one of its users.", "class", "hint");
            h.close("section");
            h.open("section", "aria-labelledby", "jobs-h");
            h.el("h2", "Scheduled jobs", "id", "jobs-h");
            if (report.jobs().isEmpty()) h.el("p", "No jobs are scheduled (see schedule: in glam.yaml).", "class", "hint");
            else jobs(h, report, zone);
            h.close("section");
            h.open("p", "class", "hint").text("The same as JSON: ").link(api, api)
                    .text(". Prometheus metrics: ").el("code", "/metrics").text(".").close("p");
        });
    }

    private static void target(Html h, StatusReport.Target t, String actions, ZoneId zone) {
        h.open("div", "class", "target");
        h.el("h3", t.target());
        h.open("table", "class", "data counts").open("thead").open("tr");
        for (ItemState s : ItemState.values()) h.el("th", label(s), "scope", "col");
        h.close("tr").close("thead").open("tbody").open("tr");
        for (ItemState s : ItemState.values())
            h.el("td", String.format(Locale.ROOT, "%,d", t.count(s)), "class", "state-" + cssName(s));
        h.close("tr").close("tbody").close("table");
        if (t.problems().isEmpty()) {
            h.el("p", "Nothing failed and nothing waits for review.", "class", "hint");
            h.close("div");
            return;
        }
        h.open("table", "class", "data problems").el("caption", "Failed and needs-review items, most recent first");
        h.open("thead").open("tr");
        for (String col : new String[] {"Object", "State", "Error or reason", "Code", "Attempts", "Next attempt", "Updated"})
            h.el("th", col, "scope", "col");
        if (actions != null) h.el("th", "Action", "scope", "col");
        h.close("tr").close("thead").open("tbody");
        for (StatusReport.Problem p : t.problems()) {
            h.open("tr");
            h.open("td", "class", "object");
            if (p.page() != null) h.link(p.page(), p.object());
            else h.text(p.object());
            if (p.remoteId() != null) h.el("span", " (" + p.remoteId() + ")", "class", "hint");
            h.close("td");
            h.el("td", label(p.state()), "class", "state-" + cssName(p.state()));
            message(h, p.state() == ItemState.FAILED ? p.error() : p.reason());
            h.el("td", p.code());
            h.el("td", Integer.toString(p.attempts()), "class", "num");
            h.el("td", p.nextAttempt() == null ? (p.state() == ItemState.FAILED ? "when retried" : "") : time(p.nextAttempt(), zone));
            h.el("td", time(p.updated(), zone));
            if (actions != null) {
                h.open("td", "class", "actions");
                h.open("form", "method", "post", "action", actions + "/retry", "class", "inline");
                hidden(h, t.target(), p.object());
                h.el("button", "Retry", "type", "submit", "class", "button");
                h.close("form");
                h.open("form", "method", "post", "action", actions + "/skip", "class", "inline");
                hidden(h, t.target(), p.object());
                h.el("input", null, "type", "text", "name", "reason", "required", "required", "placeholder", "why skip it",
                        "aria-label", "Reason for skipping " + p.object());
                h.el("button", "Skip", "type", "submit", "class", "button");
                h.close("form");
                h.close("td");
            }
            h.close("tr");
        }
        h.close("tbody").close("table");
        h.close("div");
    }

    /** A message as text, with the web addresses in it (a review's candidate items) as links to open. */
    private static void message(Html h, String text) {
        h.open("td", "class", "message");
        if (text != null) {
            Matcher m = URL.matcher(text);
            int at = 0;
            while (m.find()) {
                h.text(text.substring(at, m.start())).link(m.group(), m.group());
                at = m.end();
            }
            h.text(text.substring(at));
        }
        h.close("td");
    }

    private static void hidden(Html h, String target, String object) {
        h.el("input", null, "type", "hidden", "name", "target", "value", target);
        h.el("input", null, "type", "hidden", "name", "object", "value", object);
    }

    private static void jobs(Html h, StatusReport report, ZoneId zone) {
        h.open("table", "class", "data jobs").open("thead").open("tr");
        for (String col : new String[] {"Job", "Schedule", "State", "Previous", "Next", "Recent runs"}) h.el("th", col, "scope", "col");
        h.close("tr").close("thead").open("tbody");
        for (StatusReport.Job j : report.jobs()) {
            h.open("tr");
            h.el("th", j.name(), "scope", "row");
            h.open("td").el("code", j.cron()).el("span", " " + j.timeZone(), "class", "hint").close("td");
            h.el("td", j.state().name());
            h.el("td", time(j.previousFire(), zone));
            h.el("td", time(j.nextFire(), zone));
            h.open("td");
            if (j.runs().isEmpty()) h.el("span", "not run yet", "class", "hint");
            else {
                h.open("ul", "class", "runs");
                for (StatusReport.Run r : j.runs()) {
                    h.open("li");
                    h.el("span", r.outcome().name(), "class", "outcome-" + r.outcome().name().toLowerCase(Locale.ROOT));
                    h.text(" " + time(r.started(), zone));
                    if (r.durationMillis() != null) h.text(" · " + duration(r.durationMillis()));
                    h.text(" · " + r.node());
                    if (r.recovering()) h.text(" · recovery run");
                    if (r.message() != null) h.el("span", " — " + r.message(), "class", "message");
                    h.close("li");
                }
                h.close("ul");
            }
            h.close("td");
            h.close("tr");
        }
        h.close("tbody").close("table");
    }

    static String label(ItemState s) {
        String name = s.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String cssName(ItemState s) {
        return s.name().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    static String time(Instant t, ZoneId zone) {
        return t == null ? "—" : TIME.format(t.atZone(zone));
    }

    static String duration(long millis) {
        if (millis < 1000) return millis + " ms";
        if (millis < 120_000) return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        return String.format(Locale.ROOT, "%d min %d s", millis / 60_000, millis / 1000 % 60);
    }
}
