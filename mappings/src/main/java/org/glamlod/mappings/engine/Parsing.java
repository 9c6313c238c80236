package org.glamlod.mappings.engine;

import java.util.List;
import java.util.Optional;
import org.glamlod.mappings.parse.DateParser;
import org.glamlod.mappings.parse.DimensionParser;
import org.glamlod.mappings.parse.Parsed;
import org.glamlod.mappings.parse.RightsParser;
import org.glamlod.model.Dimension;
import org.glamlod.model.TimeSpan;

/** The value parsers as the rules use them: a failure becomes a warning on the record, and nothing is lost. */
final class Parsing {
    private Parsing() {}

    /** A date; one that cannot be read keeps its text as the display date, with a warning. */
    static TimeSpan date(Eval ev, String text) {
        return orKeepText(ev, DateParser.parse(text), text);
    }

    static TimeSpan dateBounds(Eval ev, String earliest, String latest, String display) {
        String shown = display != null ? display : earliest != null ? earliest : latest;
        return orKeepText(ev, DateParser.parseBounds(earliest, latest, display), shown);
    }

    private static TimeSpan orKeepText(Eval ev, Parsed<TimeSpan> p, String text) {
        if (p.failure().isEmpty()) return p.value().orElse(null);
        ev.warn(p.failure().get() + "; kept as the display date without bounds");
        return text == null || text.isBlank() ? null : new TimeSpan(null, null, text);
    }

    /** Dimensions in a statement, or empty when it cannot be read. */
    static Optional<List<Dimension>> dimensions(Eval ev, String text) {
        Parsed<List<Dimension>> p = DimensionParser.parse(text);
        p.failure().ifPresent(f -> ev.warn(f + "; kept only as the dimensions statement"));
        return p.failure().isPresent() ? Optional.empty() : Optional.of(p.value().orElse(List.of()));
    }

    static Optional<Dimension> dimension(Eval ev, String type, String value, String unit) {
        Parsed<Dimension> p = DimensionParser.measurement(type, value, unit);
        p.failure().ifPresent(f -> ev.warn(f + "; that measurement is left out"));
        return p.value();
    }

    /** A rights URI, or null: rights that cannot be read stay unknown, which is never taken as open. */
    static String rights(Eval ev, String text) {
        if (text == null) return null;
        Parsed<String> p = RightsParser.parse(text);
        p.failure().ifPresent(f -> ev.warn(f + "; rights left unknown (not open)"));
        return p.value().orElse(null);
    }
}
