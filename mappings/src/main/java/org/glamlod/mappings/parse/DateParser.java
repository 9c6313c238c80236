package org.glamlod.mappings.parse;

import static java.lang.Integer.parseInt;
import static java.util.stream.Collectors.joining;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glamlod.model.TimeSpan;

/**
 * Reads the dates museums write ("ca. 1650-60", "1830s", "early 17th century", "500 BCE", SMK's "18381000") into a
 * {@link TimeSpan} whose bounds are outer bounds (Linked Art's {@code begin_of_the_begin} / {@code end_of_the_end}):
 * the first second of the first day and the last second ({@code 23:59:59}) of the last day, in UTC, on the
 * proleptic Gregorian calendar with astronomical years (500 BCE is year -499). The text, trimmed, is always kept as
 * the display date.
 *
 * <p>A result is one of: a time span with bounds; a time span with only the display text, for "undated" in the
 * languages museums use ("undated", "n.d.", "unknown", "Udateret", "o.J.", "ongedateerd", "s.d." …); nothing, for a
 * blank field; or a failure quoting the text.
 *
 * <p>The rules:
 * <ul>
 *   <li><b>Forms.</b> Years ("1838"; without an era a year needs three or four digits; XSD's "-0499" is 500 BCE),
 *       ISO dates and months
 *       ("1901-05-12", "1838-10"; {@code 00} for an unknown month or day: "1901-05-00" is May 1901), SMK's
 *       {@code yyyymmdd} with the same {@code 00} rule ("18381000" is October 1838), ISO date-times (a time of
 *       exactly midnight is how date-only sources write a date, so it stands for the whole day; any other time is an
 *       instant, converted to UTC), day-first dotted dates ("12.5.1901"), dates with month names in English,
 *       Danish, German, Dutch and French
 *       ("12 May 1901", "May 12, 1901", "1901 May 12", "maj 1901"), decades ("1830s", "1830'erne", "1830er"),
 *       centuries ("17th century", "17. Jh.", "17e eeuw", "XVIIe siècle", "1600-tallet", and "1600s", which is
 *       the century because a year ending in 00 followed by s reads that way in English), and parts of decades and
 *       centuries: early, mid and late are thirds ("early 17th century" is 1600-1632), halves and quarters
 *       ("second half of the 16th century", "16th century, second half", "2. Hälfte des 16. Jh.").</li>
 *   <li><b>Centuries.</b> CE centuries as museums count them (the 17th is 1600-1699, the 1st is 1-99), BCE
 *       centuries backwards from their hundred (the 3rd century BCE is 300-201 BCE).</li>
 *   <li><b>Eras.</b> BCE/BC/B.C./f.Kr./v. Chr./av. J.-C. …, CE/AD/A.D./e.Kr./n. Chr. … after the date, or AD
 *       before it. In a range an era written on one end only applies to both ("500-480 BCE"); each end may have
 *       its own ("100 BCE - AD 50").</li>
 *   <li><b>Ranges.</b> Two dates joined by a hyphen, en or em dash, slash, "to"/"til"/"bis"/"tot"/"à", or
 *       "between … and …" (and its Danish, German, Dutch, French forms). A range that ends before it begins is a
 *       failure. "17th-18th century" reads the first end as a century too.</li>
 *   <li><b>Two-digit range ends and {@code YYYY-MM}.</b> {@code YYYY-MM} with an ASCII hyphen, no spaces and
 *       {@code MM} from 01 to 12 is an ISO month, so "1898-02" is February 1898. Otherwise a range end of one or
 *       two digits replaces the last digits of the begin year, rolling over to the next decade or century when it
 *       would fall before it: "1650-60" is 1650-1660, "1898 - 02" and "1898–02" are 1898-1902, "1898-00" is
 *       1898-1900. In BCE the count runs down: "480-70 BCE" is 480-470 BCE.</li>
 *   <li><b>Circa.</b> "ca.", "c.", "circa", "approx.", "about", "omkring", "um", "rond", "vers" … or a trailing
 *       "?" widen the date by {@value #CIRCA_YEARS} years on each side, or by {@value #CIRCA_CENTURY_YEARS} years
 *       when the date is a whole century: "ca. 1800" is 1795-1805, "ca. 1830s" 1825-1844, "ca. 17th century"
 *       1575-1724. On the first end of a range (or before the whole range) circa widens both bounds ("ca.
 *       1650-60" is 1645-1665); on the second end only the end bound.</li>
 *   <li><b>Open-ended dates.</b> "before 1700" ("før", "vor", "voor", "avant", "ante" …) has only an end bound and
 *       "after 1800" ("efter", "nach", "na", "après", "post" …) only a begin bound. The named date itself is
 *       included (before 1700 ends on 1700-12-31T23:59:59Z, after 1800 begins on 1800-01-01T00:00:00Z): that
 *       bound is right both for the strict reading and for the "by 1700" that cataloguers often mean, and an outer
 *       bound must never exclude the truth.</li>
 * </ul>
 */
