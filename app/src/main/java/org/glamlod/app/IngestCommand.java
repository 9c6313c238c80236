package org.glamlod.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.glamlod.mappings.engine.Mapping;
import org.glamlod.mappings.source.HttpOptions;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glam ingest}: map a source's records and load what changed. */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Glam.Version.class,
        description = {"Map collection records with a mapping and load them into the store. Unchanged records write "
                + "nothing; bad records are reported (one JSON line per problem) and never stop the good ones.",
                "Inputs: files, directories, .gz files, and http(s) URLs (paged for APIs like SMK's).",
                "Exit code 0 when every record loaded, 3 when some were rejected, 2 for usage errors, 1 on failure."},
        footer = {"", "Bundled mappings: smithsonian-edan, smk, lido, csv. Example:",
                "  glam ingest --mapping csv --data data exports/objects.csv"})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    @Option(names = "--mapping", required = true, paramLabel = "NAME_OR_FILE",
            description = "A bundled mapping (smithsonian-edan, smk, lido, csv) or a mapping file.")
    String mapping;

    @Option(names = "--base-uri", paramLabel = "URI",
            description = "Your collection's URI space: objects become {base}object/{id} (default: base-uri in the "
                    + "configuration, else GLAM_BASE_URI, else https://collection.example.org/).")
    String baseUri;

    @Option(names = "--full", description = "The input is the whole of this source: objects it no longer has are "
            + "deleted (kept as tombstones for harvesters). Skipped when any input could not be read to its end.")
    boolean full;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Where to write the problems, one JSON line each (default: DIR/reports/ingest-TIME.jsonl).")
    Path report;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1000",
            description = "Objects per store transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--contact", paramLabel = "EMAIL_OR_URL",
            description = "Your contact, sent in the User-Agent when reading from APIs.")
    String contact;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, .gz files or http(s) URLs.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        Mapping m = Mapping.resolve(mapping);
        UriScheme uris = new UriScheme(options.baseUri(baseUri));
        for (String input : inputs)
            if (!input.startsWith("http://") && !input.startsWith("https://") && !Files.exists(Path.of(input)))
                throw new IllegalArgumentException("no such input: " + input);
        Path reportFile = report != null ? report : options.data().resolve("reports")
                .resolve("ingest-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".jsonl");
        HttpOptions http = contact == null ? HttpOptions.DEFAULT : HttpOptions.DEFAULT.withContact(contact);
        PrintStream out = System.out;
        Ingest.Summary s;
        try (Store store = options.openStore();
             Ingest ingest = new Ingest(m, uris, store, reportFile);
             ProgressBar bar = new ProgressBarBuilder().setTaskName("Ingesting " + m.name()).setInitialMax(-1)
                     .setUnit(" records", 1).showSpeed().setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            s = ingest.run(Ingest.Reading.of(m, inputs, http), full, batch, bar::step);
        }
        out.printf("%,d records read: %,d created, %,d updated, %,d unchanged, %,d deleted, %,d rejected (%,d warnings)%n",
                s.read(), s.created(), s.updated(), s.unchanged(), s.deleted(), s.rejected(), s.warnings());
        out.printf("%.1f s, %,.0f records/s%s%n", s.seconds(), s.perSecond(), s.bulk() ? " (bulk load into an empty store)" : "");
        if (s.deletionsSkipped())
            out.println("--full: some input could not be read to its end, so nothing was deleted; fix it and run again");
        if (s.rejected() > 0 || s.warnings() > 0) {
            s.firstProblems().forEach(p -> out.println("  " + p));
            out.println("All problems, one JSON line each: " + reportFile);
        }
        return s.rejected() > 0 ? Glam.EXIT_INVALID : 0;
    }
}
