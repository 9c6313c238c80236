package org.glamlod.dumps;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.glamlod.model.vocab.CRM;
import org.glamlod.model.vocab.LA;

/**
 * The dataset's description in VoID and DCAT, served at {@code /void}: who publishes it under which licence, where to
 * query it, its URI space, the vocabularies, and, once dumps have been made, the figures of that snapshot and one
 * {@code dcat:Distribution} per dump. Figures come from the {@link Manifest}, so describing a store of any size costs
 * nothing; before the first dump the description has no figures and no distributions rather than stale or guessed ones.
 */
final class DatasetDescription {
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final String IANA = "http://www.iana.org/assignments/media-types/";
    private static final String LINKED_ART_API = "https://linked.art/api/1.0/";
    /** Titles of the distributions, saying what is inside each. */
    private static final Map<DumpFormat, String> TITLES = Map.of(
            DumpFormat.NQUADS, "N-Quads, gzipped: one named graph per object, named by the object's URI",
            DumpFormat.TURTLE, "Turtle, gzipped: the union of the object graphs, each triple once",
            DumpFormat.LINKED_ART, "JSON Lines, gzipped: one Linked Art JSON-LD document per object and line");

    /**
     * @param institution the publisher's name, or null
     * @param uriSpace    the base URI the dataset's resources are minted under
     * @param license     the licence of the data (the records, not the images: each image carries its own rights)
     * @param address     the server's public address, ending in {@code /}
     */
    record Settings(String institution, String uriSpace, String license, String address) {}

    private DatasetDescription() {}

    static Model of(Settings s, Optional<Manifest> manifest) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS)
                .setNsPrefix("foaf", FOAF).setNsPrefix("spdx", SPDX).setNsPrefix("xsd", XSD.NS)
                .setNsPrefix("crm", CRM.NS).setNsPrefix("la", LA.NS);
        String self = s.address() + "void";
        String name = s.institution() == null || s.institution().isBlank() ? null : s.institution().strip();

        Resource dataset = m.createResource(self + "#dataset")
                .addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, name == null ? "Collection data" : name + ": collection data", "en")
                .addProperty(DCTerms.description, "Museum objects as Linked Art / CIDOC-CRM linked data: one named graph "
                        + "per object, queryable with SPARQL, downloadable as dumps.", "en")
                .addProperty(DCTerms.license, m.createResource(s.license()))
                .addProperty(DCAT.landingPage, m.createResource(s.address()))
                .addProperty(VOID.sparqlEndpoint, m.createResource(s.address() + "sparql"))
                .addProperty(VOID.uriSpace, s.uriSpace())
                .addProperty(VOID.vocabulary, m.createResource(CRM.NS))
                .addProperty(VOID.vocabulary, m.createResource(LA.NS));
        if (name != null)
            dataset.addProperty(DCTerms.publisher, m.createResource(self + "#publisher")
                    .addProperty(RDF.type, m.createResource(FOAF + "Organization"))
                    .addProperty(m.createProperty(FOAF, "name"), name));
        dataset.addProperty(DCAT.accessService, m.createResource(self + "#sparql")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, "SPARQL 1.1 endpoint; the default graph is the union of the object graphs", "en")
                .addProperty(DCAT.endpointURL, m.createResource(s.address() + "sparql"))
                .addProperty(DCAT.servesDataset, dataset));
        m.createResource(self).addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, "Description of the dataset", "en")
                .addProperty(m.createProperty(FOAF, "primaryTopic"), dataset);

        manifest.ifPresent(man -> {
            Statistics st = man.statistics();
            integer(dataset, VOID.triples, st.triples());
            integer(dataset, VOID.entities, man.store().objects());
            integer(dataset, VOID.distinctSubjects, st.subjects());
            integer(dataset, VOID.properties, st.properties());
            integer(dataset, VOID.classes, st.classes().size());
            dataset.addProperty(DCTerms.modified, man.created(), XSDDatatype.XSDdateTime);
            st.classes().forEach((cls, n) -> dataset.addProperty(VOID.classPartition,
                    integer(m.createResource().addProperty(VOID._class, m.createResource(cls)), VOID.entities, n)));
            man.examples().forEach(uri -> dataset.addProperty(VOID.exampleResource, m.createResource(uri)));
            for (DumpFile d : man.dumps()) {
                Resource file = m.createResource(s.address() + "dumps/" + d.file());
                dataset.addProperty(VOID.dataDump, file);
                Resource dist = m.createResource(self + "#" + d.format())
                        .addProperty(RDF.type, DCAT.Distribution)
                        .addProperty(DCTerms.title, TITLES.get(d.dumpFormat()), "en")
                        .addProperty(DCAT.downloadURL, file)
                        .addProperty(DCAT.accessURL, file)
                        .addProperty(DCAT.mediaType, m.createResource(IANA + d.mediaType()))
                        .addProperty(DCAT.byteSize, Long.toString(d.bytes()), XSDDatatype.XSDnonNegativeInteger)
                        .addProperty(DCTerms.modified, d.created(), XSDDatatype.XSDdateTime)
                        .addProperty(DCTerms.license, m.createResource(s.license()))
                        .addProperty(m.createProperty(SPDX, "checksum"), m.createResource()
                                .addProperty(RDF.type, m.createResource(SPDX + "Checksum"))
                                .addProperty(m.createProperty(SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                                .addProperty(m.createProperty(SPDX, "checksumValue"), d.sha256(), XSDDatatype.XSDhexBinary));
                if (d.compression().equals("gzip"))
                    dist.addProperty(DCAT.compressFormat, m.createResource(IANA + "application/gzip"));
                if (d.dumpFormat() == DumpFormat.LINKED_ART)
                    dist.addProperty(DCTerms.conformsTo, m.createResource(LINKED_ART_API));
                dataset.addProperty(DCAT.distribution, dist);
            }
        });
        return m;
    }

    /** VoID's figures are xsd:integer (a long would come out as xsd:long). */
    private static Resource integer(Resource r, Property p, long n) {
        return r.addProperty(p, Long.toString(n), XSDDatatype.XSDinteger);
    }
}