public final class DateParser {
    private static final int CIRCA_YEARS = 5;
    private static final int CIRCA_CENTURY_YEARS = 25;
    private static final LocalTime LAST_SECOND = LocalTime.of(23, 59, 59);

    /** Words for "undated", compared without case, dots and spaces ("n.d." is "nd", "o. J." is "oj"). */
    private static final Set<String> UNDATED = Set.of("?",
            "undated", "nodate", "nd", "notdated", "unknown", "dateunknown", "unknowndate",
            "udateret", "ukendt", "uå",                                    // Danish; u.å. = uden år
            "undatiert", "unbekannt", "oj", "ohnejahr", "od", "ohnedatum",  // German; o.J. = ohne Jahr
            "ongedateerd", "onbekend", "zj", "zd", "zonderjaar", "zonderdatum",
            "sansdate", "nondaté", "inconnu", "inconnue", "sd", "sa");     // French; s.d./s.a. = sine dato/anno

    // era abbreviations with their dots and spaces optional; one line per language: en, da, de, nl, fr
    private static final String BCE = String.join("|", "b\\.?\\s?c\\.?(?:\\s?e\\.?)?",
            "f\\.?\\s?kr\\.?|før\\s+kristus|f\\.?\\s?v\\.?\\s?t\\.?",
            "v\\.?\\s?chr\\.?|vor\\s+christus|v\\.?\\s?u\\.?\\s?z\\.?",
            "voor\\s+christus",
            "av\\.?\\s?j\\.?-?\\s?c\\.?");
    private static final String CE = String.join("|", "c\\.?\\s?e\\.?|a\\.?\\s?d\\.?",
            "e\\.?\\s?kr\\.?|efter\\s+kristus|e\\.?\\s?v\\.?\\s?t\\.?",
            "n\\.?\\s?chr\\.?|nach\\s+christus|n\\.?\\s?u\\.?\\s?z\\.?",
            "na\\s+christus",
            "apr\\.?\\s?j\\.?-?\\s?c\\.?");
    private static final Pattern ERA_SUFFIX = Pattern.compile("(?<=[\\d\\s.])\\s*(?:(" + BCE + ")|(?:" + CE + "))$");
    private static final Pattern ERA_PREFIX = Pattern.compile("(?:a\\.?\\s?d\\.?|anno)\\s*(?=\\d)");
    private static final Pattern CIRCA = Pattern.compile("(?:circa|cirka|ca|c|approx|approximately|about|around"
            + "|omkring|omtrent|um|etwa|ungefähr|rond|omstreeks|ongeveer|vers|environ)(?:\\.\\s*|\\s+|(?=\\d))");
    private static final Pattern OPEN = Pattern.compile("(?:(before|prior to|not after|ante|før|senest|vor|voor|avant)"
            + "|(?:after|not before|post|efter|tidligst|nach|na|après))(?:\\.\\s*|\\s+)");
    private static final Pattern BETWEEN =
            Pattern.compile("(?:between|mellem|zwischen|tussen|entre)\\s+(.+?)\\s+(?:and|og|und|en|et)\\s+(.+)");
    private static final Pattern RANGE_SEPARATOR =
            Pattern.compile("\\s*[-–/]\\s*|\\s+(?:to|til|till|bis|tot|until|à|au)\\s+");

