package org.glamlod.mappings.parse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glamlod.model.Dimension;
import org.glamlod.model.Dimension.Type;
import org.glamlod.model.Dimension.Unit;

/**
 * Reads dimension statements as museums write them ("73 x 92 cm", "H x W: 10 1/2 x 8 in.", "L38,5xB24 cm",
 * "h 379.5cm × w 453.5cm × w 337kg", "Height: 25.7 cm (10 1/8 in.)", "Diam. 28 cm") into {@link Dimension}s, and
 * single measurements that sources give as separate type, value and unit fields.
 *
 * <p>Values are exact decimals as written, in the unit written: nothing is converted or rounded ("38,5" is 38.5,
 * "10 1/2" is 10.5). The rules:
 * <ul>
 *   <li><b>Numbers.</b> A decimal point or decimal comma ("38,5"; a comma followed by a space separates values
 *       instead, so "1,200" is 1.2), whole numbers with fractions ("10 1/2", "10-1/2", "10½"). A fraction that has
 *       no exact decimal is kept to 16 significant digits. Feet and inches together ("5 ft. 3 in.", {@code 5' 3"})
 *       become inches, the one unit that says it exactly.</li>
 *   <li><b>Units</b> follow their value ("73 cm", "73cm"); a value without one takes the next unit written after
 *       it ("73 x 92 cm"). A statement with no unit at all is a failure.</li>
 *   <li><b>Names.</b> H/height/højde/Höhe/hoogte …: height; W/B/width/bredde/Breite/breedte …: width; D/T/depth/
 *       dybde/Tiefe/diepte …: depth; Diam./Dia./Ø/diameter/Durchmesser …: diameter; weight/Wt./vægt/gewicht …:
 *       weight. Any value in a mass unit (g, kg, lb) is a weight, so the second "w" in "h 379.5cm × w 453.5cm ×
 *       w 337kg" is its weight. Names may come before each value ("h 73 cm") or as a heading ("H x W: 10 x 8
 *       in.", or "(H x W)" after the values).</li>
 *   <li><b>Length</b> (L/length/længde/Länge/lengte), which the model has no type for, is the longest extent not
 *       otherwise named: with a height given it is the width and the breadth or width beside it is the depth
 *       ("L x B x H"); without one it is the height, as for a flat object ("L38,5xB24": height 38.5, width 24).</li>
 *   <li><b>Unnamed values</b> are height, width and depth in that order, the museum convention ("73 x 92 x 5 cm");
 *       more than three is a failure.</li>
 *   <li><b>Several statements</b> (separated by ";", a line break, " | ", or a comma before a "label:") describe
 *       one object until a statement names a part ("sight:", "frame:", "sheet:", "Overall:" …) or measures a
 *       dimension again, which starts another part. Only the first part is kept, because the model cannot say
 *       which part a dimension belongs to: "H 41.2 cm; Diam. 28 cm" gives both, "sight: 20 x 30 cm; frame: 40 x 50
 *       cm" gives the sight size. Every statement must still be readable. The whole text belongs in the record's
 *       dimension statement.</li>
 *   <li><b>Ignored:</b> anything in brackets (conversions such as "(10 1/8 in.)", remarks) and "ca."/"approx."
 *       before a value.</li>
 * </ul>
 */
