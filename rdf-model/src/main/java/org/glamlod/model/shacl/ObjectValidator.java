package org.glamlod.model.shacl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.Prologue;

/**
 * Checks objects against {@code object-shapes.ttl}: what an object needs before it is published. The shapes are
 * parsed once per validator and only read afterwards, so one instance can be shared by any number of threads.
 *
 * <p>Some problems are about the object node itself (no title), others about a node that describes it: an image
 * file, a time span. A problem belongs to every object that reaches its node by following links, without passing
 * through another object: the object's own intermediate nodes, and also the agents, places and concepts its graph
 * describes, so wrong life dates of an artist are reported on each object crediting that artist, where they would
 * be published.
 */
public final class ObjectValidator {
    private static final String SHAPES = "object-shapes.ttl";
    private static final Node OBJECT_SHAPE = NodeFactory.createURI("urn:glamlod:shapes:PublishableObject");
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::focusNode)
            .thenComparing(Problem::message).thenComparing(p -> String.valueOf(p.value()));

    private final Shapes shapes;
    private final Shape objectShape;
    private final Prologue prefixes;

    public ObjectValidator() {
        try (InputStream in = ObjectValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) throw new IllegalStateException("shapes not on the classpath: " + SHAPES);
            Graph graph = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
            shapes = Shapes.parse(graph);
            prefixes = new Prologue(graph.getPrefixMapping());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        objectShape = shapes.getShape(OBJECT_SHAPE);
    }

    /** The publishable objects in a graph, as the shapes' own target selects them, ordered by URI. */
    public List<Node> objects(Graph graph) {
        return VLib.focusNodes(graph, objectShape).stream().sorted(Comparator.comparing(Node::toString)).toList();
    }

    /**
     * The problems of one object, usually in the graph {@code ObjectGraphWriter} wrote for it.
     *
     * @throws IllegalArgumentException if {@code object} is not a publishable object of the graph (a part, say)
     */
    public ObjectReport validate(Graph objectGraph, Node object) {
        Set<Node> objects = Set.copyOf(objects(objectGraph));
        if (!objects.contains(object))
            throw new IllegalArgumentException(
                    "not a publishable object (a crm:E22_Human-Made_Object that is no part) in the graph: " + object);
        return report(objectGraph, object, objects, byFocus(objectGraph));
    }

    /** A report for every publishable object in a graph that may hold many, ordered by object URI. */
    public List<ObjectReport> validateAll(Graph graph) {
        List<Node> objects = objects(graph);
        Set<Node> objectSet = Set.copyOf(objects);
        Map<Node, List<Problem>> problems = byFocus(graph);
        return objects.stream().map(o -> report(graph, o, objectSet, problems)).toList();
    }

    /** One validation of the whole graph: every target of every shape, as the SHACL engine computes them. */
    private Map<Node, List<Problem>> byFocus(Graph graph) {
        return ShaclValidator.get().validate(shapes, graph).getEntries().stream()
                .collect(Collectors.groupingBy(ReportEntry::focusNode, Collectors.mapping(this::problem, Collectors.toList())));
    }

    private ObjectReport report(Graph graph, Node object, Set<Node> objects, Map<Node, List<Problem>> byFocus) {
        // a graph without problems, the usual case, needs no walk
        List<Problem> problems = byFocus.isEmpty() ? List.of() : describing(graph, object, objects).stream()
                .flatMap(n -> byFocus.getOrDefault(n, List.of()).stream()).sorted(ORDER).toList();
        return new ObjectReport(text(object), problems);
    }

    /** The object and every node reachable from it without passing through another object. */
    private static Set<Node> describing(Graph graph, Node object, Set<Node> objects) {
        Set<Node> seen = new HashSet<>(List.of(object));
        Deque<Node> pending = new ArrayDeque<>(seen);
        while (!pending.isEmpty()) {
            graph.find(pending.pop(), Node.ANY, Node.ANY).forEach(t -> {
                Node o = t.getObject();
                if (!o.isLiteral() && !objects.contains(o) && seen.add(o))
                    pending.add(o);
            });
        }
        return seen;
    }

    private Problem problem(ReportEntry e) {
        return new Problem(text(e.focusNode()), e.resultPath() == null ? null : e.resultPath().toString(prefixes),
                e.value() == null ? null : text(e.value()), e.severity().level().getLocalName(), e.message());
    }

    private static String text(Node n) {
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
