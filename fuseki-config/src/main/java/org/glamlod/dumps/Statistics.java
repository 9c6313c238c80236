package org.glamlod.dumps;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Figures of the union graph for the dataset description (VoID), gathered while the Turtle dump streams it.
 *
 * @param triples    distinct triples in the union of the object graphs
 * @param subjects   distinct subjects
 * @param properties distinct predicates
 * @param classes    per class, the distinct resources typed with it ({@code void:classPartition})
 */
public record Statistics(long triples, long subjects, long properties, Map<String, Long> classes) {

    /** Counts a stream of distinct triples grouped by subject, as TDB2's union graph hands them out. */
    static final class Collector {
        private long triples;
        private long subjects;
        private Node lastSubject;
        // both bounded by the vocabularies in use, not by the size of the data
        private final Set<Node> properties = new HashSet<>();
        private final Map<String, Long> classes = new TreeMap<>();

        void triple(Triple t) {
            triples++;
            if (!t.getSubject().equals(lastSubject)) {
                subjects++;
                lastSubject = t.getSubject();
            }
            properties.add(t.getPredicate());
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI())
                classes.merge(t.getObject().getURI(), 1L, Long::sum);
        }

        Statistics result() {
            return new Statistics(triples, subjects, properties.size(), classes);
        }
    }
}
