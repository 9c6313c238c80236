package org.glamlod.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.glamlod.model.Agent;
import org.glamlod.model.Concept;
import org.glamlod.model.Dimension;
import org.glamlod.model.TimeSpan;
import org.glamlod.model.vocab.AAT;
import org.junit.jupiter.api.Test;

/** How values read on pages: dates (BCE too), rights, links elsewhere, labels, dimensions. */
class DisplayTest {
    @Test
    void datesPreferTheMuseumsWordsAndOtherwiseGiveTheYears() {
        assertThat(Display.date(TimeSpan.years(1650, 1660, "ca. 1650-60"))).isEqualTo("ca. 1650-60");
        assertThat(Display.date(TimeSpan.years(1642, 1642, null))).isEqualTo("1642");
        assertThat(Display.date(TimeSpan.years(1657, 1661, null))).isEqualTo("1657–1661");
        // ISO years count a year 0: -0509 is 510 BCE
        assertThat(Display.date(new TimeSpan(Instant.parse("-0509-01-01T00:00:00Z"), Instant.parse("-0489-12-31T23:59:59Z"), null)))
                .isEqualTo("510–490 BCE");
        assertThat(Display.date(new TimeSpan(Instant.parse("-0009-01-01T00:00:00Z"), Instant.parse("0020-12-31T23:59:59Z"), null)))
                .isEqualTo("10 BCE–20 CE");
        assertThat(Display.date(new TimeSpan(null, Instant.parse("1700-12-31T23:59:59Z"), null))).isEqualTo("before 1700");
        assertThat(Display.years(new TimeSpan(null, null, "Udateret"))).isNull();
    }

    @Test
    void lifeDates() {
        assertThat(Display.lifeDates(Agent.person("a").name("A").born(TimeSpan.years(1606, 1606, null))
                .died(TimeSpan.years(1669, 1669, null)).build())).isEqualTo("1606–1669");
        assertThat(Display.lifeDates(Agent.person("b").name("B").born(TimeSpan.years(1951, 1951, "1951")).build())).isEqualTo("born 1951");
        assertThat(Display.agentFacts(Agent.group("c").name("C").build())).isNull();
    }

    @Test
    void rightsInPlainWords() {
        assertThat(Rights.of("http://creativecommons.org/publicdomain/mark/1.0/")).extracting(Rights::label, Rights::open)
                .containsExactly("Public domain", true);
        assertThat(Rights.of("https://creativecommons.org/publicdomain/zero/1.0/").label()).isEqualTo("CC0");
        assertThat(Rights.of("http://creativecommons.org/licenses/by-sa/4.0/")).extracting(Rights::label, Rights::open)
                .containsExactly("CC BY-SA 4.0", true);
        assertThat(Rights.of("http://creativecommons.org/licenses/by-nc/4.0/")).extracting(Rights::label, Rights::open)
                .containsExactly("CC BY-NC 4.0", false);
        assertThat(Rights.of("http://rightsstatements.org/vocab/InC/1.0/")).extracting(Rights::label, Rights::kind)
                .containsExactly("In Copyright", "restricted");
        assertThat(Rights.of("http://rightsstatements.org/vocab/NoC-US/1.0/").label()).isEqualTo("No Copyright - United States");
        assertThat(Rights.of(null)).extracting(Rights::label, Rights::kind).containsExactly("Rights unknown", "unknown");
        assertThat(Rights.of("https://museum.example/terms").open()).isFalse();
    }

    @Test
    void equivalentsBecomeLinksPeopleCanFollow() {
        assertThat(ExternalLink.of("http://www.wikidata.org/entity/Q219831"))
                .isEqualTo(new ExternalLink("https://www.wikidata.org/wiki/Q219831", "Wikidata", "Q219831", 0));
        assertThat(ExternalLink.of("http://data.europeana.eu/item/90402/SK_C_5").href())
                .isEqualTo("https://www.europeana.eu/item/90402/SK_C_5");
        assertThat(ExternalLink.of("https://commons.wikimedia.org/wiki/File:The_Night_Watch.jpg").text())
                .isEqualTo("Wikimedia Commons File:The Night Watch.jpg");
        assertThat(ExternalLink.of("http://vocab.getty.edu/ulan/500011051").text()).isEqualTo("ULAN 500011051");
        assertThat(ExternalLink.of("https://www.rkd.nl/explore/artists/66219").text()).isEqualTo("rkd.nl");
        assertThat(ExternalLink.of(List.of("http://vocab.getty.edu/ulan/1", "http://www.wikidata.org/entity/Q1")))
                .extracting(ExternalLink::source).containsExactly("Wikidata", "ULAN");
    }

    @Test
    void aatQualifiersAreDroppedFromLabels() {
        assertThat(Display.label(Concept.of(AAT.NS + "300033618", "paintings (visual works)"))).isEqualTo("paintings");
        assertThat(Display.label(Concept.of("https://example.org/concept/x", "Dutch (school)"))).as("only AAT's convention")
                .isEqualTo("Dutch (school)");
        assertThat(Display.label(Concept.of("http://vocab.getty.edu/aat/300015050", null))).isEqualTo("300015050");
    }

    @Test
    void dimensionsReadAsHeightByWidth() {
        assertThat(Display.dimensions(List.of(Dimension.of(Dimension.Type.HEIGHT, "379.5", Dimension.Unit.CENTIMETRES),
                Dimension.of(Dimension.Type.WIDTH, "453.5", Dimension.Unit.CENTIMETRES),
                Dimension.of(Dimension.Type.WEIGHT, "337", Dimension.Unit.KILOGRAMS)))).isEqualTo("379.5 × 453.5 cm; 337 kg");
        assertThat(Display.dimensions(List.of(Dimension.of(Dimension.Type.HEIGHT, "2.85", Dimension.Unit.METRES),
                Dimension.of(Dimension.Type.DEPTH, "0.5", Dimension.Unit.CENTIMETRES)))).isEqualTo("h 2.85 m; d 0.5 cm");
    }
}