public final class DimensionParser {
    private static final Map<String, Unit> UNITS = Words.index(
            Map.entry("mm|millimeter|millimeters|millimetre|millimetres", Unit.MILLIMETRES),
            Map.entry("cm|centimeter|centimeters|centimetre|centimetres", Unit.CENTIMETRES),
            Map.entry("m|meter|meters|metre|metres", Unit.METRES),
            Map.entry("in|inch|inches|\"|″|tommer|zoll", Unit.INCHES),
            Map.entry("ft|foot|feet|'|′", Unit.FEET),
            Map.entry("g|gr|gram|grams|gramme|grammes", Unit.GRAMS),
            Map.entry("kg|kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes", Unit.KILOGRAMS),
            Map.entry("lb|lbs|pound|pounds", Unit.POUNDS));
    private static final Set<Unit> MASS = EnumSet.of(Unit.GRAMS, Unit.KILOGRAMS, Unit.POUNDS);
    private static final Map<String, Axis> AXES = Words.index(
            Map.entry("h|ht|height|højde|høyde|höhe|hoogte|hauteur|altezza", Axis.HEIGHT),
            Map.entry("b|br|width|bredde|breite|breedte|largeur|larghezza", Axis.WIDTH),
            Map.entry("w", Axis.WIDTH_OR_WEIGHT),
            Map.entry("d|t|depth|dybde|tiefe|diepte|profondeur|profondità|thickness|tykkelse|dikte", Axis.DEPTH),
            Map.entry("l|length|længde|länge|lengte|longueur|lunghezza", Axis.LENGTH),
            Map.entry("ø|⌀|dia|diam|dm|diameter|durchmesser|diamètre|diametro", Axis.DIAMETER),
            Map.entry("wt|weight|vægt|gewicht|poids|peso", Axis.WEIGHT));

