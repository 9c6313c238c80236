package org.glamlod.sync.core;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.glamlod.mappings.parse.RightsParser;
import org.glamlod.model.vocab.CRM;
import org.glamlod.model.vocab.LA;

/**
 * The rights gate: whether an object may go to a target that only takes openly licensed material. Open means
 * that every rights statement that applies is CC0 or the Public Domain Mark (in any URI spelling
 * {@link RightsParser} reads), and that there is at least one. Anything else — no rights, a licence with
 * conditions, a rightsstatements.org statement, a literal where a URI belongs, a graph that cannot be read — is
 * closed, with the reason: the gate fails closed.
 * <p>
 * Where rights sit (docs/model.md): the work's rights on the visual content the object shows
 * ({@code crm:P65_shows_visual_item / crm:P104_is_subject_to / crm:P2_has_type}); each image's on its file
 * ({@code crm:P138i_has_representation / la:digitally_shown_by / crm:P104_is_subject_to / crm:P2_has_type}).
 */
public final class RightsGate {

    /** Which rights a target needs open. */
    public enum Scope {
        /** The target takes anything (it sends only facts, or checks rights itself). */
        NONE,
        /** The work's rights must be open (metadata and descriptions of the work). */
        WORK,
        /** The work's rights and every image's must be open (the images themselves are sent). */
        WORK_AND_IMAGES
    }

    /** The gate's answer: open, or closed for the reason given. */
    public record Verdict(boolean open, String reason) {
        static final Verdict OPEN = new Verdict(true, null);

        static Verdict closed(String reason) {
            return new Verdict(false, reason);
        }
    }

    private RightsGate() {}

    /** Whether the object {@code object}, described by {@code graph}, passes the gate for {@code scope}. */
    public static Verdict check(Graph graph, String object, Scope scope) {
        if (scope == Scope.NONE) {
            return Verdict.OPEN;
        }
        try {
            Node subject = NodeFactory.createURI(object);
            List<String> problems = new ArrayList<>();
            List<Node> visuals = objects(graph, subject, CRM.P65_shows_visual_item);
            List<Node> workRights = new ArrayList<>();
            visuals.forEach(v -> workRights.addAll(objects(graph, v, CRM.P104_is_subject_to)));
            if (workRights.isEmpty()) {
                problems.add("the work has no rights statement");
            }
            workRights.forEach(r -> judge(graph, r, "the work", problems));
            if (scope == Scope.WORK_AND_IMAGES) {
                for (Node image : objects(graph, subject, CRM.P138i_has_representation)) {
                    for (Node file : objects(graph, image, LA.digitally_shown_by)) {
                        String which = "image " + file;
                        List<Node> rights = objects(graph, file, CRM.P104_is_subject_to);
                        if (rights.isEmpty()) {
                            problems.add(which + " has no rights statement");
                        }
                        rights.forEach(r -> judge(graph, r, which, problems));
                    }
                }
            }
            return problems.isEmpty() ? Verdict.OPEN : Verdict.closed("rights not open: " + String.join("; ", problems));
        } catch (RuntimeException e) {
            return Verdict.closed("rights could not be read: " + e);
        }
    }

    /** A right is open when it has at least one type and every type is a URI RightsParser calls open. */
    private static void judge(Graph graph, Node right, String whose, List<String> problems) {
        List<Node> types = objects(graph, right, CRM.P2_has_type);
        if (types.isEmpty()) {
            problems.add(whose + " has a rights statement without a rights URI");
        }
        for (Node type : types) {
            if (!type.isURI()) {
                problems.add(whose + " has rights that are not a URI: " + type);
            } else if (!RightsParser.isOpen(type.getURI())) {
                problems.add(whose + " is under " + type.getURI() + " (only CC0 and the Public Domain Mark are open)");
            }
        }
    }

    private static List<Node> objects(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).mapWith(t -> t.getObject()).toList();
    }
}
