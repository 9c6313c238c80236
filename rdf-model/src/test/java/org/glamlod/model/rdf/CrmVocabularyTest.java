package org.glamlod.model.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.SharedSchemas;
import org.glamlod.model.vocab.CRM;
import org.junit.jupiter.api.Test;

/** Everything the writer emits in the crm: namespace is defined by the official CIDOC-CRM 7.1.3 RDFS. */
class CrmVocabularyTest {
    private final ObjectGraphWriter writer = new ObjectGraphWriter(new UriScheme("https://collection.example.org/"));

    @Test
    void everyCrmClassAndPropertyIsInCidocCrm713() {
        Graph crm = RDFDataMgr.loadGraph(SharedSchemas.require("cidoc-crm/CIDOC_CRM_v7.1.3.rdf").toString());
        Emitted used = emitted(CRM.NS);
        assertThat(used.classes).as("classes the writer emits").hasSizeGreaterThan(15);
        assertThat(used.properties).as("properties the writer emits").hasSizeGreaterThan(25);
        assertThat(undefined(crm, used.classes, RDFS.Class.asNode())).as("crm classes missing from CRM 7.1.3").isEmpty();
        assertThat(undefined(crm, used.properties, RDF.Property.asNode())).as("crm properties missing from CRM 7.1.3").isEmpty();
    }

    /** Terms in the namespace emitted over all samples and a few hundred random objects. */
    private Emitted emitted(String ns) {
        Emitted e = new Emitted();
        for (HumanMadeObject o : RoundTripTest.objects()) {
            for (Triple t : writer.graph(o).find().toList()) {
                if (t.getPredicate().getURI().startsWith(ns)) e.properties.add(t.getPredicate().getURI());
                if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().getURI().startsWith(ns))
                    e.classes.add(t.getObject().getURI());
            }
        }
        return e;
    }

    private static Set<String> undefined(Graph vocab, Set<String> terms, Node kind) {
        Set<String> declared = vocab.find(Node.ANY, RDF.type.asNode(), kind).mapWith(t -> t.getSubject().getURI()).toSet();
        return terms.stream().filter(t -> !declared.contains(t)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static final class Emitted {
        final Set<String> classes = new TreeSet<>();
        final Set<String> properties = new TreeSet<>();
    }
}
