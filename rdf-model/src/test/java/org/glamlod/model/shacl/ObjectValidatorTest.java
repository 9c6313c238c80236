package org.glamlod.model.shacl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.glamlod.model.Agent;
import org.glamlod.model.Concept;
import org.glamlod.model.Creator;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Image;
import org.glamlod.model.Name;
import org.glamlod.model.Production;
import org.glamlod.model.TimeSpan;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.model.vocab.AAT;
import org.glamlod.model.vocab.CRM;
import org.glamlod.model.vocab.LA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ObjectValidatorTest {
    private static final ObjectValidator VALIDATOR = new ObjectValidator();
    private static final ObjectGraphWriter WRITER = new ObjectGraphWriter(new UriScheme(SampleCollection.BASE_URI));
    private static final String MARKUP_TITLE = "2003.9";
    private static final String IMAGE = SampleCollection.BASE_URI + "images/x.jpg";
    private static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    private static final Instant Y1800 = Instant.parse("1800-01-01T00:00:00Z");
    private static final Instant Y1900 = Instant.parse("1900-01-01T00:00:00Z");

    static Stream<HumanMadeObject> publishableSamples() {
        return SampleCollection.all().stream().filter(o -> !o.id().equals(MARKUP_TITLE));
    }

    @ParameterizedTest
    @MethodSource("publishableSamples")
    void sampleConforms(HumanMadeObject o) {
        ObjectReport report = validate(o);
        assertThat(report.conforms()).as(report.toText()).isTrue();
        assertThat(report.toText()).isEqualTo(uri(o) + ": conforms");
    }

    @Test
    void markupTitleReportsExactlyTheMissingImageRights() {
        HumanMadeObject o = sample(MARKUP_TITLE);
        ObjectReport report = validate(o);

        assertThat(report.object()).isEqualTo(uri(o));
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.focusNode()).isEqualTo(uri(o) + "/image/1/file");
            assertThat(p.path()).isEqualTo("crm:P104_is_subject_to");
            assertThat(p.value()).isNull();
            assertThat(p.severity()).isEqualTo("Violation");
            assertThat(p.message()).startsWith("image has no rights URI: it cannot be published to Commons or Europeana");
        });
        assertThat(report.toText())
                .startsWith(uri(o) + ": image/1/file: image has no rights URI")
                .endsWith("[Violation; crm:P104_is_subject_to]")
                .doesNotContain("\n");
    }

    @Test
    void missingIdentifier() {
        HumanMadeObject o = SampleCollection.sparse();
        Graph g = WRITER.graph(o);
        g.remove(node(o), CRM.P1_is_identified_by, NodeFactory.createURI(uri(o) + "/identifier/1"));
        assertOnlyProblem(VALIDATOR.validate(g, node(o)), uri(o), "crm:P1_is_identified_by", "no identifier");
    }

    @Test
    void identifierWithoutContent() {
        HumanMadeObject o = SampleCollection.sparse();
        Graph g = WRITER.graph(o);
        g.remove(NodeFactory.createURI(uri(o) + "/identifier/1"), CRM.P190_has_symbolic_content, Node.ANY);
        assertOnlyProblem(VALIDATOR.validate(g, node(o)), uri(o), "crm:P1_is_identified_by", "no identifier");
    }

    @Test
    void onlyAnAlternateTitle() {
        HumanMadeObject o = HumanMadeObject.builder("1994.17").identifier(SampleCollection.sparse().identifiers().get(0))
                .title(Name.alternate("Study of hands", "en")).classification(drawing()).build();
        assertOnlyProblem(validate(o), uri(o), "crm:P1_is_identified_by", "no primary title");
    }

    @Test
    void primaryTitleWithoutContent() {
        HumanMadeObject o = SampleCollection.sparse();
        Graph g = WRITER.graph(o);
        g.remove(NodeFactory.createURI(uri(o) + "/name/1"), CRM.P190_has_symbolic_content, Node.ANY);
        assertOnlyProblem(VALIDATOR.validate(g, node(o)), uri(o), "crm:P1_is_identified_by", "no primary title");
    }

    @Test
    void noClassification() {
        HumanMadeObject o = HumanMadeObject.builder("1994.17").identifier(SampleCollection.sparse().identifiers().get(0))
                .title("Study of hands", "en").build();
        assertOnlyProblem(validate(o), uri(o), "crm:P2_has_type", "no classification");
    }

    /** A crm:P2_has_type whose concept is not itself a "type of work" (here: a nationality) does not classify it. */
    @Test
    void classificationWithoutTypeOfWorkMetaType() {
        HumanMadeObject o = SampleCollection.sparse();
        Graph g = WRITER.graph(o);
        Node concept = NodeFactory.createURI(drawing().uri());
        g.remove(concept, CRM.P2_has_type, NodeFactory.createURI(AAT.TYPE_OF_WORK));
        g.add(Triple.create(concept, CRM.P2_has_type, NodeFactory.createURI(AAT.NATIONALITY)));
        assertOnlyProblem(VALIDATOR.validate(g, node(o)), uri(o), "crm:P2_has_type", "no classification");
    }

    @Test
    void timeSpanBeginningAfterItEnds() {
        HumanMadeObject o = produced(new TimeSpan(Y1900, Y1800, null));
        ObjectReport report = validate(o);

        assertOnlyProblem(report, uri(o) + "/production/timespan", "crm:P82a_begin_of_the_begin", "time span begins after it ends");
        assertThat(report.problems().get(0).value()).isEqualTo("1900-01-01T00:00:00Z");
        assertThat(report.toText()).startsWith(uri(o) + ": production/timespan: time span begins after it ends")
                .endsWith("[Violation; crm:P82a_begin_of_the_begin = 1900-01-01T00:00:00Z]");
    }

    @Test
    void timeSpanOfOneInstantConforms() {
        assertThat(validate(produced(new TimeSpan(Y1800, Y1800, null))).conforms()).isTrue();
    }

    @Test
    void onlyTheImageWithoutRightsIsReported() {
        HumanMadeObject o = SampleCollection.sparse().toBuilder()
                .image(new Image(IMAGE, "image/jpeg", CC0, null))
                .image(new Image(IMAGE, "image/jpeg", null, null)).build();
        assertOnlyProblem(validate(o), uri(o) + "/image/2/file", "crm:P104_is_subject_to", "image has no rights URI");
    }

    @Test
    void rightsThatAreTextNotAUri() {
        HumanMadeObject o = SampleCollection.sparse().toBuilder().image(new Image(IMAGE, "image/jpeg", CC0, null)).build();
        Graph g = WRITER.graph(o);
        Node right = NodeFactory.createURI(uri(o) + "/image/1/file/right");
        g.remove(right, CRM.P2_has_type, Node.ANY);
        g.add(Triple.create(right, CRM.P2_has_type, NodeFactory.createLiteralString("CC0")));
        assertOnlyProblem(VALIDATOR.validate(g, node(o)), uri(o) + "/image/1/file", "crm:P104_is_subject_to", "image has no rights URI");
    }

    /** The support part is an E22 too; were it validated as an object it would lack identifier, title, classification. */
    @Test
    void supportPartIsNotAnObject() {
        HumanMadeObject o = SampleCollection.rich();
        Graph g = WRITER.graph(o);
        Node part = NodeFactory.createURI(uri(o) + "/part/support");
        assertThat(g.contains(part, RDF.Nodes.type, CRM.E22_Human_Made_Object)).isTrue();

        assertThat(VALIDATOR.objects(g)).containsExactly(node(o));
        assertThat(VALIDATOR.validateAll(g)).extracting(ObjectReport::object, ObjectReport::conforms)
                .containsExactly(tuple(uri(o), true));
        assertThatIllegalArgumentException().isThrownBy(() -> VALIDATOR.validate(g, part)).withMessageContaining(part.getURI());
    }

    /** Every sample in one graph, sharing agents, places and concepts: each object gets its own problems only. */
    @Test
    void validateAllReportsEveryObjectOfAGraph() {
        Graph all = GraphFactory.createDefaultGraph();
        SampleCollection.all().forEach(o -> WRITER.graph(o).find().forEach(all::add));

        List<ObjectReport> reports = VALIDATOR.validateAll(all);

        assertThat(reports).extracting(ObjectReport::object)
                .containsExactlyElementsOf(SampleCollection.all().stream().map(ObjectValidatorTest::uri).sorted().toList());
        assertThat(reports).filteredOn(r -> !r.conforms()).containsExactly(validate(sample(MARKUP_TITLE)));
    }

    /** A link from one object to another does not make the other's problems its own. */
    @Test
    void problemsDoNotFlowAlongLinksBetweenObjects() {
        HumanMadeObject linking = SampleCollection.sparse(), linked = sample(MARKUP_TITLE);
        Graph g = WRITER.graph(linking);
        WRITER.graph(linked).find().forEach(g::add);
        g.add(Triple.create(node(linking), LA.equivalent, node(linked)));

        assertThat(VALIDATOR.validate(g, node(linking)).conforms()).isTrue();
        assertThat(VALIDATOR.validate(g, node(linked)).problems()).hasSize(1);
    }

    /** An agent's dates travel in the graph of every object crediting the agent, and in no other. */
    @Test
    void agentProblemIsReportedOnTheObjectsCreditingTheAgent() {
        Agent impossible = Agent.person("impossible").name("Born after death").born(new TimeSpan(Y1900, Y1800, null)).build();
        HumanMadeObject credited = SampleCollection.sparse().toBuilder()
                .production(new Production(List.of(Creator.of(impossible)), null, null, List.of())).build();
        HumanMadeObject other = sample("SK-A-2344");
        Graph g = WRITER.graph(credited);
        WRITER.graph(other).find().forEach(g::add);

        String span = SampleCollection.BASE_URI + "agent/impossible/birth/timespan";
        assertOnlyProblem(VALIDATOR.validate(g, node(credited)), span, "crm:P82a_begin_of_the_begin", "time span begins after it ends");
        assertThat(VALIDATOR.validate(g, node(other)).conforms()).isTrue();
        assertThat(VALIDATOR.validate(g, node(credited)).toText()).contains(": " + span + ": time span begins after it ends");
    }

    /** One validator shared by threads gives each the answer it gives alone. */
    @Test
    void sharedAcrossThreads() {
        List<HumanMadeObject> samples = SampleCollection.all();
        List<ObjectReport> alone = samples.stream().map(ObjectValidatorTest::validate).toList();
        List<ObjectReport> shared = IntStream.range(0, samples.size() * 20).parallel()
                .mapToObj(i -> validate(samples.get(i % samples.size()))).toList();
        for (int i = 0; i < shared.size(); i++) assertThat(shared.get(i)).isEqualTo(alone.get(i % samples.size()));
    }

    private static void assertOnlyProblem(ObjectReport report, String focus, String path, String message) {
        assertThat(report.problems()).as(report.toText()).singleElement().satisfies(p -> {
            assertThat(p.focusNode()).isEqualTo(focus);
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.severity()).isEqualTo("Violation");
            assertThat(p.message()).startsWith(message);
        });
    }

    private static HumanMadeObject produced(TimeSpan when) {
        return SampleCollection.sparse().toBuilder().production(new Production(List.of(), when, null, List.of())).build();
    }

    private static ObjectReport validate(HumanMadeObject o) {
        return VALIDATOR.validate(WRITER.graph(o), node(o));
    }

    private static HumanMadeObject sample(String id) {
        return SampleCollection.all().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private static Concept drawing() {
        return SampleCollection.sparse().classifications().get(0);
    }

    private static String uri(HumanMadeObject o) {
        return WRITER.uris().object(o.id());
    }

    private static Node node(HumanMadeObject o) {
        return NodeFactory.createURI(uri(o));
    }
}
