package org.glamlod.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/** The rows of a SELECT, each mapped, nulls dropped: {@link Store#select} for both kinds of store. */
final class Rows {
    private Rows() {}

    static <T> List<T> of(QueryExecution qe, Function<QuerySolution, T> row) {
        List<T> out = new ArrayList<>();
        ResultSet rs = qe.execSelect();
        while (rs.hasNext()) {
            T value = row.apply(rs.next());
            if (value != null) out.add(value);
        }
        return out;
    }
}
