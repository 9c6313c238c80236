package org.glamlod.app;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.jena.graph.NodeFactory;
import org.glamlod.model.shacl.ObjectReport;
import org.glamlod.model.shacl.ObjectValidator;
import org.glamlod.store.Store;

/** The SHACL check over every object in the store, for {@code glam validate} and the scheduled {@code validate} job. */
final class Validation {
    /** How many objects were checked and how many of them are not publishable. */
    record Summary(int checked, int failing) {
        @Override
        public String toString() {
            return checked + " objects checked: " + (checked - failing) + " publishable, " + failing + " with problems";
        }
    }

    private Validation() {}

    /**
     * Checks each object, handing each non-conforming report to {@code problems}; stops early (with what was checked
     * so far) once {@code stop} says so.
     */
    static Summary run(Store store, Consumer<ObjectReport> problems, BooleanSupplier stop) {
        ObjectValidator validator = new ObjectValidator();
        int checked = 0;
        int failing = 0;
        for (String name : store.graphNames()) {
            if (stop.getAsBoolean()) break;
            ObjectReport report = validator.validate(store.graph(name), NodeFactory.createURI(name));
            checked++;
            if (!report.conforms()) {
                failing++;
                problems.accept(report);
            }
        }
        return new Summary(checked, failing);
    }
}
