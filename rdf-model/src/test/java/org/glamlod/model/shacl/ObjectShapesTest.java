package org.glamlod.model.shacl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.glamlod.model.vocab.CRM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shapes file on its own, run by Jena's SHACL engine directly rather than through {@link ObjectValidator}. */
class ObjectShapesTest {
    private static Shapes shapes;

    @BeforeAll
    static void parse() throws Exception {
        try (InputStream in = ObjectValidator.class.getResourceAsStream("object-shapes.ttl")) {
            // RDFParser fails on any syntax error; Shapes.parse on any malformed shape
            shapes = Shapes.parse(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
        }
    }

    @Test
    void everyTargetedConstraintIsAViolationWithAMessage() {
        assertThat(shapes.getTargetShapes()).extracting(s -> s.getShapeNode().getLocalName())
                .containsExactlyInAnyOrder("PublishableObject", "OrderedTimeSpan", "ImageRights");
        for (Shape shape : shapes.getTargetShapes()) {
            assertThat(shape.getPropertyShapes()).isNotEmpty();
            for (PropertyShape p : shape.getPropertyShapes()) {
                assertThat(p.getSeverity()).as("severity of %s", p.getPath()).isEqualTo(Severity.Violation);
                assertThat(p.getMessages()).as("message of %s", p.getPath()).hasSize(1);
            }
        }
    }

    /** If Jena ignored the SPARQL target or it matched nothing, a bare object would pass; it must fail three times. */
    @Test
    void engineEvaluatesTheSparqlTarget() {
        Node bare = NodeFactory.createURI("https://collection.example.org/object/bare");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(bare, RDF.Nodes.type, CRM.E22_Human_Made_Object));

        ValidationReport report = ShaclValidator.get().validate(shapes, g);

        assertThat(report.getEntries()).hasSize(3).extracting(ReportEntry::focusNode).containsOnly(bare);
        assertThat(report.getEntries()).extracting(ReportEntry::message)
                .anyMatch(m -> m.startsWith("no identifier"))
                .anyMatch(m -> m.startsWith("no primary title"))
                .anyMatch(m -> m.startsWith("no classification"));
    }

    @Test
    void targetLeavesOutPartsLinkedFromEitherEnd() {
        Node whole = NodeFactory.createURI("https://collection.example.org/object/w");
        Node partFromWhole = NodeFactory.createURI(whole.getURI() + "/part/support");
        Node partFromPart = NodeFactory.createURI(whole.getURI() + "/part/frame");
        Graph g = GraphFactory.createDefaultGraph();
        for (Node n : new Node[] {whole, partFromWhole, partFromPart}) g.add(Triple.create(n, RDF.Nodes.type, CRM.E22_Human_Made_Object));
        g.add(Triple.create(whole, CRM.P46_is_composed_of, partFromWhole));
        g.add(Triple.create(partFromPart, NodeFactory.createURI(CRM.NS + "P46i_forms_part_of"), whole));

        assertThat(ShaclValidator.get().validate(shapes, g).getEntries())
                .isNotEmpty().extracting(ReportEntry::focusNode).containsOnly(whole);
    }
}
