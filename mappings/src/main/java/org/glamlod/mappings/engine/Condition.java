package org.glamlod.mappings.engine;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule's {@code when}: {@code {path: type, equals: painting}}, {@code {path: type, matches: "^paint"}},
 * {@code {path: image, present: true}} (or {@code false}). Values are cleaned as {@link ValueRule} cleans them.
 */
record Condition(String path, String equals, Pattern matches, Boolean present) {
    static Condition compile(SpecNode spec) {
        spec.allowOnly(Set.of("path", "equals", "matches", "present"));
        String path = spec.text("path");
        if (path == null) throw spec.error("a condition needs a path");
        String matches = spec.text("matches");
        String present = spec.text("present");
        Condition c = new Condition(path, spec.text("equals"), matches == null ? null : Pattern.compile(matches),
                present == null ? null : Boolean.valueOf(present));
        if (c.equals == null && c.matches == null && c.present == null) throw spec.error("a condition needs equals, matches or present");
        return c;
    }

    boolean test(Eval eval, Node node) {
        List<String> values = eval.select(node, path).stream().map(Node::text)
                .filter(t -> t != null && !t.isBlank()).map(ValueRule::clean).toList();
        if (present != null) return present == !values.isEmpty();
        if (equals != null) return values.stream().anyMatch(v -> v.equalsIgnoreCase(equals));
        return values.stream().anyMatch(v -> matches.matcher(v).find());
    }
}