    private static final Pattern STATEMENTS = Pattern.compile("\\s*(?:[;\\n\\r]|\\s\\|\\s|,(?=[\\p{L}\\s]+:))\\s*");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^)]*)\\)|\\[([^]]*)]");
    private static final Pattern HEADING = Pattern.compile("([^\\d:]+):\\s*(.*)");
    private static final Pattern NAME_LIST = Pattern.compile("\\s*[x×]\\s*");
    private static final Pattern CIRCA =
            Pattern.compile("(?<!\\p{L})(?:ca|c|circa|approx|approximately|omkring|etwa|ongeveer|env)\\.?\\s*(?=\\d)");
    private static final Pattern VALUE_SEPARATOR = Pattern.compile("\\s*[x×*]\\s*|\\s+by\\s+|,\\s+");
    private static final String NUMBER = "(?:\\d+[\\s-]+)?\\d+/\\d+|\\d+(?:[.,]\\d+)?";
    private static final Pattern MEASURE = Pattern.compile("(?:([\\p{L}⌀]+)\\.?\\s*:?\\s*)?"
            + "(?:(\\d+)\\s*(?:ft|feet|foot|'|′)\\.?\\s*)?(" + NUMBER + ")\\s*([\\p{L}\"'″′]+\\.?)?");
    private static final Pattern DECIMAL = Pattern.compile(NUMBER);
    private static final Pattern FRACTION = Pattern.compile("(?:(\\d+)[\\s-]+)?(\\d+)/(\\d+)");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\u202f]+");
    private static final Map<String, String> VULGAR_FRACTIONS = Map.of(
            "½", " 1/2", "¼", " 1/4", "¾", " 3/4", "⅛", " 1/8", "⅜", " 3/8", "⅝", " 5/8", "⅞", " 7/8");
    private static final BigDecimal INCHES_PER_FOOT = BigDecimal.valueOf(12);

    private DimensionParser() {}

    /** The dimensions a statement gives; see the class description for what is understood. */
    public static Parsed<List<Dimension>> parse(String text) {
        if (text == null || text.isBlank()) return Parsed.nothing();
        try {
            List<Dimension> kept = new ArrayList<>();
            boolean firstPart = true;
            for (String statement : STATEMENTS.split(normalise(text))) {
                if (statement.isBlank()) continue;
                Statement read = statement(statement);
                boolean samePart = kept.isEmpty() || !read.namesPart
                        && read.dimensions.stream().noneMatch(d -> kept.stream().anyMatch(k -> k.type() == d.type()));
                firstPart &= samePart;
                if (firstPart) kept.addAll(read.dimensions);
            }
            if (kept.isEmpty()) throw new Unreadable("no measurements");
            return Parsed.of(List.copyOf(kept));
        } catch (Unreadable e) {
            return Parsed.failed("dimensions \"" + text.strip() + "\": " + e.getMessage());
        }
    }

    /**
     * One measurement given as separate fields, as in the SMK API ({@code {"type": "højde", "value": "73", "unit":
     * "cm"}}) or a CSV column of metres ({@code measurement("height", "0.457", "m")}).
     *
     * @param type  a dimension name as {@link #parse} knows them ("height", "højde", "H", "diameter", "weight" …)
     * @param value the number as text, with a decimal point or comma or a fraction; pass a JSON number as its text
     *              (Jackson's {@code asText()}), never through float arithmetic
     * @param unit  a unit as {@link #parse} knows them ("cm", "m", "in", "kg" …)
     * @return the dimension, nothing when the value is blank, or a failure naming the field that could not be read
     */
    public static Parsed<Dimension> measurement(String type, String value, String unit) {
        if (value == null || value.isBlank()) return Parsed.nothing();
        try {
            if (type == null || type.isBlank()) throw new Unreadable("no dimension type");
            Axis axis = AXES.get(key(type));
            if (axis == null) throw new Unreadable("unknown dimension \"" + type.strip() + "\"");
            Unit u = unit(unit);
            return Parsed.of(new Dimension(type(axis, u, false, false), number(value.strip()), u));
        } catch (Unreadable e) {
            return Parsed.failed("dimension " + type + " \"" + value.strip() + "\" " + unit + ": " + e.getMessage());
        }
    }

    private static Statement statement(String text) {
        List<Axis> order = null;
        boolean namesPart = false;
        // a bracketed list of names ("73 x 92 cm (H x W)") says which value is which; other brackets are remarks
        Matcher bracket = BRACKETED.matcher(text);
        while (bracket.find()) {
            List<Axis> names = names(bracket.group(1) != null ? bracket.group(1) : bracket.group(2));
            if (names != null && names.size() > 1) order = names;
        }
        String s = bracket.replaceAll(" ").strip();
        Matcher heading = HEADING.matcher(s);
        if (heading.matches()) {
            List<Axis> names = names(heading.group(1));
            if (names == null) namesPart = true;                 // "sight:", "Overall:", "Ramme:"
            else if (names.size() > 1) order = names;           // "H x W:"
            // a single name ("Height: 25.7 cm") stays with its value
            if (names == null || names.size() > 1) s = heading.group(2);
        }
        if (s.isBlank()) return new Statement(List.of(), namesPart);
        List<Measure> measures = new ArrayList<>();
        for (String measure : VALUE_SEPARATOR.split(s)) measures.add(measure(measure));
        if (order != null) measures = named(measures, order);
        return new Statement(dimensions(measures), namesPart);
    }

    /** Names such as "h x w" or "height", or null when one of them is not a dimension name. */
    private static List<Axis> names(String text) {
        List<Axis> axes = Stream.of(NAME_LIST.split(text.strip())).map(name -> AXES.get(key(name))).toList();
        return axes.contains(null) ? null : axes;
    }

    private static List<Measure> named(List<Measure> measures, List<Axis> order) {
        if (measures.size() != order.size())
            throw new Unreadable(order.size() + " dimension names for " + measures.size() + " values");
        if (measures.stream().anyMatch(m -> m.axis != null)) throw new Unreadable("values named twice");
        List<Measure> named = new ArrayList<>();
        for (int i = 0; i < order.size(); i++)
            named.add(new Measure(order.get(i), measures.get(i).value, measures.get(i).unit));
        return named;
    }

    private static Measure measure(String text) {
        Matcher m = MEASURE.matcher(text);
        if (!m.matches()) throw new Unreadable("cannot read \"" + text + "\"");
        Axis axis = null;
        if (m.group(1) != null) {
            axis = AXES.get(key(m.group(1)));
            if (axis == null) throw new Unreadable("unknown dimension \"" + m.group(1) + "\"");
        }
        Unit unit = m.group(4) == null ? null : unit(m.group(4));
        BigDecimal value = number(m.group(3));
        if (m.group(2) != null) {
            if (unit != Unit.INCHES) throw new Unreadable("feet followed by something other than inches");
            value = new BigDecimal(m.group(2)).multiply(INCHES_PER_FOOT).add(value);
        }
        return new Measure(axis, value, unit);
    }

    /** Units carried back to values written without one, then names and the H, W, D order resolved. */
    private static List<Dimension> dimensions(List<Measure> measures) {
        if (measures.get(measures.size() - 1).unit == null) throw new Unreadable("no unit after the last value");
        Unit[] units = new Unit[measures.size()];
        for (int i = measures.size() - 1; i >= 0; i--)
            units[i] = measures.get(i).unit != null ? measures.get(i).unit : units[i + 1];
        boolean height = measures.stream().anyMatch(m -> m.axis == Axis.HEIGHT);
        boolean length = measures.stream().anyMatch(m -> m.axis == Axis.LENGTH);
        Type[] types = new Type[measures.size()];
        Set<Type> taken = EnumSet.noneOf(Type.class);
        for (int i = 0; i < types.length; i++) {
            Axis axis = measures.get(i).axis;
            if (axis == null && !MASS.contains(units[i])) continue;
            types[i] = type(axis, units[i], height, length);
            if (!taken.add(types[i])) throw new Unreadable(types[i].name().toLowerCase(Locale.ROOT) + " given twice");
        }
        Iterator<Type> unnamed =
                Stream.of(Type.HEIGHT, Type.WIDTH, Type.DEPTH).filter(t -> !taken.contains(t)).iterator();
        List<Dimension> dimensions = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            if (types[i] == null) {
                if (!unnamed.hasNext()) throw new Unreadable("more unnamed values than height, width and depth");
                types[i] = unnamed.next();
            }
            dimensions.add(new Dimension(types[i], measures.get(i).value, units[i]));
        }
        return dimensions;
    }

    private static Type type(Axis axis, Unit unit, boolean height, boolean length) {
        if (MASS.contains(unit)) {
            if (axis == null || axis == Axis.WEIGHT || axis == Axis.WIDTH_OR_WEIGHT) return Type.WEIGHT;
            throw new Unreadable(axis.name().toLowerCase(Locale.ROOT) + " in " + unit.symbol);
        }
        return switch (axis) {
            case HEIGHT -> Type.HEIGHT;
            case DEPTH -> Type.DEPTH;
            case DIAMETER -> Type.DIAMETER;
            case WEIGHT -> throw new Unreadable("weight in " + unit.symbol);
            case LENGTH -> height ? Type.WIDTH : Type.HEIGHT;
            case WIDTH, WIDTH_OR_WEIGHT -> height && length ? Type.DEPTH : Type.WIDTH;
        };
    }

    private static Unit unit(String text) {
        if (text == null || text.isBlank()) throw new Unreadable("no unit");
        Unit unit = UNITS.get(key(text));
        if (unit == null) throw new Unreadable("unknown unit \"" + text.strip() + "\"");
        return unit;
    }

    private static BigDecimal number(String text) {
        if (!DECIMAL.matcher(text).matches()) throw new Unreadable("not a number");
        Matcher fraction = FRACTION.matcher(text);
        if (!fraction.matches()) return new BigDecimal(text.replace(',', '.'));
        BigDecimal denominator = new BigDecimal(fraction.group(3));
        if (denominator.signum() == 0) throw new Unreadable("a fraction over zero");
        BigDecimal whole = fraction.group(1) == null ? BigDecimal.ZERO : new BigDecimal(fraction.group(1));
        return whole.add(new BigDecimal(fraction.group(2)).divide(denominator, MathContext.DECIMAL64));
    }

    /** A name or unit as looked up: lower case, without dots ("Diam." is "diam", "in." is "in"). */
    private static String key(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replace(".", "");
    }

    private static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> f : VULGAR_FRACTIONS.entrySet()) s = s.replace(f.getKey(), f.getValue());
        s = SPACES.matcher(s).replaceAll(" ");
        return CIRCA.matcher(s).replaceAll("");
    }

    /** What a name before a value can mean; "w" is the width, or the weight when its unit is a mass. */
    private enum Axis { HEIGHT, WIDTH, DEPTH, DIAMETER, WEIGHT, LENGTH, WIDTH_OR_WEIGHT }

    /** One value as written: its name and unit when it has them. */
    private record Measure(Axis axis, BigDecimal value, Unit unit) {}

    /** The dimensions of one statement, and whether it began by naming a part of the object ("frame:"). */
    private record Statement(List<Dimension> dimensions, boolean namesPart) {}

    /** Why a statement cannot be read; thrown inside the parser only, and turned into a failure message. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }
}