    private static final Pattern YEAR = Pattern.compile("\\d{1,4}");
    private static final Pattern SHORT_YEAR = Pattern.compile("\\d{1,2}");
    private static final Pattern ISO_DATE = Pattern.compile("(-?\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    /** XSD's zero-padded years before 1 CE ("-0499" is 500 BCE); a bare "-1838" more likely means "until 1838". */
    private static final Pattern SIGNED_YEAR = Pattern.compile("-0\\d{3}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile(
            "(-?\\d{4})-(\\d{2})-(\\d{2})[t ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?(z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})");
    private static final List<NamedMonthDate> NAMED_MONTH_DATES = List.of(
            new NamedMonthDate("(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(\\p{L}+)\\.?,?\\s+(\\d{1,4})", 1, 2, 3),
            new NamedMonthDate("(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{1,4})", 2, 1, 3),
            new NamedMonthDate("(\\d{3,4}),?\\s+(\\p{L}+)\\.?(?:\\s+(\\d{1,2}))?", 3, 2, 1),
            new NamedMonthDate("(\\p{L}+)\\.?,?\\s+(\\d{1,4})", 0, 1, 2));
    private static final Map<String, Integer> MONTHS = Words.index(
            Map.entry("january|jan|januar|januari|janvier|janv", 1),
            Map.entry("february|feb|februar|februari|février|févr|fevrier", 2),
            Map.entry("march|mar|marts|märz|maart|mars", 3),
            Map.entry("april|apr|avril", 4),
            Map.entry("may|mai|maj|mei", 5),
            Map.entry("june|jun|juni|juin", 6),
            Map.entry("july|jul|juli|juillet|juil", 7),
            Map.entry("august|aug|augustus|août", 8),
            Map.entry("september|sep|sept|septembre", 9),
            Map.entry("october|oct|oktober|okt|octobre", 10),
            Map.entry("november|nov|novembre", 11),
            Map.entry("december|dec|dezember|dez|décembre|déc", 12));

    private static final Pattern DECADE = Pattern.compile("(?:the\\s+)?(\\d{1,3}0)(?:s|'s|'erne|erne|er|er\\s+jahre)");
    private static final Pattern HUNDREDS = Pattern.compile("(\\d{1,2})00[-–]?tal(?:let|lets)?");
    private static final String CENTURY_NOUN = "century|cent|årh|århundrede|jahrhunderts?|jhdt|jh|eeuw|siècle";
    /** "17th century", "17. Jh.", "XVIIe siècle"; the one-letter nouns ("17th c.", "XVIIe s.") need the ordinal. */
    private static final Pattern CENTURY = Pattern.compile("(?:the\\s+)?(\\d{1,2}|[ivx]+)(?:"
            + "(?:st|nd|rd|th|\\.|e|de|ste|er|ème|eme)?[\\s-]*(?:" + CENTURY_NOUN + ")"
            + "|(?:st|nd|rd|th|e|ème|eme)\\s*[cs])\\.?");
    private static final Pattern ENDS_WITH_CENTURY_NOUN = Pattern.compile("(?<=\\s)(?:" + CENTURY_NOUN + "|c)\\.?$");
    private static final Map<String, Part> PARTS = Words.index(
            Map.entry("early|beginning|begyndelsen|anfang|frühes|begin|début", new Part(0, 3)),
            Map.entry("mid|middle|midten|mitte|midden|milieu", new Part(1, 3)),
            Map.entry("late|end|slutningen|ende|spätes|eind|fin", new Part(2, 3)),
            Map.entry("first half|1st half|første halvdel|1. halvdel|erste hälfte|1. hälfte|eerste helft"
                    + "|première moitié", new Part(0, 2)),
            Map.entry("second half|2nd half|anden halvdel|2. halvdel|zweite hälfte|2. hälfte|tweede helft"
                    + "|seconde moitié|deuxième moitié", new Part(1, 2)),
            Map.entry("first quarter|1st quarter", new Part(0, 4)),
            Map.entry("second quarter|2nd quarter", new Part(1, 4)),
            Map.entry("third quarter|3rd quarter", new Part(2, 4)),
            Map.entry("fourth quarter|4th quarter|last quarter", new Part(3, 4)));
    private static final String PART = PARTS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).collect(joining("|"));
    private static final Pattern PART_FIRST = Pattern.compile(
            "(" + PART + ")[\\s-]+(?:(?:of|af|des|der|van|het|du|de|la|the)\\s+)*(.+)");
    private static final Pattern PART_LAST = Pattern.compile("(.+?),?\\s+(" + PART + ")");

