package org.glamlod.mappings.engine;

import java.util.Set;
import org.glamlod.model.TimeSpan;

/**
 * A date: a value expression whose text is parsed ("ca. 1650-60", "18381000", "500 BCE", "Udateret"), or
 * {@code {begin, end, display}} when a source gives the bounds in separate fields (each bound parsed as a date
 * and its outer edge taken: the begin of {@code begin}, the end of {@code end}).
 */
final class DateRule {
    private final ValueRule text;
    private final ValueRule begin;
    private final ValueRule end;
    private final ValueRule display;

    private DateRule(ValueRule text, ValueRule begin, ValueRule end, ValueRule display) {
        this.text = text;
        this.begin = begin;
        this.end = end;
        this.display = display;
    }

    static DateRule compile(SpecNode spec, Set<String> lookups) {
        if (!spec.isText() && (spec.has("begin") || spec.has("end"))) {
            spec.allowOnly(Set.of("begin", "end", "display"));
            return new DateRule(null, opt(spec, "begin", lookups), opt(spec, "end", lookups), opt(spec, "display", lookups));
        }
        return new DateRule(ValueRule.compile(spec, lookups), null, null, null);
    }

    private static ValueRule opt(SpecNode spec, String key, Set<String> lookups) {
        SpecNode c = spec.child(key);
        return c == null ? null : ValueRule.compile(c, lookups);
    }

    /** The time span, or null when the record has no date (a date that cannot be read is a warning). */
    TimeSpan evaluate(Eval ev, Node n) {
        if (text != null) {
            String t = text.first(ev, n);
            return t == null ? null : Parsing.date(ev, t);
        }
        String b = begin == null ? null : begin.first(ev, n);
        String e = end == null ? null : end.first(ev, n);
        String d = display == null ? null : display.first(ev, n);
        if (b == null && e == null && d == null) return null;
        return Parsing.dateBounds(ev, b, e, d);
    }
}
