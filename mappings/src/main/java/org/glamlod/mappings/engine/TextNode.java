package org.glamlod.mappings.engine;

import java.util.List;

/** A plain value: a CSV cell, one piece of a split value, a computed XPath string. Only {@code .} selects in it. */
record TextNode(String text) implements Node {
    @Override
    public List<Node> select(String selector) {
        return selector.equals(".") ? List.of(this) : List.of();
    }

    @Override
    public boolean isStructured() {
        return false;
    }
}