    private static final Pattern HYPHENS = Pattern.compile("[\\u2010\\u2011]");
    private static final Pattern DASHES = Pattern.compile("[\\u2012-\\u2015\\u2212]");
    private static final Pattern APOSTROPHES = Pattern.compile("[‘’`´]");
    private static final Pattern BRACKETS = Pattern.compile("[\\[\\]]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");
    private static final Pattern DOTS_AND_SPACES = Pattern.compile("[\\s.]");

    private DateParser() {}

    /** The time span a date text stands for; see the class description for what is understood. */
    public static Parsed<TimeSpan> parse(String text) {
        if (text == null || text.isBlank()) return Parsed.nothing();
        String display = text.strip();
        String s = normalise(display);
        if (UNDATED.contains(DOTS_AND_SPACES.matcher(s).replaceAll("")))
            return Parsed.of(new TimeSpan(null, null, display));
        Matcher open = OPEN.matcher(s);
        boolean before = false, after = false;
        if (open.lookingAt()) {
            before = open.group(1) != null;
            after = !before;
            s = s.substring(open.end());
        }
        try {
            Point span = span(s);
            if (span == null) return Parsed.failed("not a date: \"" + display + "\"");
            return Parsed.of(new TimeSpan(before ? null : span.begin.toInstant(ZoneOffset.UTC),
                    after ? null : span.end.toInstant(ZoneOffset.UTC), display));
        } catch (DateTimeException e) {
            return Parsed.failed("not a valid date: \"" + display + "\" (" + e.getMessage() + ")");
        }
    }

    /**
     * A time span from separate earliest and latest dates and a display date, as LIDO ({@code earliestDate},
     * {@code latestDate}, {@code displayDate}) and the SMK API ({@code start}, {@code end}, {@code period}) give
     * them: the begin of the earliest and the end of the latest, each read as {@link #parse(String)} reads a date.
     * The display text is kept as it is; only when both bounds are blank is it parsed instead.
     */
    public static Parsed<TimeSpan> parseBounds(String earliest, String latest, String display) {
        if (isBlank(earliest) && isBlank(latest)) return parse(display);
        Parsed<TimeSpan> from = parse(earliest), to = parse(latest);
        if (from.failure().isPresent()) return from;
        if (to.failure().isPresent()) return to;
        Instant begin = from.value().map(TimeSpan::begin).orElse(null);
        Instant end = to.value().map(TimeSpan::end).orElse(null);
        if (begin != null && end != null && end.isBefore(begin))
            return Parsed.failed("not a valid date range: \"" + earliest.strip() + "\" to \"" + latest.strip()
                    + "\" (the range ends before it begins)");
        // both bounds "undated" and no display date: keep the undated wording
        if (begin == null && end == null && isBlank(display)) return from.value().isPresent() ? from : to;
        return Parsed.of(new TimeSpan(begin, end, isBlank(display) ? null : display.strip()));
    }

    private static Point span(String s) {
        Matcher between = BETWEEN.matcher(s);
        if (between.matches()) return range(between.group(1), between.group(2));
        Side side = Side.of(s);
        Point single = point(side.text, side.era);
        if (single != null) return side.circa ? single.circa(true, true) : single;
        // a range: the first split where both ends read as dates ("1901-05-12/1901-06" splits at the slash)
        for (Matcher separator = RANGE_SEPARATOR.matcher(s); separator.find(); ) {
            Point range = range(s.substring(0, separator.start()), s.substring(separator.end()));
            if (range != null) return range;
        }
        return null;
    }

    private static Point range(String first, String second) {
        Side from = Side.of(first), to = Side.of(second);
        Era fromEra = from.era != null ? from.era : to.era, toEra = to.era != null ? to.era : from.era;
        Point begin = point(from.text, fromEra);
        Matcher noun = ENDS_WITH_CENTURY_NOUN.matcher(to.text);
        if (begin == null && noun.find()) begin = point(from.text + " " + noun.group(), fromEra);
        Point end = abbreviatedEnd(from, to, toEra == null ? Era.CE : toEra);
        if (end == null) end = point(to.text, toEra);
        if (begin == null || end == null) return null;
        return begin.until(end).circa(from.circa, from.circa || to.circa);
    }

