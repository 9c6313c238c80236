package org.glamlod.model.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.glamlod.model.SharedSchemas;
import org.glamlod.model.jsonld.Samples.Sample;
import org.glamlod.model.vocab.CRM;
import org.glamlod.model.vocab.LA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Read back as JSON-LD, a document says exactly what the writer's graph says about the object, no more, no less. */
class LinkedArtRoundTripTest {
    private static final Node LINKED_ART_TYPE = NodeFactory.createURI(CRM.NS + "E55_Type");

    static Stream<Sample> samples() {
        return Samples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void bundledContextReadsBackTheWriterGraph(Sample sample) {
        assertIsomorphic(expected(sample), LocalContexts.linkedArt().parse(sample.json()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void officialContextReadsBackTheSameGraph(Sample sample) {
        LocalContexts official = LocalContexts.linkedArt(SharedSchemas.require("linked-art/linked-art.json"));
        assertIsomorphic(expected(sample), official.parse(sample.json()));
    }

    @Test
    void otherRemoteContextsAreNotFetched() {
        String doc = "{\"@context\": \"https://example.org/context.json\", \"@id\": \"https://example.org/x\"}";
        assertThatThrownBy(() -> LocalContexts.linkedArt().parse(doc))
                .isInstanceOf(RiotException.class).hasMessageContaining("https://example.org/context.json")
                .hasMessageContaining("not fetched");
    }

    private static void assertIsomorphic(Graph expected, Graph parsed) {
        Graph actual = GraphFactory.createDefaultGraph();
        parsed.stream().forEach(t -> actual.add(Triple.create(t.getSubject(), t.getPredicate(), byValue(t.getObject()))));
        assertThat(actual.isIsomorphicWith(expected))
                .as(() -> "expected:\n" + turtle(expected) + "\nread back:\n" + turtle(actual)).isTrue();
    }

    /**
     * The writer graph's part the document carries, intermediate nodes as blank nodes: everything reachable from the
     * object through intermediate nodes, except the support part (no {@code part} on an object in the API); for any
     * other node reached, what a reference says: class, label, equivalents, and a Type's classifications (each a
     * reference). Beyond the writer graph, the document types what the writer leaves bare, as the schema requires:
     * access points as digital objects, standards as information objects, equivalents as their owner's class. And
     * where the writer types a concept skos:Concept (CRM 7.1.3 RDFS has no E55_Type), Linked Art's context reads
     * "Type" as crm:E55_Type.
     */
    private static Graph expected(Sample sample) {
        Graph writer = sample.graph(), out = GraphFactory.createDefaultGraph();
        String prefix = sample.node().getURI() + "/";
        Map<Node, Node> blanks = new HashMap<>();
        var walk = new Object() {
            void add(Node s, Node p, Node o) {
                Node object = o.equals(CRM.TYPE) ? LINKED_ART_TYPE : blanks.getOrDefault(o, o);
                out.add(Triple.create(blanks.getOrDefault(s, s), p, byValue(object)));
            }

            void embedded(Node node) {
                writer.stream(node, Node.ANY, Node.ANY).filter(t -> !t.getPredicate().equals(CRM.P46_is_composed_of)).forEach(t -> {
                    Node p = t.getPredicate(), o = t.getObject();
                    boolean embed = o.isURI() && o.getURI().startsWith(prefix) && !p.equals(CRM.P65_shows_visual_item);
                    if (embed) blanks.put(o, NodeFactory.createBlankNode());
                    add(node, p, o);
                    if (embed) embedded(o);
                    else if (o.isURI() && !p.equals(RDF.type.asNode())) reference(o, implied(p, node));
                });
            }

            void reference(Node node, Node impliedClass) {
                List<Node> classes = objects(node, RDF.type.asNode());
                if (classes.isEmpty()) add(node, RDF.type.asNode(), impliedClass);
                classes.forEach(c -> add(node, RDF.type.asNode(), c));
                objects(node, RDFS.label.asNode()).forEach(l -> add(node, RDFS.label.asNode(), l));
                objects(node, LA.equivalent).forEach(e -> {
                    add(node, LA.equivalent, e);
                    reference(e, implied(LA.equivalent, node));
                });
                if (classes.contains(CRM.TYPE)) objects(node, CRM.P2_has_type).forEach(t -> {
                    add(node, CRM.P2_has_type, t);
                    reference(t, null);
                });
            }

            Node implied(Node predicate, Node owner) {
                if (predicate.equals(LA.access_point)) return LA.D1_Digital_Object;
                if (predicate.equals(LA.conformsTo)) return NodeFactory.createURI(CRM.NS + "E73_Information_Object");
                return predicate.equals(LA.equivalent) ? objects(owner, RDF.type.asNode()).get(0) : null;
            }

            List<Node> objects(Node s, Node p) {
                return writer.stream(s, p, Node.ANY).map(Triple::getObject).toList();
            }
        };
        walk.embedded(sample.node());
        return out;
    }

    /** JSON numbers read back as xsd:integer or xsd:double; compare them by value as xsd:decimal. */
    private static Node byValue(Node n) {
        if (!(n.isLiteral() && n.getLiteralValue() instanceof Number)) return n;
        String canonical = new BigDecimal(n.getLiteralLexicalForm()).stripTrailingZeros().toPlainString();
        return NodeFactory.createLiteralDT(canonical, XSDDatatype.XSDdecimal);
    }

    private static String turtle(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, Lang.TURTLE);
        return w.toString();
    }
}
