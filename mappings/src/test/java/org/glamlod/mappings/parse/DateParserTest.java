package org.glamlod.mappings.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.glamlod.model.TimeSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    private static TimeSpan read(String text) {
        Parsed<TimeSpan> parsed = DateParser.parse(text);
        assertThat(parsed.failure()).as("failure for %s", text).isEmpty();
        return parsed.value().orElseThrow();
    }

    private static Instant instant(String iso) {
        return iso == null ? null : Instant.parse(iso);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', nullValues = "open", textBlock = """
            1838                        => 1838-01-01T00:00:00Z  => 1838-12-31T23:59:59Z
            18381000                    => 1838-10-01T00:00:00Z  => 1838-10-31T23:59:59Z
            18380000                    => 1838-01-01T00:00:00Z  => 1838-12-31T23:59:59Z
            18381012                    => 1838-10-12T00:00:00Z  => 1838-10-12T23:59:59Z
            1901-05-00                  => 1901-05-01T00:00:00Z  => 1901-05-31T23:59:59Z
            1901-00-00                  => 1901-01-01T00:00:00Z  => 1901-12-31T23:59:59Z
            1901-05-12                  => 1901-05-12T00:00:00Z  => 1901-05-12T23:59:59Z
            1838-10                     => 1838-10-01T00:00:00Z  => 1838-10-31T23:59:59Z
            1898-02                     => 1898-02-01T00:00:00Z  => 1898-02-28T23:59:59Z
            1900-02                     => 1900-02-01T00:00:00Z  => 1900-02-28T23:59:59Z
            2000-02                     => 2000-02-01T00:00:00Z  => 2000-02-29T23:59:59Z
            12.5.1901                   => 1901-05-12T00:00:00Z  => 1901-05-12T23:59:59Z
            12 May 1901                 => 1901-05-12T00:00:00Z  => 1901-05-12T23:59:59Z
            12th May 1901               => 1901-05-12T00:00:00Z  => 1901-05-12T23:59:59Z
            May 12, 1901                => 1901-05-12T00:00:00Z  => 1901-05-12T23:59:59Z
            1901 May 12                 => 1901-05-12T00:00:00Z  => 1901-05-12T23:59:59Z
            12. maj 1901                => 1901-05-12T00:00:00Z  => 1901-05-12T23:59:59Z
            1. Oktober 1838             => 1838-10-01T00:00:00Z  => 1838-10-01T23:59:59Z
            1 janvier 1838              => 1838-01-01T00:00:00Z  => 1838-01-01T23:59:59Z
            Sept. 1838                  => 1838-09-01T00:00:00Z  => 1838-09-30T23:59:59Z
            oktober 1838                => 1838-10-01T00:00:00Z  => 1838-10-31T23:59:59Z
            1901 Feb                    => 1901-02-01T00:00:00Z  => 1901-02-28T23:59:59Z
            1901-05-12T10:15:30Z        => 1901-05-12T10:15:30Z  => 1901-05-12T10:15:30Z
            1901-05-12T10:15:30.987Z    => 1901-05-12T10:15:30Z  => 1901-05-12T10:15:30Z
            1901-05-12T10:15:30+02:00   => 1901-05-12T08:15:30Z  => 1901-05-12T08:15:30Z
            1901-05-12 10:15            => 1901-05-12T10:15:00Z  => 1901-05-12T10:15:00Z
            1838-01-01T00:00:00.000Z    => 1838-01-01T00:00:00Z  => 1838-01-01T23:59:59Z
            1901-05-12/1901-06          => 1901-05-12T00:00:00Z  => 1901-06-30T23:59:59Z
            1838-10/1840                => 1838-10-01T00:00:00Z  => 1840-12-31T23:59:59Z
            500 BCE                     => -0499-01-01T00:00:00Z => -0499-12-31T23:59:59Z
            500 B.C.                    => -0499-01-01T00:00:00Z => -0499-12-31T23:59:59Z
            -0499                       => -0499-01-01T00:00:00Z => -0499-12-31T23:59:59Z
            -0499-03-01                 => -0499-03-01T00:00:00Z => -0499-03-01T23:59:59Z
            -0499/-0479                 => -0499-01-01T00:00:00Z => -0479-12-31T23:59:59Z
            15 March 44 BC              => -0043-03-15T00:00:00Z => -0043-03-15T23:59:59Z
            ca. 500-480 BCE             => -0504-01-01T00:00:00Z => -0474-12-31T23:59:59Z
            3rd century BC              => -0299-01-01T00:00:00Z => -0200-12-31T23:59:59Z
            1st century BCE             => -0099-01-01T00:00:00Z => 0000-12-31T23:59:59Z
            1st century AD              => 0001-01-01T00:00:00Z  => 0099-12-31T23:59:59Z
            100 BC - AD 50              => -0099-01-01T00:00:00Z => 0050-12-31T23:59:59Z
            before 1700                 => open                  => 1700-12-31T23:59:59Z
            after 1800                  => 1800-01-01T00:00:00Z  => open
            """)
    void boundsAreInclusiveUtcInstants(String text, String begin, String end) {
        TimeSpan span = read(text);
        assertThat(span.begin()).isEqualTo(instant(begin));
        assertThat(span.end()).isEqualTo(instant(end));
        assertThat(span.display()).isEqualTo(text);
    }

    /** Whole years, so each row reads as the rule it pins down; the bounds are those of {@link TimeSpan#years}. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            # ranges and the two-digit end rule
            1650-60                           => 1650 => 1660
            1650-1660                         => 1650 => 1660
            1650–1660                         => 1650 => 1660
            1650—1660                         => 1650 => 1660
            1650/1660                         => 1650 => 1660
            1650 - 1660                       => 1650 => 1660
            1650–60                           => 1650 => 1660
            1650-5                            => 1650 => 1655
            1898 - 02                         => 1898 => 1902
            1898–02                           => 1898 => 1902
            1898/02                           => 1898 => 1902
            1898-00                           => 1898 => 1900
            1650 til 1660                     => 1650 => 1660
            1650 to 1660                      => 1650 => 1660
            1650 bis 1660                     => 1650 => 1660
            1650 tot 1660                     => 1650 => 1660
            between 1650 and 1660             => 1650 => 1660
            mellem 1650 og 1660               => 1650 => 1660
            zwischen 1650 und 1660            => 1650 => 1660
            entre 1650 et 1660                => 1650 => 1660
            # circa: 5 years each side, 25 for a whole century; on the first end it widens both bounds
            ca. 1800                          => 1795 => 1805
            c. 1800                           => 1795 => 1805
            c1800                             => 1795 => 1805
            circa 1800                        => 1795 => 1805
            approx. 1800                      => 1795 => 1805
            about 1800                        => 1795 => 1805
            omkring 1800                      => 1795 => 1805
            um 1800                           => 1795 => 1805
            rond 1800                         => 1795 => 1805
            vers 1800                         => 1795 => 1805
            1800?                             => 1795 => 1805
            1800 (?)                          => 1795 => 1805
            c. 1900-1910                      => 1895 => 1915
            ca. 1650-60                       => 1645 => 1665
            ca. 1650 - ca. 1660               => 1645 => 1665
            1650 - ca. 1660                   => 1650 => 1665
            ca. 1830s                         => 1825 => 1844
            ca. 17th century                  => 1575 => 1724
            ca. second half of the 16th century => 1545 => 1604
            # decades
            1830s                             => 1830 => 1839
            the 1830s                         => 1830 => 1839
            1830's                            => 1830 => 1839
            1830'erne                         => 1830 => 1839
            1830’erne                         => 1830 => 1839
            1830er                            => 1830 => 1839
            1830er Jahre                      => 1830 => 1839
            1830s-1840s                       => 1830 => 1849
            early 1830s                       => 1830 => 1832
            mid-1830s                         => 1833 => 1835
            late 1830s                        => 1836 => 1839
            # centuries: 1600-1699 is the 17th
            17th century                      => 1600 => 1699
            17th-century                      => 1600 => 1699
            the 17th century                  => 1600 => 1699
            17th c.                           => 1600 => 1699
            17th cent.                        => 1600 => 1699
            1600s                             => 1600 => 1699
            1600-tallet                       => 1600 => 1699
            17. århundrede                    => 1600 => 1699
            17. Jahrhundert                   => 1600 => 1699
            17. Jh.                           => 1600 => 1699
            17e eeuw                          => 1600 => 1699
            17de eeuw                         => 1600 => 1699
            XVIIe siècle                      => 1600 => 1699
            XIX century                       => 1800 => 1899
            XIV century                       => 1300 => 1399
            XVIIe s.                          => 1600 => 1699
            XXIe siècle                       => 2000 => 2099
            19th century                      => 1800 => 1899
            17th-18th century                 => 1600 => 1799
            17th–18th c.                      => 1600 => 1799
            1600-tallet - 1700-tallet         => 1600 => 1799
            # parts of centuries: thirds, halves, quarters
            early 17th century                => 1600 => 1632
            mid-17th century                  => 1633 => 1665
            mid 17th century                  => 1633 => 1665
            middle of the 17th century        => 1633 => 1665
            late 17th century                 => 1666 => 1699
            end of the 17th century           => 1666 => 1699
            beginning of the 17th century     => 1600 => 1632
            first half of the 19th century    => 1800 => 1849
            second half of the 16th century   => 1550 => 1599
            16th century, second half         => 1550 => 1599
            2nd half 16th century             => 1550 => 1599
            first quarter of the 20th century => 1900 => 1924
            third quarter of the 18th century => 1750 => 1774
            last quarter of the 18th century  => 1775 => 1799
            begyndelsen af 1600-tallet        => 1600 => 1632
            midten af 1600-tallet             => 1633 => 1665
            slutningen af 1600-tallet         => 1666 => 1699
            første halvdel af 1800-tallet     => 1800 => 1849
            anden halvdel af 1800-tallet      => 1850 => 1899
            1800-tallets anden halvdel        => 1850 => 1899
            Anfang des 17. Jahrhunderts       => 1600 => 1632
            Ende des 17. Jahrhunderts         => 1666 => 1699
            2. Hälfte des 16. Jh.             => 1550 => 1599
            begin 17de eeuw                   => 1600 => 1632
            eind 17de eeuw                    => 1666 => 1699
            tweede helft van de 16de eeuw     => 1550 => 1599
            début du XVIIe siècle             => 1600 => 1632
            fin du XVIIe siècle               => 1666 => 1699
            early 17th - late 18th century    => 1600 => 1799
            # eras: BCE is astronomical (500 BCE = -499); an era on one end applies to both
            500 BC                            => -499 => -499
            500 B.C.E.                        => -499 => -499
            500 v. Chr.                       => -499 => -499
            500 v.Chr.                        => -499 => -499
            500 f.Kr.                         => -499 => -499
            500 fvt                           => -499 => -499
            500 av. J.-C.                     => -499 => -499
            500-480 BCE                       => -499 => -479
            480-70 BC                         => -479 => -469
            401-99 BC                         => -400 => -398
            100-50 BC                         => -99  => -49
            480s BC                           => -488 => -479
            early 3rd century BC              => -299 => -267
            3. Jh. v. Chr.                    => -299 => -200
            AD 79                             => 79   => 79
            A.D. 79                           => 79   => 79
            79 AD                             => 79   => 79
            79 CE                             => 79   => 79
            50-60 AD                          => 50   => 60
            anno 1650                         => 1650 => 1650
            500 BCE-100 CE                    => -499 => 100
            500 BCE - 100                     => -499 => -99
            1st century BC - 1st century AD   => -99  => 99
            1838 e.Kr.                        => 1838 => 1838
            1838 n. Chr.                      => 1838 => 1838
            # cataloguers' brackets are dropped
            [1838]                            => 1838 => 1838
            """)
    void yearBounds(String text, int first, int last) {
        TimeSpan span = read(text);
        TimeSpan years = TimeSpan.years(first, last, text);
        assertThat(span.begin()).isEqualTo(years.begin());
        assertThat(span.end()).isEqualTo(years.end());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', nullValues = "open", textBlock = """
            before 1700         => open                 => 1700-12-31T23:59:59Z
            før 1700            => open                 => 1700-12-31T23:59:59Z
            vor 1700            => open                 => 1700-12-31T23:59:59Z
            voor 1700           => open                 => 1700-12-31T23:59:59Z
            avant 1700          => open                 => 1700-12-31T23:59:59Z
            ante 1700           => open                 => 1700-12-31T23:59:59Z
            not after 1700      => open                 => 1700-12-31T23:59:59Z
            before ca. 1700     => open                 => 1705-12-31T23:59:59Z
            før 1700-tallet     => open                 => 1799-12-31T23:59:59Z
            before 500 BC       => open                 => -0499-12-31T23:59:59Z
            after 1800          => 1800-01-01T00:00:00Z => open
            efter 1800          => 1800-01-01T00:00:00Z => open
            nach 1800           => 1800-01-01T00:00:00Z => open
            na 1800             => 1800-01-01T00:00:00Z => open
            après 1800          => 1800-01-01T00:00:00Z => open
            post 1800           => 1800-01-01T00:00:00Z => open
            after May 1800      => 1800-05-01T00:00:00Z => open
            efter ca. 1800      => 1795-01-01T00:00:00Z => open
            """)
    void openEndedDatesHaveOneBoundIncludingTheNamedDate(String text, String begin, String end) {
        TimeSpan span = read(text);
        assertThat(span.begin()).isEqualTo(instant(begin));
        assertThat(span.end()).isEqualTo(instant(end));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Udateret", "udateret", "undated", "UNDATED", "n.d.", "n. d.", "nd", "no date", "unknown",
            "Unknown", "date unknown", "o.J.", "o. J.", "undatiert", "ohne Jahr", "ongedateerd", "z.j.", "s.d.",
            "sans date", "u.å.", "?", "[n.d.]"})
    void undatedKeepsItsWordingWithoutBounds(String text) {
        assertThat(read(text)).isEqualTo(new TimeSpan(null, null, text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "\n"})
    void blankIsNothing(String text) {
        assertThat(DateParser.parse(text)).isEqualTo(Parsed.nothing());
    }

    @Test
    void displayIsTheSourceTextTrimmed() {
        assertThat(read("  ca. 1650-60 \n").display()).isEqualTo("ca. 1650-60");
        assertThat(read("17th Century").display()).isEqualTo("17th Century");
        assertThat(read("1650–1660").display()).isEqualTo("1650–1660");
        assertThat(read("18381000").display()).isEqualTo("18381000");
        assertThat(read("[1838]").display()).isEqualTo("[1838]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            spring, probably => not a date: "spring, probably"
            17               => not a date: "17"
            ca.              => not a date: "ca."
            before           => not a date: "before"
            early 1838       => not a date: "early 1838"
            0th century      => not a date: "0th century"
            1650-1660-1670   => not a date: "1650-1660-1670"
            CC0              => not a date: "CC0"
            CC               => not a date: "CC"
            -1838            => not a date: "-1838"
            vs               => not a date: "vs"
            17s              => not a date: "17s"
            17c              => not a date: "17c"
            1660-1650        => not a valid date: "1660-1650" (the range ends before it begins)
            50-100 BC        => not a valid date: "50-100 BC" (the range ends before it begins)
            1901-00-12       => not a valid date: "1901-00-12" (a day without a month)
            """)
    void unreadableTextIsAFailureQuotingIt(String text, String message) {
        Parsed<TimeSpan> parsed = DateParser.parse(text);
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.failure()).contains(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1901-02-30", "1901-13-01", "18381332", "1900-02-29", "31.4.1901", "1901-05-12T25:00:00Z"})
    void impossibleCalendarDatesAreFailures(String text) {
        assertThat(DateParser.parse(text).value()).isEmpty();
        assertThat(DateParser.parse(text).failure()).hasValueSatisfying(
                m -> assertThat(m).startsWith("not a valid date: \"" + text + "\" ("));
    }

    @Test
    void boundsComeFromEarliestAndLatestWithTheDisplayKept() {
        assertThat(DateParser.parseBounds("1650", "1660", "ca. 1650-60").value()).contains(TimeSpan.years(1650, 1660, "ca. 1650-60"));
        // SMK's production_date: start and end timestamps, period as display
        assertThat(DateParser.parseBounds("1838-01-01T00:00:00.000Z", "1840-12-31T23:59:59.000Z", "1838-1840").value())
                .contains(TimeSpan.years(1838, 1840, "1838-1840"));
        // the display text is not parsed when there are bounds
        assertThat(DateParser.parseBounds("1650", "1660", "probably Delft, 1650s").value())
                .contains(TimeSpan.years(1650, 1660, "probably Delft, 1650s"));
        assertThat(DateParser.parseBounds("1650", null, null).value())
                .contains(new TimeSpan(instant("1650-01-01T00:00:00Z"), null, null));
        assertThat(DateParser.parseBounds(" ", "1660", " ").value())
                .contains(new TimeSpan(null, instant("1660-12-31T23:59:59Z"), null));
        assertThat(DateParser.parseBounds("500 BC", "480 BC", null).value())
                .contains(new TimeSpan(instant("-0499-01-01T00:00:00Z"), instant("-0479-12-31T23:59:59Z"), null));
    }

    @Test
    void withoutBoundsTheDisplayDateIsParsed() {
        assertThat(DateParser.parseBounds(null, "", "ca. 1650-60")).isEqualTo(DateParser.parse("ca. 1650-60"));
        assertThat(DateParser.parseBounds(null, null, null)).isEqualTo(Parsed.nothing());
        assertThat(DateParser.parseBounds(null, null, "Udateret").value()).contains(new TimeSpan(null, null, "Udateret"));
    }

    @Test
    void undatedBoundsKeepTheirWording() {
        assertThat(DateParser.parseBounds("unknown", "unknown", null).value()).contains(new TimeSpan(null, null, "unknown"));
        assertThat(DateParser.parseBounds("unknown", "1660", null).value())
                .contains(new TimeSpan(null, instant("1660-12-31T23:59:59Z"), null));
    }

    @Test
    void badBoundsAreFailuresQuotingThem() {
        assertThat(DateParser.parseBounds("1660", "1650", "1650-60").failure())
                .contains("not a valid date range: \"1660\" to \"1650\" (the range ends before it begins)");
        assertThat(DateParser.parseBounds("soon", "1650", null).failure()).contains("not a date: \"soon\"");
        assertThat(DateParser.parseBounds("1650", "later", null).failure()).contains("not a date: \"later\"");
        assertThat(DateParser.parseBounds("1650", "later", null).value()).isEmpty();
    }
}