    /** "1650-60", "1898 - 02", "480-70 BCE": a one- or two-digit end replaces the begin year's last digits. */
    private static Point abbreviatedEnd(Side from, Side to, Era era) {
        if (!YEAR.matcher(from.text).matches() || !SHORT_YEAR.matcher(to.text).matches()
                || to.text.length() >= from.text.length() || from.era != null && to.era != null) return null;
        int begin = parseInt(from.text), step = to.text.length() == 1 ? 10 : 100;
        int end = begin - begin % step + parseInt(to.text);
        if (era == Era.BCE && end > begin) end -= step;
        if (era == Era.CE && end < begin) end += step;
        return Point.years(end, end, era, false);
    }

    /** One date, with its era already taken off; {@code stated} is null when neither end of a range named one. */
    private static Point point(String s, Era stated) {
        Era era = stated == null ? Era.CE : stated;
        if (YEAR.matcher(s).matches())
            return s.length() >= 3 || stated != null ? Point.years(parseInt(s), parseInt(s), era, false) : null;
        if (stated == null) {
            Point numeric = numericDate(s);
            if (numeric != null) return numeric;
        }
        for (NamedMonthDate form : NAMED_MONTH_DATES) {
            Matcher m = form.pattern.matcher(s);
            Integer month = m.matches() ? MONTHS.get(m.group(form.month)) : null;
            if (month != null && (m.group(form.year).length() >= 3 || stated != null))
                return date(era.year(parseInt(m.group(form.year))), month,
                        form.day == 0 || m.group(form.day) == null ? 0 : parseInt(m.group(form.day)));
        }
        Matcher m = PART_FIRST.matcher(s);
        if (m.matches()) return part(m.group(2), era, PARTS.get(m.group(1)));
        m = PART_LAST.matcher(s);
        if (m.matches()) return part(m.group(1), era, PARTS.get(m.group(2)));
        return period(s, era);
    }

    /** ISO dates and date-times, XSD years before 1 CE, SMK's yyyymmdd, and the day-first dd.mm.yyyy. */
    private static Point numericDate(String s) {
        Matcher m = ISO_DATE_TIME.matcher(s);
        if (m.matches()) {
            LocalDateTime local = LocalDateTime.of(parseInt(m.group(1)), parseInt(m.group(2)), parseInt(m.group(3)),
                    parseInt(m.group(4)), parseInt(m.group(5)), m.group(6) == null ? 0 : parseInt(m.group(6)));
            // date-only sources write a date as a timestamp at midnight
            if (local.toLocalTime().equals(LocalTime.MIDNIGHT))
                return Point.days(local.toLocalDate(), local.toLocalDate());
            String zone = m.group(7);
            LocalDateTime utc = zone == null || zone.equals("z") ? local
                    : local.atOffset(ZoneOffset.of(zone)).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            return new Point(utc, utc, false);
        }
        if (SIGNED_YEAR.matcher(s).matches()) return Point.years(parseInt(s), parseInt(s), false);
        m = ISO_DATE.matcher(s);
        if (m.matches()) {
            int year = parseInt(m.group(1));
            int month = parseInt(m.group(2));
            if (m.group(3) == null) return month >= 1 && month <= 12 ? date(year, month, 0) : null; // else "1650-60"
            return date(year, month, parseInt(m.group(3)));
        }
        m = COMPACT_DATE.matcher(s);
        if (m.matches()) return date(parseInt(m.group(1)), parseInt(m.group(2)), parseInt(m.group(3)));
        m = DOTTED_DATE.matcher(s);
        return m.matches() ? date(parseInt(m.group(3)), parseInt(m.group(2)), parseInt(m.group(1))) : null;
    }

    /** A day, a month or a year: 0 stands for an unknown month or day, as in "1901-05-00" and "18381000". */
    private static Point date(int year, int month, int day) {
        if (month == 0 && day != 0) throw new DateTimeException("a day without a month");
        if (month == 0) return Point.years(year, year, false);
        YearMonth yearMonth = YearMonth.of(year, month);
        return day == 0 ? Point.days(yearMonth.atDay(1), yearMonth.atEndOfMonth())
                : Point.days(yearMonth.atDay(day), yearMonth.atDay(day));
    }

    private static Point part(String period, Era era, Part part) {
        Point whole = period(period, era);
        if (whole == null) return null;
        int first = whole.begin.getYear(), years = whole.end.getYear() - first + 1;
        return Point.years(first + years * part.index / part.of, first + years * (part.index + 1) / part.of - 1, false);
    }

