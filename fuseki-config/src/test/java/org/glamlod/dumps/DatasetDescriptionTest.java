package org.glamlod.dumps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.glamlod.model.vocab.CRM;
import org.glamlod.model.vocab.LA;
import org.glamlod.store.ObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetDescriptionTest {
    private static final String ADDRESS = "https://data.example.museum/";

    @Test
    void statesTheFiguresAndTheDistributionsOfThePublishedDumps(@TempDir Path data) throws Exception {
        try (ObjectStore store = ObjectStore.open(data)) {
            Samples.load(store);
            Dumps dumps = new Dumps(store, data);
            Manifest manifest = dumps.publish(Dumps.Listener.NONE);
            Model m = roundTrip(DatasetDescription.of(settings(), Optional.of(manifest)));
            Resource ds = m.getResource(ADDRESS + "void#dataset");

            assertThat(m.contains(ds, RDF.type, VOID.Dataset)).isTrue();
            assertThat(m.contains(ds, RDF.type, DCAT.Dataset)).isTrue();
            assertThat(ds.getProperty(DCTerms.title).getString()).contains("Example Museum");
            assertThat(ds.getPropertyResourceValue(DCTerms.publisher).getProperty(m.createProperty(DatasetDescription.FOAF, "name"))
                    .getString()).isEqualTo("Example Museum");
            assertThat(ds.getPropertyResourceValue(DCTerms.license).getURI()).isEqualTo(DumpsPart.CC0);
            assertThat(ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI()).isEqualTo(ADDRESS + "sparql");
            assertThat(ds.getProperty(VOID.uriSpace).getString()).isEqualTo(Samples.URIS.base());
            assertThat(m.listObjectsOfProperty(ds, VOID.vocabulary).toList()).extracting(n -> n.asResource().getURI())
                    .containsExactlyInAnyOrder(CRM.NS, LA.NS);

            long union = Samples.count(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }");
            assertThat(ds.getProperty(VOID.triples).getLong()).isEqualTo(union);
            assertThat(ds.getProperty(VOID.triples).getLiteral().getDatatypeURI()).endsWith("#integer");
            assertThat(ds.getProperty(VOID.entities).getLong()).isEqualTo(store.graphNames().size());
            long objects = Samples.count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + CRM.E22_Human_Made_Object.getURI() + "> }");
            long persons = Samples.count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + CRM.E21_Person.getURI() + "> }");
            assertThat(partition(m, ds, CRM.E22_Human_Made_Object.getURI())).isEqualTo(objects);
            assertThat(partition(m, ds, CRM.E21_Person.getURI())).isEqualTo(persons).isPositive();
            assertThat(m.listObjectsOfProperty(ds, VOID.exampleResource).toList()).hasSize(3)
                    .allMatch(r -> store.graphNames().contains(r.asResource().getURI()));

            var distributions = m.listObjectsOfProperty(ds, DCAT.distribution).toList();
            assertThat(distributions).hasSize(3);
            for (DumpFile d : manifest.dumps()) {
                Resource dist = m.getResource(ADDRESS + "void#" + d.format());
                assertThat(distributions).contains(dist);
                assertThat(dist.getPropertyResourceValue(DCAT.downloadURL).getURI()).isEqualTo(ADDRESS + "dumps/" + d.file());
                assertThat(dist.getProperty(DCAT.byteSize).getLong()).isEqualTo(Files.size(dumps.directory().resolve(d.file())));
                assertThat(dist.getPropertyResourceValue(DCAT.mediaType).getURI()).endsWith("/" + d.mediaType());
                assertThat(dist.getProperty(DCTerms.modified).getString()).isEqualTo(d.created());
                assertThat(m.contains(ds, VOID.dataDump, m.getResource(ADDRESS + "dumps/" + d.file()))).isTrue();
            }
        }
    }

    @Test
    void beforeTheFirstDumpItDescribesTheDatasetWithoutFigures(@TempDir Path data) throws Exception {
        Model m = roundTrip(DatasetDescription.of(settings(), Optional.empty()));
        Resource ds = m.getResource(ADDRESS + "void#dataset");
        assertThat(ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI()).isEqualTo(ADDRESS + "sparql");
        assertThat(ds.hasProperty(VOID.triples)).isFalse();
        assertThat(ds.hasProperty(DCAT.distribution)).isFalse();
    }

    private static DatasetDescription.Settings settings() {
        return new DatasetDescription.Settings("Example Museum", Samples.URIS.base(), DumpsPart.CC0, ADDRESS);
    }

    private static long partition(Model m, Resource ds, String cls) {
        return m.listObjectsOfProperty(ds, VOID.classPartition).toList().stream().map(n -> n.asResource())
                .filter(p -> p.getPropertyResourceValue(VOID._class).getURI().equals(cls))
                .mapToLong(p -> p.getProperty(VOID.entities).getLong()).sum();
    }

    /** What a client gets: the model written as Turtle and parsed again. */
    private static Model roundTrip(Model m) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, m, Lang.TURTLE);
        Model back = ModelFactory.createDefaultModel();
        RDFParser.fromString(out.toString(), Lang.TURTLE).parse(back);
        return back;
    }
}
