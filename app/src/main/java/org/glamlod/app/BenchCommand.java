package org.glamlod.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.glamlod.mappings.engine.Mapping;
import org.glamlod.mappings.source.HttpOptions;
import org.glamlod.mappings.source.Sources;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.store.ObjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code glam bench}: benchmarks that print their figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Glam.Version.class,
        description = "Benchmarks that print their figures (run them on the machine you care about).",
        subcommands = BenchCommand.IngestBench.class)
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * The ingest paths on generated records in the bundled CSV mapping's format: reading and mapping alone, the bulk
     * load into an empty store, re-ingesting unchanged records, and re-ingesting with a share of them changed.
     */
    @Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Glam.Version.class,
            description = {"Generate N museum records (CSV, the bundled csv mapping) in a temporary folder and time "
                    + "each ingest path: map only, bulk load into an empty store, unchanged re-ingest, and re-ingest "
                    + "with some records changed. Prints records/s, quads/s, peak heap and store size."})
    static final class IngestBench implements Callable<Integer> {
        @Option(names = "--records", paramLabel = "N", defaultValue = "20000", description = "How many records (default: ${DEFAULT-VALUE}).")
        int records;

        @Option(names = "--changed", paramLabel = "PERCENT", defaultValue = "10",
                description = "Share of records changed for the last run (default: ${DEFAULT-VALUE}).")
        int changed;

        @Option(names = "--keep", description = "Keep the generated input and store (their folder is printed).")
        boolean keep;

        @Override
        public Integer call() throws IOException {
            PrintStream out = System.out;
            Path dir = Files.createTempDirectory("glam-bench");
            Mapping mapping = Mapping.resolve("csv");
            UriScheme uris = new UriScheme("https://bench.example.org/");
            Path input = dir.resolve("objects.csv");
            generate(input, records, 0);
            out.printf("glam bench ingest: %,d records (%,d KB of CSV), bundled csv mapping, %d cores, max heap %,d MB%n",
                    records, Files.size(input) / 1024, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            resetPeakHeap();

            long[] triples = {0};
            ObjectGraphWriter writer = new ObjectGraphWriter(uris);
            long start = System.nanoTime();
            Sources.read(mapping.source().toSourceFormat(), List.of(input.toString()), r -> {
                var m = mapping.map(r, uris);
                if (!m.rejected()) triples[0] += writer.graph(m.object()).size();
            }, e -> { });
            line(out, "map only (read, map, write graph)", records, triples[0], start);

            Path data = dir.resolve("data");
            try (ObjectStore store = ObjectStore.open(data)) {
                line(out, "bulk load into an empty store", records, triples[0], ingest(mapping, uris, store, input, dir, "1"));
                line(out, "re-ingest, nothing changed", records, triples[0], ingest(mapping, uris, store, input, dir, "2"));
                generate(input, records, changed);
                line(out, "re-ingest, " + changed + "% changed", records, triples[0], ingest(mapping, uris, store, input, dir, "3"));
            }
            out.printf("  peak heap used %,d MB; store on disk %,d MB (TDB2 + Lucene)%n", peakHeap() >> 20, size(data) >> 20);
            if (keep) out.println("  kept: " + dir);
            else delete(dir);
            return 0;
        }

        private static long ingest(Mapping mapping, UriScheme uris, ObjectStore store, Path input, Path dir, String run) throws IOException {
            long start = System.nanoTime();
            try (Ingest ingest = new Ingest(mapping, uris, store, dir.resolve("report-" + run + ".jsonl"))) {
                Ingest.Summary s = ingest.run(Ingest.Reading.of(mapping, List.of(input.toString()), HttpOptions.DEFAULT), false, 1000, () -> {});
                if (s.rejected() > 0) throw new IllegalStateException("the generated records were rejected: see " + dir);
            }
            return start;
        }

        private static void line(PrintStream out, String what, long records, long triples, long start) {
            double s = (System.nanoTime() - start) / 1e9;
            out.printf("  %-36s %7.1f s  %,9.0f records/s  %,11.0f triples/s%n", what, s, records / s, triples / s);
        }

        /** Records shaped like a real export: varied makers, dates, dimensions, texts and images. */
        static void generate(Path file, int n, int changedPercent) throws IOException {
            String[] types = {"painting", "print", "drawing", "photograph", "vase"};
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("object_number,title,title_language,object_type,maker,maker_role,maker_birth,maker_death,date,medium,"
                        + "support,dimensions,description,credit_line,department,subjects,image_url,image_rights,web_page\n");
                for (int i = 0; i < n; i++) {
                    boolean changed = i % 100 < changedPercent;
                    w.write(String.join(",", "B." + i, "\"View of the harbour, study " + i + (changed ? " (revised)" : "") + "\"", "en",
                            types[i % types.length], "Maker " + (i % 2000), "painter", String.valueOf(1600 + i % 250),
                            String.valueOf(1660 + i % 250), "ca. " + (1620 + i % 250), "oil paint", "canvas",
                            (20 + i % 80) + " x " + (30 + i % 70) + ".5 cm",
                            "\"A harbour at morning, with ships, figures on the quay and a church tower beyond; number " + i + ".\"",
                            "\"Gift of a donor, " + (1900 + i % 120) + "\"", "Department " + (i % 12), "harbours; ships",
                            "https://img.bench.example/" + i + ".jpg", "CC0", "https://bench.example/objects/" + i));
                    w.write('\n');
                }
            }
        }

        private static void resetPeakHeap() {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        private static long peakHeap() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }

        private static long size(Path dir) throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
        }

        private static void delete(Path dir) throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
