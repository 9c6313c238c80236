package org.glamlod.pages;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.glamlod.model.Agent;
import org.glamlod.model.Concept;
import org.glamlod.model.Name;
import org.glamlod.model.Place;
import org.glamlod.model.TimeSpan;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.vocab.AAT;
import org.glamlod.model.vocab.CRM;
import org.glamlod.model.vocab.LA;
import org.glamlod.model.vocab.Languages;

/**
 * Reads agents, places and labels from a {@link Catalogue#describe description} (the union of what the object graphs
 * say), in the shape {@code ObjectGraphWriter} writes them (docs/model.md). Where sources disagree the union holds
 * both; names keep their numbered order, and a node with two values shows the smallest, as the object reader does.
 */
final class Descriptions {
    private final Graph g;

    Descriptions(Graph description) {
        this.g = description;
    }

    Optional<String> label(String uri) {
        return values(NodeFactory.createURI(uri), RDFS.label.asNode()).stream().map(Node::getLiteralLexicalForm).findFirst();
    }

    Agent agent(String uri, UriScheme uris) {
        Node a = NodeFactory.createURI(uri);
        boolean person = g.contains(a, RDF.type.asNode(), CRM.E21_Person);
        return new Agent(uris.idOf(uri, UriScheme.AGENT).orElseThrow(), person ? Agent.Kind.PERSON : Agent.Kind.GROUP,
                names(a), lifeEvent(a, person ? CRM.P98i_was_born : CRM.P95i_was_formed_by),
                lifeEvent(a, person ? CRM.P100i_died_in : CRM.P99i_was_dissolved_by),
                values(a, CRM.P2_has_type).stream().filter(Node::isURI).map(this::concept).toList(),
                equivalents(a));
    }

    Place place(String uri, UriScheme uris) {
        Node p = NodeFactory.createURI(uri);
        return new Place(uris.idOf(uri, UriScheme.PLACE).orElseThrow(), names(p), equivalents(p));
    }

    List<String> equivalents(Node n) {
        return values(n, LA.equivalent).stream().filter(Node::isURI).map(Node::getURI).toList();
    }

    private List<Name> names(Node owner) {
        return values(owner, CRM.P1_is_identified_by).stream()
                .filter(n -> g.contains(n, RDF.type.asNode(), CRM.E33_E41_Linguistic_Appellation))
                .sorted(Comparator.comparingInt(Descriptions::ordinal))
                .flatMap(n -> content(n).map(c -> new Name(c, language(n), hasType(n, AAT.PRIMARY_NAME))).stream())
                .toList();
    }

    private TimeSpan lifeEvent(Node agent, Node property) {
        return first(agent, property).flatMap(e -> first(e, CRM.P4_has_time_span)).map(ts -> {
            Optional<Instant> begin = first(ts, CRM.P82a_begin_of_the_begin).map(l -> Instant.parse(l.getLiteralLexicalForm()));
            Optional<Instant> end = first(ts, CRM.P82b_end_of_the_end).map(l -> Instant.parse(l.getLiteralLexicalForm()));
            String display = values(ts, CRM.P1_is_identified_by).stream().filter(n -> hasType(n, AAT.DISPLAY_NAME))
                    .findFirst().flatMap(this::content).orElse(null);
            return begin.isEmpty() && end.isEmpty() && display == null ? null
                    : new TimeSpan(begin.orElse(null), end.orElse(null), display);
        }).orElse(null);
    }

    private Concept concept(Node c) {
        return new Concept(c.getURI(), first(c, RDFS.label.asNode()).map(Node::getLiteralLexicalForm).orElse(null));
    }

    private String language(Node n) {
        return first(n, CRM.P72_has_language).flatMap(l -> Languages.tag(l.getURI())).orElse(null);
    }

    private Optional<String> content(Node n) {
        return first(n, CRM.P190_has_symbolic_content).map(Node::getLiteralLexicalForm);
    }

    private boolean hasType(Node n, String type) {
        return g.contains(n, CRM.P2_has_type, NodeFactory.createURI(type));
    }

    private Optional<Node> first(Node s, Node p) {
        return values(s, p).stream().findFirst();
    }

    private List<Node> values(Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList().stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    private static int ordinal(Node n) {
        String uri = n.getURI();
        try {
            return Integer.parseInt(uri.substring(uri.lastIndexOf('/') + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
