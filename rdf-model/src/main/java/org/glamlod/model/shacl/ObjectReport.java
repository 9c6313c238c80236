package org.glamlod.model.shacl;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What stops one object from being published.
 *
 * @param object   the object's URI
 * @param problems its problems, ordered by the node they are about, empty when it conforms
 */
public record ObjectReport(String object, List<Problem> problems) {
    public ObjectReport {
        Objects.requireNonNull(object, "object");
        problems = List.copyOf(problems);
    }

    /** In SHACL's sense: no result of any severity. */
    public boolean conforms() {
        return problems.isEmpty();
    }

    /** One line per problem, each starting with the object's URI so lines can be grepped and sorted. */
    public String toText() {
        if (conforms()) return object + ": conforms";
        return problems.stream().map(p -> p.toText(object)).collect(Collectors.joining("\n"));
    }
}
