package org.glamlod.model;

import java.math.BigDecimal;
import java.util.Objects;
import org.glamlod.model.vocab.AAT;

/** One measured dimension; the free-text statement of all dimensions is a {@link Statement}. */
public record Dimension(Type type, BigDecimal value, Unit unit) {
    public enum Type {
        HEIGHT(AAT.HEIGHT, "height"), WIDTH(AAT.WIDTH, "width"), DEPTH(AAT.DEPTH, "depth"),
        DIAMETER(AAT.DIAMETER, "diameter"), WEIGHT(AAT.WEIGHT, "weight");

        public final Concept concept;

        Type(String uri, String label) {
            this.concept = Concept.of(uri, label);
        }
    }

    public enum Unit {
        MILLIMETRES(AAT.MILLIMETRES, "millimetres", "mm"), CENTIMETRES(AAT.CENTIMETRES, "centimetres", "cm"),
        METRES(AAT.METRES, "metres", "m"), INCHES(AAT.INCHES, "inches", "in"), FEET(AAT.FEET, "feet", "ft"),
        GRAMS(AAT.GRAMS, "grams", "g"), KILOGRAMS(AAT.KILOGRAMS, "kilograms", "kg"), POUNDS(AAT.POUNDS, "pounds", "lb");

        public final Concept concept;
        public final String symbol;

        Unit(String uri, String label, String symbol) {
            this.concept = Concept.of(uri, label);
            this.symbol = symbol;
        }
    }

    public Dimension {
        Objects.requireNonNull(type, "dimension type");
        Objects.requireNonNull(unit, "dimension unit");
        Objects.requireNonNull(value, "dimension value");
        if (value.signum() < 0) throw new IllegalArgumentException("dimension value must not be negative: " + value);
        // one value, one form: 73.50 and 73.5 are the same measurement
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (value.scale() < 0) value = value.setScale(0);
    }

    public static Dimension of(Type type, String value, Unit unit) {
        return new Dimension(type, new BigDecimal(value), unit);
    }
}
