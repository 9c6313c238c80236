package org.glamlod.model.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.glamlod.model.Agent;
import org.glamlod.model.Concept;
import org.glamlod.model.Creator;
import org.glamlod.model.Dimension;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Identifier;
import org.glamlod.model.Image;
import org.glamlod.model.Name;
import org.glamlod.model.ObjectSet;
import org.glamlod.model.Production;
import org.glamlod.model.RandomObjects;
import org.glamlod.model.Statement;
import org.glamlod.model.TimeSpan;
import org.glamlod.model.sample.SampleCollection;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private final ObjectGraphWriter writer = new ObjectGraphWriter(new UriScheme(SampleCollection.BASE_URI));

    private String fp(HumanMadeObject o) {
        return Fingerprint.of(writer.graph(o));
    }

    @Test
    void equalObjectsHaveEqualFingerprints() {
        for (HumanMadeObject o : new RandomObjects(7).next(100)) {
            HumanMadeObject copy = o.toBuilder().build();
            assertThat(fp(copy)).isEqualTo(fp(o));
        }
        // built independently, twice
        assertThat(fp(SampleCollection.rich())).isEqualTo(fp(SampleCollection.rich()));
    }

    @Test
    void insertionOrderOfTriplesDoesNotMatter() {
        Graph g = writer.graph(SampleCollection.rich());
        List<Triple> triples = new ArrayList<>(g.find().toList());
        Collections.shuffle(triples, new Random(3));
        Graph shuffled = GraphFactory.createDefaultGraph();
        triples.forEach(shuffled::add);
        assertThat(Fingerprint.of(shuffled)).isEqualTo(Fingerprint.of(g));
    }

    /** A golden value: the same in every run and every JVM; it changes only when the graph the writer emits does. */
    @Test
    void fingerprintIsStableAcrossRunsAndJvms() {
        assertThat(fp(SampleCollection.sparse()))
                .isEqualTo("fae8f8776ab208e8b4f50a4cc259e01d6b69b5dd8aedc2317b54d3e28f56908b");
    }

    @Test
    void anyChangedFieldChangesTheFingerprint() {
        HumanMadeObject base = SampleCollection.rich();
        Agent someone = Agent.person("someone").name("Someone").build();
        Map<String, UnaryOperator<HumanMadeObject.Builder>> changes = new HashMap<>();
        changes.put("identifier", b -> b.identifier(Identifier.system("x")));
        changes.put("title", b -> b.title(Name.alternate("Another title", "en")));
        changes.put("classification", b -> b.classification(Concept.of("http://vocab.getty.edu/aat/300033973", "drawings")));
        changes.put("production date", b -> b.production(new Production(base.production().creators(),
                TimeSpan.years(1643, 1643, "1643"), base.production().place(), List.of())));
        changes.put("creator qualifier", b -> b.production(new Production(List.of(new Creator(
                base.production().creators().get(0).agent(), base.production().creators().get(0).role(),
                Creator.Qualifier.ATTRIBUTED_TO)), base.production().timespan(), base.production().place(), List.of())));
        changes.put("dimension", b -> b.dimension(new Dimension(Dimension.Type.DEPTH, new BigDecimal("3"), Dimension.Unit.CENTIMETRES)));
        changes.put("material", b -> b.material(Concept.of("http://vocab.getty.edu/aat/300015012", "ink")));
        changes.put("support", b -> b.supportMaterial(Concept.of("http://vocab.getty.edu/aat/300014109", "paper")));
        changes.put("statement", b -> b.statement(Statement.of(Statement.Type.BIBLIOGRAPHY, "Cat. 1976, no. 3", "en")));
        changes.put("set", b -> b.memberOf(new ObjectSet("highlights", "Highlights")));
        changes.put("owner", b -> b.currentOwner(someone));
        changes.put("custodian", b -> b.custodian(someone));
        changes.put("subject", b -> b.subject(Concept.of("http://vocab.getty.edu/aat/300132472", "still lifes")));
        changes.put("image", b -> b.image(new Image("https://example.org/3.jpg", null, null, null)));
        changes.put("manifest", b -> b.iiifManifest("https://example.org/other/manifest.json"));
        changes.put("web page", b -> b.webPage("https://example.org/other"));
        changes.put("rights", b -> b.rights("http://creativecommons.org/publicdomain/zero/1.0/"));
        changes.put("equivalent", b -> b.equivalent("http://www.wikidata.org/entity/Q1"));

        String original = fp(base);
        Map<String, String> seen = new HashMap<>();
        changes.forEach((field, change) -> {
            String changed = fp(change.apply(base.toBuilder()).build());
            assertThat(changed).as("changing the %s", field).isNotEqualTo(original);
            assertThat(seen.put(changed, field)).as("changing the %s gives a fresh fingerprint", field).isNull();
        });
        assertThat(fp(HumanMadeObject.builder("SK-C-6").build())).isNotEqualTo(fp(HumanMadeObject.builder("SK-C-5").build()));
    }

    @Test
    void oneCharacterOfTextChangesTheFingerprint() {
        HumanMadeObject a = SampleCollection.sparse();
        HumanMadeObject b = HumanMadeObject.builder(a.id()).identifier(a.identifiers().get(0))
                .title("Untitled (study of hands).", "en").classification(a.classifications().get(0)).build();
        assertThat(fp(b)).isNotEqualTo(fp(a));
    }

    /** The canonical line is exactly N-Triples as Jena writes it, for every kind of term the writer emits. */
    @Test
    void linesAreJenaNTriples() {
        for (HumanMadeObject o : new RandomObjects(11).next(100))
            writer.graph(o).find().forEach(t -> assertThat(Fingerprint.line(t)).isEqualTo(
                    org.apache.jena.riot.out.NodeFmtLib.strNT(t.getSubject()) + " " + org.apache.jena.riot.out.NodeFmtLib.strNT(t.getPredicate())
                            + " " + org.apache.jena.riot.out.NodeFmtLib.strNT(t.getObject()) + " .\n"));
    }

    @Test
    void blankNodesAreRefused() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createBlankNode(), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o")));
        assertThatThrownBy(() -> Fingerprint.of(g)).hasMessageContaining("blank nodes");
    }
}
