package org.glamlod.mappings.engine;

import java.util.List;
import java.util.Map;

/** CSV rows: a selector is a column name; {@code .} is the current value (inside a {@code foreach} over a column). */
final class CsvNodes {
    Node root(Map<String, String> row) {
        return new Row(row);
    }

    private record Row(Map<String, String> row) implements Node {
        @Override
        public List<Node> select(String selector) {
            String value = row.get(selector);
            return value == null || value.isEmpty() ? List.of() : List.of(new TextNode(value));
        }

        @Override
        public String text() {
            return null;
        }

        @Override
        public boolean isStructured() {
            return true;
        }
    }
}
