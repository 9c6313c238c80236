package org.glamlod.mappings.engine;

import java.util.List;

/**
 * A place in a source record that mapping rules select from: the record itself, or an item a {@code foreach}
 * iterates over. One implementation per source format, so the engine itself knows no format.
 */
interface Node {
    /** The nodes a selector picks, in document order; selectors are relative to this node. */
    List<Node> select(String selector);

    /**
     * This node as text, or null when it has none (an absent value, JSON null) — text of objects is refused by
     * {@link #isStructured()} callers, so a misplaced object never sneaks in as "{…}".
     */
    String text();

    /** An object or element with children rather than a scalar value. */
    boolean isStructured();
}
