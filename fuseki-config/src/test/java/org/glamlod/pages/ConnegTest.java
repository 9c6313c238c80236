package org.glamlod.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConnegTest {
    private static final List<Format> ALL = List.of(Format.values());

    private static Format choose(String accept) {
        return Conneg.choose(accept, ALL).orElse(null);
    }

    @Test
    void withoutAPreferenceThePageWins() {
        assertThat(choose(null)).isEqualTo(Format.HTML);
        assertThat(choose("")).isEqualTo(Format.HTML);
        assertThat(choose("*/*")).isEqualTo(Format.HTML);
        assertThat(choose("*")).as("old clients' bare *").isEqualTo(Format.HTML);
    }

    @Test
    void theMostSpecificRangeSetsAFormatsQuality() {
        assertThat(choose("text/*;q=0.9, text/html;q=0.1")).isEqualTo(Format.TURTLE);
        assertThat(choose("*/*;q=0.2, application/rdf+xml;q=0.3")).isEqualTo(Format.RDFXML);
        assertThat(choose("application/*, application/ld+json;q=0.5")).as("n-triples by application/*, q=1").isEqualTo(Format.NTRIPLES);
    }

    @Test
    void zeroRefuses() {
        assertThat(choose("text/turtle;q=0")).isNull();
        assertThat(choose("*/*;q=0")).isNull();
        assertThat(choose("text/html;q=0, application/xhtml+xml;q=0, */*")).isEqualTo(Format.JSONLD);
    }

    @Test
    void aliasesCountOnlyWhenNamed() {
        assertThat(choose("application/json")).isEqualTo(Format.JSONLD);
        assertThat(choose("application/xhtml+xml")).isEqualTo(Format.HTML);
        assertThat(choose("application/x-turtle")).isEqualTo(Format.TURTLE);
        assertThat(choose("text/html;q=0, */*")).as("*/* does not bring the page back through xhtml").isEqualTo(Format.JSONLD);
    }

    @Test
    void parametersAndQuotedStringsDoNotConfuseTheParser() {
        assertThat(choose("application/ld+json;profile=\"https://linked.art/ns/v1/linked-art.json\";q=0.9, text/turtle;q=0.8"))
                .isEqualTo(Format.JSONLD);
        assertThat(choose("application/ld+json;profile=\"a,b;q=0\", text/turtle;q=0.5")).isEqualTo(Format.JSONLD);
        assertThat(choose("TEXT/Turtle ; Q=0.7 , text/html;q=0.6")).isEqualTo(Format.TURTLE);
    }

    @Test
    void malformedMembersAreIgnored() {
        assertThat(choose("garbage, text/turtle")).isEqualTo(Format.TURTLE);
        assertThat(choose("text/turtle;q=2, application/n-triples;q=0.1")).as("q out of range").isEqualTo(Format.NTRIPLES);
        assertThat(choose("text/turtle;q=abc")).isNull();
        assertThat(choose("*/turtle")).isNull();
    }

    @Test
    void onlyWhatIsOfferedIsChosen() {
        assertThat(Conneg.choose("text/turtle", List.of(Format.HTML))).isEmpty();
        assertThat(Conneg.choose("text/turtle, */*;q=0.1", List.of(Format.HTML))).contains(Format.HTML);
    }
}
