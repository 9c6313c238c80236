package org.glamlod.sync.wikidata;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.glamlod.model.TimeSpan;
import org.wikidata.wdtk.datamodel.helpers.Datamodel;
import org.wikidata.wdtk.datamodel.interfaces.Snak;
import org.wikidata.wdtk.datamodel.interfaces.TimeValue;

/**
 * P571 inception from a time span, the way Wikidata's artwork projects write dates: the finest precision that holds
 * the whole span (day, month, year, decade, century), P1319 earliest / P1326 latest date when the span is narrower
 * than that unit, "unknown value" with both bounds when no century holds it, and P1480 = circa when the museum's
 * wording says so.
 *
 * @param value      the main value, or null for "unknown value"
 * @param qualifiers earliest/latest date and circa
 */
public record Inception(TimeValue value, List<Snak> qualifiers) {
    /** "c. 1660", "ca. 1830-32", "circa 1500", "omkring 1900", "um 1650", "vers 1650". */
    private static final Pattern CIRCA = Pattern.compile(
            "(?iu)(^|[\\s(\\[])(c\\.|ca\\.?|circa|approx\\.?|omkring|omk\\.|um|vers|rond|ongeveer)(\\s|\\d|$)");

    public static Optional<Inception> of(TimeSpan span, WikidataSettings s) {
        if (span == null || (span.begin() == null && span.end() == null)) return Optional.empty();
        List<Snak> qualifiers = new ArrayList<>();
        if (span.begin() == null || span.end() == null) {
            if (span.begin() != null) qualifiers.add(bound(WikidataId.EARLIEST_DATE, at(span.begin().atOffset(ZoneOffset.UTC).toLocalDateTime(), true), s));
            else qualifiers.add(bound(WikidataId.LATEST_DATE, at(span.end().atOffset(ZoneOffset.UTC).toLocalDateTime(), false), s));
            return Optional.of(new Inception(null, qualifiers));
        }
        LocalDateTime b = span.begin().atOffset(ZoneOffset.UTC).toLocalDateTime();
        LocalDateTime e = span.end().atOffset(ZoneOffset.UTC).toLocalDateTime();
        boolean yearStart = b.getDayOfYear() == 1 && b.toLocalTime().toSecondOfDay() == 0;
        boolean yearEnd = e.getMonthValue() == 12 && e.getDayOfMonth() == 31;
        int by = b.getYear();
        int ey = e.getYear();
        TimeValue value;
        boolean narrower;
        if (b.toLocalDate().equals(e.toLocalDate())) {
            value = time(by, b.getMonthValue(), b.getDayOfMonth(), TimeValue.PREC_DAY);
            narrower = false;
        } else if (by == ey && b.getMonth() == e.getMonth() && b.getDayOfMonth() == 1
                && e.getDayOfMonth() == e.toLocalDate().lengthOfMonth()) {
            value = time(by, b.getMonthValue(), 0, TimeValue.PREC_MONTH);
            narrower = false;
        } else if (by == ey) {
            value = time(by, 0, 0, TimeValue.PREC_YEAR);
            narrower = !(yearStart && yearEnd);
        } else if (Math.floorDiv(by, 10) == Math.floorDiv(ey, 10)) {
            int decade = Math.floorDiv(by, 10) * 10;
            value = time(decade, 0, 0, TimeValue.PREC_DECADE);
            narrower = !(yearStart && yearEnd && by == decade && ey == decade + 9);
        } else if (Math.floorDiv(by, 100) == Math.floorDiv(ey, 100)) {
            int century = Math.floorDiv(by, 100) * 100;
            // the middle year: "1850, precision century" is the 19th century whether centuries start at 00 or 01
            value = time(century + 50, 0, 0, TimeValue.PREC_100Y);
            narrower = !(yearStart && yearEnd && by == century && ey == century + 99);
        } else {
            value = null;
            narrower = true;
        }
        if (narrower) {
            qualifiers.add(bound(WikidataId.EARLIEST_DATE, at(b, true), s));
            qualifiers.add(bound(WikidataId.LATEST_DATE, at(e, false), s));
        }
        if (value != null && span.display() != null && CIRCA.matcher(span.display()).find())
            qualifiers.add(Datamodel.makeValueSnak(s.pid(WikidataId.SOURCING_CIRCUMSTANCES), s.qid(WikidataId.CIRCA)));
        return Optional.of(new Inception(value, List.copyOf(qualifiers)));
    }

    /** A bound at year precision when it falls on a year boundary, else at day precision. */
    private static TimeValue at(LocalDateTime t, boolean start) {
        boolean wholeYear = start ? t.getDayOfYear() == 1 : (t.getMonthValue() == 12 && t.getDayOfMonth() == 31);
        return wholeYear ? time(t.getYear(), 0, 0, TimeValue.PREC_YEAR)
                : time(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), TimeValue.PREC_DAY);
    }

    private static Snak bound(WikidataId property, TimeValue value, WikidataSettings s) {
        return Datamodel.makeValueSnak(s.pid(property), value);
    }

    /**
     * A Gregorian time value. Our instants count years astronomically (XSD 1.1: year 0 is 1 BCE); Wikibase's JSON
     * uses historical numbering (-0001 is 1 BCE, there is no year 0), so BCE years shift by one.
     */
    static TimeValue time(long astronomicalYear, int month, int day, byte precision) {
        long year = astronomicalYear <= 0 ? astronomicalYear - 1 : astronomicalYear;
        return Datamodel.makeTimeValue(year, (byte) month, (byte) day, (byte) 0, (byte) 0, (byte) 0, precision,
                0, 0, 0, TimeValue.CM_GREGORIAN_PRO);
    }
}
