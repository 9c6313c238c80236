package org.glamlod.mappings.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glamlod.model.Dimension.Type.HEIGHT;
import static org.glamlod.model.Dimension.Type.WIDTH;
import static org.glamlod.model.Dimension.Unit.CENTIMETRES;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.glamlod.model.Dimension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DimensionParserTest {
    private static List<Dimension> read(String text) {
        Parsed<List<Dimension>> parsed = DimensionParser.parse(text);
        assertThat(parsed.failure()).as("failure for %s", text).isEmpty();
        return parsed.value().orElseThrow();
    }

    /** "HEIGHT 73 cm, WIDTH 92 cm": type, exact value and the unit as written. */
    private static String show(List<Dimension> dimensions) {
        return dimensions.stream().map(d -> d.type() + " " + d.value().toPlainString() + " " + d.unit().symbol)
                .collect(Collectors.joining(", "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            # unnamed values are height, width, depth; the unit after the last value applies to all
            73 x 92 cm                          => HEIGHT 73 cm, WIDTH 92 cm
            73 × 92 × 5 cm                      => HEIGHT 73 cm, WIDTH 92 cm, DEPTH 5 cm
            73x92cm                             => HEIGHT 73 cm, WIDTH 92 cm
            73 cm x 92 cm                       => HEIGHT 73 cm, WIDTH 92 cm
            73 * 92 cm                          => HEIGHT 73 cm, WIDTH 92 cm
            10 by 8 in.                         => HEIGHT 10 in, WIDTH 8 in
            73 x 92 centimetres                 => HEIGHT 73 cm, WIDTH 92 cm
            73 x 92 x 5                 cm      => HEIGHT 73 cm, WIDTH 92 cm, DEPTH 5 cm
            10 cm x 4 in                        => HEIGHT 10 cm, WIDTH 4 in
            # single values, kept in their own unit
            2.85 m                              => HEIGHT 2.85 m
            0.457 m                             => HEIGHT 0.457 m
            12 mm                               => HEIGHT 12 mm
            3 feet                              => HEIGHT 3 ft
            3 lb                                => WEIGHT 3 lb
            3 lbs.                              => WEIGHT 3 lb
            500 g                               => WEIGHT 500 g
            1.5 kg                              => WEIGHT 1.5 kg
            # numbers: decimal commas, fractions
            38,5 x 24 cm                        => HEIGHT 38.5 cm, WIDTH 24 cm
            73.50 x 92.0 cm                     => HEIGHT 73.5 cm, WIDTH 92 cm
            10 1/2 x 8 in.                      => HEIGHT 10.5 in, WIDTH 8 in
            10-1/2 x 8 in.                      => HEIGHT 10.5 in, WIDTH 8 in
            10½ x 8¼ in                         => HEIGHT 10.5 in, WIDTH 8.25 in
            14 15/16 in.                        => HEIGHT 14.9375 in
            3/4 in                              => HEIGHT 0.75 in
            5 ft. 3 in.                         => HEIGHT 63 in
            `5' 3"`                             => HEIGHT 63 in
            `10" x 8"`                          => HEIGHT 10 in, WIDTH 8 in
            # names before values, headings and bracketed name lists
            H x W: 10 1/2 x 8 in.               => HEIGHT 10.5 in, WIDTH 8 in
            W x H: 8 x 10 in                    => WIDTH 8 in, HEIGHT 10 in
            H x B x D: 20 x 30 x 4,5 cm         => HEIGHT 20 cm, WIDTH 30 cm, DEPTH 4.5 cm
            73 x 92 cm (W x H)                  => WIDTH 73 cm, HEIGHT 92 cm
            73 x 92 cm (H x W)                  => HEIGHT 73 cm, WIDTH 92 cm
            H 73 x B 92 cm                      => HEIGHT 73 cm, WIDTH 92 cm
            h. 73 cm, b. 92 cm                  => HEIGHT 73 cm, WIDTH 92 cm
            Højde 73 cm, bredde 92 cm           => HEIGHT 73 cm, WIDTH 92 cm
            Höhe 73 cm x Breite 92 cm x Tiefe 5 cm => HEIGHT 73 cm, WIDTH 92 cm, DEPTH 5 cm
            T 5 cm                              => DEPTH 5 cm
            Height: 25.7 cm (10 1/8 in.)        => HEIGHT 25.7 cm
            Height: 25.7 cm x Width: 37.9 cm    => HEIGHT 25.7 cm, WIDTH 37.9 cm
            Diam. 28 cm                         => DIAMETER 28 cm
            Dia. 28 cm                          => DIAMETER 28 cm
            Ø 28 cm                             => DIAMETER 28 cm
            ⌀28cm                               => DIAMETER 28 cm
            Durchmesser 28 cm                   => DIAMETER 28 cm
            Weight: 1.5 kg                      => WEIGHT 1.5 kg
            wt. 3 lb                            => WEIGHT 3 lb
            # a mass unit makes a weight, so the second w here is the weight
            h 379.5cm × w 453.5cm × w 337kg     => HEIGHT 379.5 cm, WIDTH 453.5 cm, WEIGHT 337 kg
            hoogte 379,5 cm × breedte 453,5 cm × gewicht 337 kg => HEIGHT 379.5 cm, WIDTH 453.5 cm, WEIGHT 337 kg
            73 x 92 cm, 5 kg                    => HEIGHT 73 cm, WIDTH 92 cm, WEIGHT 5 kg
            # length: the height when none is given, else the width (and the breadth beside it the depth)
            L38,5xB24 cm                        => HEIGHT 38.5 cm, WIDTH 24 cm
            L 90 cm                             => HEIGHT 90 cm
            L 30 x B 20 x H 10 cm               => WIDTH 30 cm, DEPTH 20 cm, HEIGHT 10 cm
            Length 30 cm x width 20 cm x height 10 cm => WIDTH 30 cm, DEPTH 20 cm, HEIGHT 10 cm
            # several statements: one part until a statement names a part or repeats a dimension
            H 41.2 cm; Diam. 28 cm              => HEIGHT 41.2 cm, DIAMETER 28 cm
            73 x 92 cm; 5 kg                    => HEIGHT 73 cm, WIDTH 92 cm, WEIGHT 5 kg
            73 x 92 cm | 5 kg                   => HEIGHT 73 cm, WIDTH 92 cm, WEIGHT 5 kg
            sight: 20 x 30 cm; frame: 40 x 50 cm => HEIGHT 20 cm, WIDTH 30 cm
            frame: 40 x 50 x 5 cm; sight: 20 x 30 cm => HEIGHT 40 cm, WIDTH 50 cm, DEPTH 5 cm
            Overall: 25.7 x 37.9 cm (10 1/8 x 14 15/16 in.) => HEIGHT 25.7 cm, WIDTH 37.9 cm
            Image: 20 x 30 cm, Sheet: 25 x 35 cm => HEIGHT 20 cm, WIDTH 30 cm
            73 x 92 cm; 80 x 100 cm             => HEIGHT 73 cm, WIDTH 92 cm
            73 x 92 cm; Diam. 3 cm; frame: 80 x 100 cm; 2 kg => HEIGHT 73 cm, WIDTH 92 cm, DIAMETER 3 cm
            Ramme: 80 x 100 cm                  => HEIGHT 80 cm, WIDTH 100 cm
            # approximations and remarks are dropped
            ca. 73 x 92 cm                      => HEIGHT 73 cm, WIDTH 92 cm
            approx. 2 m                         => HEIGHT 2 m
            73 x 92 cm [framed]                 => HEIGHT 73 cm, WIDTH 92 cm
            """)
    void statements(String text, String expected) {
        assertThat(show(read(text))).isEqualTo(expected);
    }

    @Test
    void lineBreaksSeparateStatements() {
        assertThat(show(read("H 41.2 cm\nDiam. 28 cm"))).isEqualTo("HEIGHT 41.2 cm, DIAMETER 28 cm");
        assertThat(show(read("sight: 20 x 30 cm\r\nframe: 40 x 50 cm"))).isEqualTo("HEIGHT 20 cm, WIDTH 30 cm");
    }

    @Test
    void valuesAreExactDecimalsAsWritten() {
        List<Dimension> dimensions = read("L38,5xB24 cm");
        assertThat(dimensions.get(0).value()).isEqualTo(new BigDecimal("38.5"));
        assertThat(dimensions.get(1).value()).isEqualTo(new BigDecimal("24"));
        assertThat(read("0.1 x 0.2 m").get(0).value()).isEqualTo(new BigDecimal("0.1"));
        assertThat(read("10 1/8 in.").get(0).value()).isEqualTo(new BigDecimal("10.125"));
        assertThat(read("1/64 in.").get(0).value()).isEqualTo(new BigDecimal("0.015625"));
        // no exact decimal: kept to 16 significant digits rather than failing
        assertThat(read("1/3 in.").get(0).value()).isEqualTo(new BigDecimal("0.3333333333333333"));
        assertThat(read("73 x 92 cm")).containsExactly(new Dimension(HEIGHT, new BigDecimal("73"), CENTIMETRES),
                new Dimension(WIDTH, new BigDecimal("92"), CENTIMETRES));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\n"})
    void blankIsNothing(String text) {
        assertThat(DimensionParser.parse(text)).isEqualTo(Parsed.nothing());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            73 x 92                   => no unit after the last value
            73 cm x 92                => no unit after the last value
            foo                       => cannot read "foo"
            3 lb 4 oz                 => cannot read "3 lb 4 oz"
            73 x 92 furlongs          => unknown unit "furlongs"
            Q 73 cm                   => unknown dimension "q"
            h 5 kg                    => height in kg
            Diam. 2 lb                => diameter in lb
            weight 5 cm               => weight in cm
            10 x 10 x 10 x 10 cm      => more unnamed values than height, width and depth
            h 10 cm x h 20 cm         => height given twice
            H x W: 10 x 8 x 2 in      => 2 dimension names for 3 values
            H x W: 10 x W 8 in        => values named twice
            5 ft 3 cm                 => feet followed by something other than inches
            1/0 in                    => a fraction over zero
            frame: 40 x 50 cm; bar    => cannot read "bar"
            (framed)                  => no measurements
            -5 cm                     => cannot read "-5 cm"
            """)
    void unreadableStatementsAreFailuresQuotingThem(String text, String reason) {
        Parsed<List<Dimension>> parsed = DimensionParser.parse(text);
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.failure()).contains("dimensions \"" + text + "\": " + reason);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            height      => 0.457  => m           => HEIGHT 0.457 m
            HEIGHT      => 73     => CENTIMETRES => HEIGHT 73 cm
            højde       => 38,5   => cm          => HEIGHT 38.5 cm
            H           => 73     => cm.         => HEIGHT 73 cm
            bredde      => 92     => cm          => WIDTH 92 cm
            width       => 10 1/2 => inches      => WIDTH 10.5 in
            dybde       => 5      => cm          => DEPTH 5 cm
            depth       => 5      => mm          => DEPTH 5 mm
            diameter    => 28     => cm          => DIAMETER 28 cm
            Diam.       => 28     => cm          => DIAMETER 28 cm
            weight      => 337    => kg          => WEIGHT 337 kg
            vægt        => 2      => kg          => WEIGHT 2 kg
            w           => 337    => kg          => WEIGHT 337 kg
            w           => 30     => cm          => WIDTH 30 cm
            længde      => 90     => cm          => HEIGHT 90 cm
            height      => ` 12 ` => ft          => HEIGHT 12 ft
            """)
    void separateFields(String type, String value, String unit, String expected) {
        Parsed<Dimension> parsed = DimensionParser.measurement(type, value, unit);
        assertThat(parsed.failure()).isEmpty();
        assertThat(show(List.of(parsed.value().orElseThrow()))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', nullValues = "null", textBlock = """
            colour => 1     => cm   => dimension colour "1" cm: unknown dimension "colour"
            null   => 1     => cm   => dimension null "1" cm: no dimension type
            height => abc   => cm   => dimension height "abc" cm: not a number
            height => -5    => cm   => dimension height "-5" cm: not a number
            height => 5 cm  => cm   => dimension height "5 cm" cm: not a number
            height => 1     => oz   => dimension height "1" oz: unknown unit "oz"
            height => 1     => null => dimension height "1" null: no unit
            weight => 5     => cm   => dimension weight "5" cm: weight in cm
            height => 5     => kg   => dimension height "5" kg: height in kg
            """)
    void unreadableFieldsAreFailuresNamingThem(String type, String value, String unit, String message) {
        Parsed<Dimension> parsed = DimensionParser.measurement(type, value, unit);
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.failure()).contains(message);
    }

    @Test
    void aBlankFieldValueIsNothing() {
        assertThat(DimensionParser.measurement("height", null, "cm")).isEqualTo(Parsed.nothing());
        assertThat(DimensionParser.measurement("height", " ", "cm")).isEqualTo(Parsed.nothing());
    }
}
