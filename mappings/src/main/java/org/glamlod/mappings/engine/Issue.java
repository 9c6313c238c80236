package org.glamlod.mappings.engine;

/**
 * Something wrong with one record: where (the record's locator and id), which field (the rule's place in the mapping,
 * e.g. {@code object.titles[0]}), and why. An error rejects the record; a warning keeps it, minus the bad value.
 */
public record Issue(Severity severity, String locator, String recordId, String field, String message) {
    public enum Severity { ERROR, WARNING }

    public String toText() {
        return (recordId != null ? recordId + " (" + locator + ")" : locator) + ": " + field + ": " + message;
    }
}
