package org.glamlod.model.jsonld;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.glamlod.model.Agent;
import org.glamlod.model.Concept;
import org.glamlod.model.Creator;
import org.glamlod.model.Dimension;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Image;
import org.glamlod.model.Name;
import org.glamlod.model.Place;
import org.glamlod.model.Production;
import org.glamlod.model.RandomObjects;
import org.glamlod.model.Statement;
import org.glamlod.model.TimeSpan;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.model.vocab.AAT;

/** Objects as the writer's graphs: the demo collection, and variants reaching what the demo does not. */
final class Samples {
    static final ObjectGraphWriter WRITER = new ObjectGraphWriter(new UriScheme(SampleCollection.BASE_URI));
    static final int TITLES = 12;

    record Sample(String id, Graph graph, Node node) {
        static Sample of(HumanMadeObject o) {
            return new Sample(o.id(), WRITER.graph(o), NodeFactory.createURI(WRITER.uris().object(o.id())));
        }

        String json() {
            return LinkedArtJson.toJsonString(graph, node);
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private Samples() {}

    static Stream<Sample> collection() {
        return SampleCollection.all().stream().map(Sample::of);
    }

    static Stream<Sample> variants() {
        return Stream.concat(Stream.of(bare(), attributions(), numbered()), new RandomObjects(20261121).next(25).stream())
                .map(Sample::of);
    }

    static Stream<Sample> all() {
        return Stream.concat(collection(), variants());
    }

    /** Nothing but an id. */
    static HumanMadeObject bare() {
        return HumanMadeObject.builder("bare").build();
    }

    /** Every attribution qualifier, persons and groups, roles and techniques, in one production. */
    static HumanMadeObject attributions() {
        Concept role = Concept.of(AAT.NS + "300025136", "painters (artists)");
        List<Concept> techniques = List.of(Concept.of(AAT.NS + "300053228", "woodcut printing"),
                Concept.of(AAT.NS + "300054216", "painting (image-making)"));
        List<Creator> creators = Arrays.stream(Creator.Qualifier.values()).map(q -> new Creator(
                (q.ordinal() % 2 == 0 ? Agent.person("p" + q.ordinal()) : Agent.group("g" + q.ordinal())).name("Maker " + q).build(),
                q.ordinal() % 3 == 0 ? role : null, q)).toList();
        return SampleCollection.rich().toBuilder()
                .production(new Production(creators, new TimeSpan(null, null, "undated"), Place.of("nowhere", "Nowhere"), techniques))
                .build();
    }

    /** Twelve titles (so /name/10 must follow /name/9), a bare statement and image, a language by ISO code. */
    static HumanMadeObject numbered() {
        HumanMadeObject.Builder b = HumanMadeObject.builder("numbered");
        IntStream.rangeClosed(1, TITLES).forEach(i -> b.title(Name.alternate("Title " + i, i % 2 == 0 ? "en" : "fy")));
        return b.dimension(Dimension.of(Dimension.Type.WEIGHT, "0.25", Dimension.Unit.GRAMS))
                .statement(Statement.of(Statement.Type.BIBLIOGRAPHY, "𝄞 Music for the eyes, p. 12", null))
                .image(new Image("https://collection.example.org/images/numbered.png", null, null, null))
                .webPage("https://collection.example.org/collection/numbered")
                .build();
    }
}