    /** A decade or a century. */
    private static Point period(String s, Era era) {
        Matcher m = DECADE.matcher(s);
        if (m.matches()) {
            int start = parseInt(m.group(1));
            boolean century = start >= 100 && start % 100 == 0;
            return Point.years(start, start + (century ? 99 : 9), era, century);
        }
        m = HUNDREDS.matcher(s);
        if (m.matches()) {
            int start = parseInt(m.group(1)) * 100;
            return Point.years(start, start + 99, era, true);
        }
        m = CENTURY.matcher(s);
        if (!m.matches()) return null;
        int n = number(m.group(1));
        if (n < 1) return null;
        return era == Era.BCE ? Point.years((n - 1) * 100 + 1, n * 100, era, true)
                : Point.years(Math.max(1, (n - 1) * 100), (n - 1) * 100 + 99, true);
    }

    /** Arabic numerals, or the lower-case Roman ones centuries are written with (i, v and x reach the 39th). */
    private static int number(String numeral) {
        if (Character.isDigit(numeral.charAt(0))) return parseInt(numeral);
        int total = 0, previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int value = switch (numeral.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                default -> 10;
            };
            total += value < previous ? -value : value;
            previous = value;
        }
        return total;
    }

    private static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("(?)", "?");
        s = HYPHENS.matcher(s).replaceAll("-");
        s = DASHES.matcher(s).replaceAll("–");
        s = APOSTROPHES.matcher(s).replaceAll("'");
        s = BRACKETS.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        // "17th c." and "b.c." read the same without their final dot
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private enum Era {
        BCE, CE;

        /** The astronomical year of a year written in this era: 500 BCE is -499. */
        int year(int written) {
            return this == BCE ? 1 - written : written;
        }
    }

    /** The {@code index}-th of {@code of} equal parts of a period ("second half" is 1 of 2). */
    private record Part(int index, int of) {}

    /** A date written with a month name; the numbers are the pattern's groups for day (0: none), month, year. */
    private record NamedMonthDate(Pattern pattern, int day, int month, int year) {
        NamedMonthDate(String regex, int day, int month, int year) {
            this(Pattern.compile(regex), day, month, year);
        }
    }

    /** One end of a range (or a whole date) with its circa marker and era taken off. */
    private record Side(String text, Era era, boolean circa) {
        static Side of(String s) {
            boolean circa = false;
            Matcher m = CIRCA.matcher(s);
            if (m.lookingAt()) {
                circa = true;
                s = s.substring(m.end());
            }
            if (s.endsWith("?") || s.endsWith("~")) {
                circa = true;
                s = s.substring(0, s.length() - 1).strip();
            }
            Era era = null;
            m = ERA_PREFIX.matcher(s);
            if (m.lookingAt()) {
                era = Era.CE;
                s = s.substring(m.end());
            }
            m = ERA_SUFFIX.matcher(s);
            if (m.find()) {
                era = m.group(1) != null ? Era.BCE : Era.CE;
                s = s.substring(0, m.start());
            }
            return new Side(s.strip(), era, circa);
        }
    }

    /** Inclusive bounds in UTC; {@code century} when the date is a whole century, which circa widens more. */
    private record Point(LocalDateTime begin, LocalDateTime end, boolean century) {
        static Point years(int first, int last, boolean century) {
            return new Point(LocalDate.of(first, 1, 1).atStartOfDay(), LocalDate.of(last, 12, 31).atTime(LAST_SECOND),
                    century);
        }

        /** Years as written in an era: the years 480 to 489 BCE are the astronomical years -488 to -479. */
        static Point years(int first, int last, Era era, boolean century) {
            return era == Era.BCE ? years(era.year(last), era.year(first), century) : years(first, last, century);
        }

        static Point days(LocalDate first, LocalDate last) {
            return new Point(first.atStartOfDay(), last.atTime(LAST_SECOND), false);
        }

        Point until(Point last) {
            if (last.end.isBefore(begin)) throw new DateTimeException("the range ends before it begins");
            return new Point(begin, last.end, century && last.century);
        }

        Point circa(boolean widenBegin, boolean widenEnd) {
            int years = century ? CIRCA_CENTURY_YEARS : CIRCA_YEARS;
            return new Point(widenBegin ? begin.minusYears(years) : begin, widenEnd ? end.plusYears(years) : end,
                    century);
        }
    }
}
