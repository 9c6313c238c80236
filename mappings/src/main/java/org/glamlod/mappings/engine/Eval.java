package org.glamlod.mappings.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.glamlod.model.rdf.UriScheme;

/** The state of mapping one record: the record, where the rules are, and the issues found so far. */
final class Eval {
    final Node record;
    final UriScheme uris;
    private final String locator;
    private final Map<String, Map<String, ValueRule.LookupEntry>> lookups;
    private final List<Issue> issues = new ArrayList<>();
    private String recordId;
    private String field = "id";

    Eval(Node record, String locator, UriScheme uris, Map<String, Map<String, ValueRule.LookupEntry>> lookups) {
        this.record = record;
        this.locator = locator;
        this.uris = uris;
        this.lookups = lookups;
    }

    /** Selects relative to the node, or to the record when the selector starts with {@code ^}. */
    List<Node> select(Node node, String selector) {
        return selector.startsWith("^") ? record.select(selector.substring(1)) : node.select(selector);
    }

    Optional<ValueRule.LookupEntry> lookup(String table, String value) {
        return Optional.ofNullable(lookups.get(table).get(ValueRule.normaliseKey(value)));
    }

    void recordId(String id) {
        this.recordId = id;
    }

    /** Runs one rule with its place in the mapping as the field of any issue it raises; a failing rule is a warning. */
    void at(String field, Runnable rule) {
        String outer = this.field;
        this.field = field;
        try {
            rule.run();
        } catch (IllegalArgumentException e) {
            warn(e.getMessage());
        } finally {
            this.field = outer;
        }
    }

    <T> T at(String field, Supplier<T> rule) {
        String outer = this.field;
        this.field = field;
        try {
            return rule.get();
        } finally {
            this.field = outer;
        }
    }

    void warn(String message) {
        issues.add(new Issue(Issue.Severity.WARNING, locator, recordId, field, message));
    }

    void error(String message) {
        issues.add(new Issue(Issue.Severity.ERROR, locator, recordId, field, message));
    }

    boolean failed() {
        return issues.stream().anyMatch(i -> i.severity() == Issue.Severity.ERROR);
    }

    List<Issue> issues() {
        return List.copyOf(issues);
    }
}
