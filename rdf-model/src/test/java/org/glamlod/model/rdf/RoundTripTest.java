package org.glamlod.model.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.RandomObjects;
import org.glamlod.model.sample.SampleCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoundTripTest {
    private final UriScheme uris = new UriScheme(SampleCollection.BASE_URI);
    private final ObjectGraphWriter writer = new ObjectGraphWriter(uris);
    private final ObjectGraphReader reader = new ObjectGraphReader(uris);

    static List<HumanMadeObject> objects() {
        return Stream.concat(SampleCollection.all().stream(), new RandomObjects(20261121L).next(400).stream()).toList();
    }

    @Test
    void modelToGraphToModelIsIdentity() {
        for (HumanMadeObject o : objects()) {
            Graph g = writer.graph(o);
            assertThat(reader.read(g, o.id())).as("round trip of %s", o.id()).isEqualTo(o);
        }
    }

    /** Also through a serialisation, so literal escaping (quotes, newlines, emoji) and datatypes survive. */
    @ParameterizedTest
    @EnumSource(names = {"NTRIPLES", "TURTLE", "RDFXML"})
    void roundTripSurvivesSerialisation(Syntax syntax) {
        for (HumanMadeObject o : objects()) {
            StringWriter text = new StringWriter();
            RDFDataMgr.write(text, writer.graph(o), syntax.lang);
            Graph parsed = GraphFactory.createDefaultGraph();
            RDFParser.create().source(new StringReader(text.toString())).lang(syntax.lang).parse(parsed);
            assertThat(reader.read(parsed, o.id())).as("%s via %s", o.id(), syntax).isEqualTo(o);
        }
    }

    @Test
    void objectsInOneUnionGraphReadBackIndividually() {
        Graph union = GraphFactory.createDefaultGraph();
        List<HumanMadeObject> samples = SampleCollection.all();
        samples.forEach(o -> writer.graph(o).find().forEach(union::add));
        for (HumanMadeObject o : samples) assertThat(reader.read(union, o.id())).isEqualTo(o);
    }

    @Test
    void writerEmitsNoBlankNodes() {
        for (HumanMadeObject o : objects())
            assertThat(writer.graph(o).find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).toList())
                    .as("blank nodes in %s", o.id()).isEmpty();
    }

    enum Syntax {
        NTRIPLES(Lang.NTRIPLES), TURTLE(Lang.TURTLE), RDFXML(Lang.RDFXML);

        final Lang lang;

        Syntax(Lang lang) {
            this.lang = lang;
        }
    }
}
