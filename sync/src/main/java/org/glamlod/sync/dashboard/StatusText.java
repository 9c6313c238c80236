package org.glamlod.sync.dashboard;

import java.time.ZoneId;
import java.util.Locale;
import org.glamlod.sync.state.ItemState;

/** A {@link StatusReport} for the terminal ({@code glam status}): counts by state, the problem items, the jobs. */
public final class StatusText {
    private StatusText() {}

    public static String render(StatusReport report, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        out.append("Sync targets (as of ").append(DashboardPage.time(report.generated(), zone)).append(' ').append(zone.getId()).append(")\n");
        if (report.targets().isEmpty()) out.append("  no object has been synced to any target yet\n");
        for (StatusReport.Target t : report.targets()) {
            out.append(String.format(Locale.ROOT, "  %-12s", t.target()));
            for (ItemState s : ItemState.values())
                out.append(String.format(Locale.ROOT, "  %s %,d", DashboardPage.label(s).toLowerCase(Locale.ROOT), t.count(s)));
            out.append('\n');
            for (StatusReport.Problem p : t.problems()) {
                out.append(String.format(Locale.ROOT, "    %-12s %s", p.state(), p.object()));
                if (p.remoteId() != null) out.append(" (").append(p.remoteId()).append(')');
                if (p.state() == ItemState.FAILED) {
                    out.append(String.format(Locale.ROOT, "%n      %d attempt%s, next %s: ", p.attempts(), p.attempts() == 1 ? "" : "s",
                            p.nextAttempt() == null ? "only when retried" : DashboardPage.time(p.nextAttempt(), zone)));
                    if (p.code() != null) out.append('[').append(p.code()).append("] ");
                    out.append(oneLine(p.error()));
                } else {
                    out.append("\n      ").append(oneLine(p.reason()));
                }
                out.append('\n');
            }
        }
        out.append("\nScheduled jobs\n");
        if (report.jobs().isEmpty()) out.append("  none (see schedule: in glam.yaml)\n");
        for (StatusReport.Job j : report.jobs()) {
            out.append(String.format(Locale.ROOT, "  %-16s %-18s %-8s next %s", j.name(), j.cron(), j.state(),
                    DashboardPage.time(j.nextFire(), zone)));
            if (j.runs().isEmpty()) out.append("  not run yet");
            else {
                StatusReport.Run last = j.runs().get(0);
                out.append("  last ").append(last.outcome()).append(' ').append(DashboardPage.time(last.started(), zone));
                if (last.durationMillis() != null) out.append(" (").append(DashboardPage.duration(last.durationMillis())).append(')');
                if (last.message() != null) out.append(": ").append(oneLine(last.message()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Messages can hold a remote's multi-line answer: the terminal gets its first line, with control characters
     * (escape sequences that would move the cursor or recolour the terminal) replaced.
     */
    private static String oneLine(String s) {
        if (s == null) return "";
        String first = s.strip().lines().findFirst().orElse("");
        String line = first.length() < s.strip().length() ? first + " …" : first;
        return line.codePoints().map(c -> Character.isISOControl(c) ? '\uFFFD' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
