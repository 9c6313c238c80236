package org.glamlod.pages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.glamlod.model.Agent;
import org.glamlod.model.Concept;
import org.glamlod.model.Creator;
import org.glamlod.model.Dimension;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Statement;
import org.glamlod.model.TimeSpan;
import org.glamlod.model.vocab.AAT;
import org.glamlod.model.vocab.Languages;

/** How record values read on a page: dates, life dates, makers, concept labels, dimensions, languages. */
final class Display {
    /** AAT labels end in a qualifier that tells homographs apart ("paintings (visual works)"); a page can drop it. */
    private static final Pattern AAT_QUALIFIER = Pattern.compile("^(.*\\S)\\s+\\([^()]*\\)$");

    private Display() {}

    /** The museum's own wording of a date, else the years its bounds span ("1657–1661", "510–490 BCE"). */
    static String date(TimeSpan t) {
        if (t == null) return null;
        if (t.display() != null) return t.display();
        return years(t);
    }

    /** The years a time span's bounds cover, whatever its display text says; null when it has no bounds. */
    static String years(TimeSpan t) {
        if (t.begin() == null && t.end() == null) return null;
        if (t.begin() == null) return "before " + year(t.end(), false);
        if (t.end() == null) return "after " + year(t.begin(), false);
        int from = isoYear(t.begin());
        int to = isoYear(t.end());
        if (from == to) return year(t.begin(), false);
        // the era once, at the end, when both years are in it ("510–490 BCE"); both when they differ ("10 BCE–20 CE")
        if (from > 0 == to > 0) return year(t.begin(), true) + "–" + year(t.end(), false);
        return year(t.begin(), false) + "–" + year(t.end(), false) + " CE";
    }

    /**
     * A year for people: ISO years (as XSD 1.1 and {@code Instant} count them) have a year 0, which is 1 BCE.
     *
     * @param bare leave out "BCE" (the caller says it once for a range)
     */
    private static String year(Instant i, boolean bare) {
        int y = isoYear(i);
        if (y > 0) return Integer.toString(y);
        return (1 - y) + (bare ? "" : " BCE");
    }

    private static int isoYear(Instant i) {
        return i.atOffset(ZoneOffset.UTC).getYear();
    }

    /** Birth and death (formation and dissolution of a group) as one would write them: "1606–1669", "born 1951". */
    static String lifeDates(Agent a) {
        String born = lifeYear(a.born());
        String died = lifeYear(a.died());
        boolean person = a.kind() == Agent.Kind.PERSON;
        if (born != null && died != null) return born + "–" + died;
        if (born != null) return (person ? "born " : "formed ") + born;
        if (died != null) return (person ? "died " : "dissolved ") + died;
        return null;
    }

    private static String lifeYear(TimeSpan t) {
        if (t == null) return null;
        return t.display() != null ? t.display() : years(t);
    }

    /** "Dutch, 1606–1669": nationalities and life dates, or null when neither is known. */
    static String agentFacts(Agent a) {
        List<String> parts = new ArrayList<>();
        a.nationalities().forEach(n -> parts.add(label(n)));
        String life = lifeDates(a);
        if (life != null) parts.add(life);
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** A concept's label without an AAT qualifier; its URI's last segment when it has no label. */
    static String label(Concept c) {
        if (c.label() == null) {
            String uri = c.uri();
            return uri.substring(uri.replaceAll("/+$", "").lastIndexOf('/') + 1);
        }
        if (c.uri().startsWith(AAT.NS)) {
            var m = AAT_QUALIFIER.matcher(c.label());
            if (m.matches()) return m.group(1);
        }
        return c.label();
    }

    /** All makers, as a credit would list them ("Workshop of X and attributed to Y"); null when none is named. */
    static String makers(HumanMadeObject o) {
        if (o.production() == null || o.production().creators().isEmpty()) return null;
        List<String> names = new ArrayList<>();
        for (Creator c : o.production().creators()) {
            String q = c.qualifier().label();
            String name = q == null ? c.agent().label() : (names.isEmpty() ? capitalise(q) : q) + " " + c.agent().label();
            if (!names.contains(name)) names.add(name);
        }
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** "379.5 × 453.5 cm": height × width (× depth) when they share a unit, then the others ("337 kg"). */
    static String dimensions(List<Dimension> dims) {
        if (dims.isEmpty()) return null;
        List<String> parts = new ArrayList<>();
        List<Dimension> box = new ArrayList<>();
        for (Dimension.Type t : List.of(Dimension.Type.HEIGHT, Dimension.Type.WIDTH, Dimension.Type.DEPTH))
            dims.stream().filter(d -> d.type() == t).findFirst().ifPresent(box::add);
        if (box.size() > 1 && box.stream().allMatch(d -> d.unit() == box.get(0).unit())) {
            parts.add(String.join(" × ", box.stream().map(d -> number(d.value())).toList()) + " " + box.get(0).unit().symbol);
        } else {
            box.clear();
        }
        for (Dimension d : dims)
            if (!box.contains(d)) parts.add(measure(d));
        return String.join("; ", parts);
    }

    /** "h 379.5 cm", for a dimension on its own. */
    static String measure(Dimension d) {
        String value = number(d.value()) + " " + d.unit().symbol;
        return switch (d.type()) {
            case WEIGHT -> value;
            case DIAMETER -> "diam. " + value;
            default -> d.type().name().substring(0, 1).toLowerCase(Locale.ROOT) + " " + value;
        };
    }

    static String number(BigDecimal value) {
        return value.toPlainString();
    }

    /** The language's English name ("Dutch"), or null for none. */
    static String language(String tag) {
        return tag == null ? null : Languages.label(tag);
    }

    /** The heading a kind of statement gets on a page. */
    static String heading(Statement.Type type) {
        return switch (type) {
            case DESCRIPTION -> "Description";
            case MATERIALS -> "Medium";
            case DIMENSIONS -> "Dimensions as recorded";
            case CREDIT_LINE -> "Credit line";
            case PROVENANCE -> "Provenance";
            case RIGHTS -> "Rights statement";
            case INSCRIPTION -> "Inscription";
            case SIGNATURE -> "Signature";
            case BIBLIOGRAPHY -> "Bibliography";
        };
    }
}
