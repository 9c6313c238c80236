package org.glamlod.model.shacl;

import java.util.Objects;

/**
 * One thing that keeps an object from being published: a SHACL validation result in plain strings, so callers
 * (the app, the sync jobs, logs) need no Jena types.
 *
 * @param focusNode the node the constraint is about: the object itself, or a node describing it (an image file
 *                  {@code {object}/image/1/file}, a time span)
 * @param path      the property path checked, prefixed ({@code crm:P104_is_subject_to}), or null
 * @param value     the offending value (a URI or a literal's lexical form), or null when something is missing
 * @param severity  SHACL's severity by local name: {@code Violation}, {@code Warning} or {@code Info}
 * @param message   what is wrong, written for collection staff
 */
public record Problem(String focusNode, String path, String value, String severity, String message) {
    public Problem {
        Objects.requireNonNull(focusNode, "focus node");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** One line; nodes minted under {@code object} are shown relative to it ("image/1/file"). */
    String toText(String object) {
        String where = focusNode.equals(object) ? "" : relative(focusNode, object) + ": ";
        String at = path == null ? "" : "; " + path + (value == null ? "" : " = " + relative(value, object));
        return object + ": " + where + message + " [" + severity + at + "]";
    }

    private static String relative(String node, String object) {
        return node.startsWith(object + "/") ? node.substring(object.length() + 1) : node;
    }
}
