package org.glamlod.model.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.glamlod.model.Dimension;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.jsonld.Samples.Sample;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.model.vocab.AAT;
import org.glamlod.model.vocab.CRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LinkedArtJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Sample RICH = Sample.of(SampleCollection.rich());

    static List<Sample> samples() {
        return Samples.all().toList();
    }

    /** The same triples in any order give the same bytes: no dependence on the graph's iteration order. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sameGraphGivesTheSameBytes(Sample sample) {
        List<Triple> triples = new ArrayList<>(sample.graph().find().toList());
        Collections.shuffle(triples, new Random(42));
        Graph shuffled = GraphFactory.createDefaultGraph();
        triples.forEach(shuffled::add);

        String json = sample.json();
        assertThat(json).isEqualTo(sample.json()).isEqualTo(LinkedArtJson.toJsonString(shuffled, sample.node()));
        assertThat(json).doesNotContain("\r");
    }

    @Test
    void topLevelKeysComeFirstAndInContextOrder() {
        List<String> keys = new ArrayList<>();
        LinkedArtJson.toJson(RICH.graph(), RICH.node()).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).startsWith("@context", "id", "type", "_label", "identified_by", "classified_as")
                .endsWith("equivalent", "member_of");
        assertThat(LinkedArtJson.toJson(RICH.graph(), RICH.node()).get("@context").asText())
                .isEqualTo("https://linked.art/ns/v1/linked-art.json");
    }

    @Test
    void numberedNodesKeepTheirNumericOrder() {
        Sample sample = Sample.of(Samples.numbered());
        List<String> titles = new ArrayList<>();
        LinkedArtJson.toJson(sample.graph(), sample.node()).get("identified_by").forEach(n -> titles.add(n.get("content").asText()));
        assertThat(titles).isEqualTo(IntStream.rangeClosed(1, Samples.TITLES).mapToObj(i -> "Title " + i).toList());
    }

    @Test
    void valuesKeepTheirExactDigits() throws Exception {
        String digits = "12345678901234567890.123456789";   // more than a double holds
        HumanMadeObject o = HumanMadeObject.builder("exact")
                .dimension(Dimension.of(Dimension.Type.WEIGHT, digits, Dimension.Unit.GRAMS)).build();
        Sample sample = Sample.of(o);
        String json = sample.json();
        assertThat(json).contains("\"value\": " + digits + ",");
        assertThat(JSON.readTree(json).at("/dimension/0/value").isNumber()).isTrue();
        assertThat(RICH.json()).contains("\"value\": 379.5,", "\"value\": 337,");
    }

    @Test
    void embedsIntermediateNodesWithoutIdButRefersToTheVisualItem() {
        ObjectNode doc = LinkedArtJson.toJson(RICH.graph(), RICH.node());
        assertThat(doc.findParents("content")).allSatisfy(n -> assertThat(n.has("id")).isFalse()).hasSizeGreaterThan(5);
        assertThat(doc.get("produced_by").has("id")).isFalse();
        JsonNode shows = doc.at("/shows/0");
        assertThat(shows.get("id").asText()).isEqualTo(RICH.node().getURI() + "/visual");
        assertThat(shows.has("about")).isFalse();
        // the support part is left out, its canvas still among the materials
        assertThat(doc.has("part")).isFalse();
        assertThat(doc.get("made_of").findValuesAsText("_label")).contains("canvas (textile material)");
    }

    @Test
    void referencesCarryTheMetaTypeAndEquivalentsOnly() {
        ObjectNode doc = LinkedArtJson.toJson(RICH.graph(), RICH.node());
        assertThat(doc.at("/classified_as/0/classified_as/0/_label").asText()).isEqualTo("type of work");
        JsonNode rembrandt = doc.at("/produced_by/part/0/carried_out_by/0");
        assertThat(rembrandt.findValuesAsText("type")).containsOnly("Person");
        // the graph has his names, birth, death and nationality: a reference shows none of it
        assertThat(fieldNames(rembrandt)).containsExactly("id", "type", "_label", "equivalent");
    }

    @Test
    void aClassificationCycleEnds() {
        Graph g = copy(RICH.graph());
        Node painting = NodeFactory.createURI(AAT.NS + "300033618");
        g.add(Triple.create(NodeFactory.createURI(AAT.TYPE_OF_WORK), CRM.P2_has_type, painting));
        JsonNode typeOfWork = LinkedArtJson.toJson(g, RICH.node()).at("/classified_as/0/classified_as/0");
        assertThat(typeOfWork.at("/classified_as/0/id").asText()).isEqualTo(painting.getURI());
        assertThat(typeOfWork.at("/classified_as/0").has("classified_as")).isFalse();
    }

    @Test
    void aPredicateWithoutATermFailsNamingIt() {
        Graph g = copy(RICH.graph());
        g.add(Triple.create(NodeFactory.createURI(RICH.node().getURI() + "/production"),
                NodeFactory.createURI("http://example.org/new_pattern"), NodeFactory.createLiteralString("x")));
        assertThatThrownBy(() -> LinkedArtJson.toJson(g, RICH.node()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("http://example.org/new_pattern");
    }

    @Test
    void twoValuesForASingleValuedTermFail() {
        Graph g = copy(RICH.graph());
        g.add(Triple.create(RICH.node(), CRM.P108i_was_produced_by, NodeFactory.createURI(RICH.node().getURI() + "/production/2")));
        assertThatThrownBy(() -> LinkedArtJson.toJson(g, RICH.node()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("produced_by");
    }

    /** Non-ASCII text is written as itself, astral characters included, not as escapes a careless reader could split. */
    @Test
    void textIsWrittenAsIs() {
        Sample wave = Samples.collection().filter(s -> s.id().equals("1925.3245")).findFirst().orElseThrow();
        assertThat(wave.json()).contains("\"content\": \"神奈川沖浪裏\"").doesNotContain("\\u");
        assertThat(Sample.of(Samples.numbered()).json()).contains("\"content\": \"𝄞 Music");
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEach(out::add);
        return out;
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
