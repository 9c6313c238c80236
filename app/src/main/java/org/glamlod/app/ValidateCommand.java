package org.glamlod.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.glamlod.model.shacl.ObjectReport;
import org.glamlod.model.shacl.ObjectValidator;
import org.glamlod.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The SHACL report over every object in the store; exit 3 when any object is not publishable. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Glam.Version.class,
        description = {"Check every object in the store against the publishing shapes (an identifier, a primary "
                + "title, a classification, dates in order, a rights URI on every image) and report the problems.",
                "Exit code 0 when all objects are publishable, 3 when some are not."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        if (!Files.isDirectory(options.data().resolve("tdb2")))
            throw new IllegalArgumentException("no store under " + options.data() + "; load one first (glam demo, or glam ingest)");
        int checked = 0;
        int failing = 0;
        ObjectValidator validator = new ObjectValidator();
        try (Store store = options.openStore()) {
            List<String> names = store.graphNames();
            for (String name : names) {
                ObjectReport report = validator.validate(store.graph(name), NodeFactory.createURI(name));
                checked++;
                if (!report.conforms()) {
                    failing++;
                    out.println(report.toText());
                }
            }
        }
        out.printf("%d objects checked: %d publishable, %d with problems%n", checked, checked - failing, failing);
        return failing == 0 ? 0 : Glam.EXIT_INVALID;
    }
}
