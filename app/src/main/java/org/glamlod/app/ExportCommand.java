package org.glamlod.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.glamlod.dumps.DumpFile;
import org.glamlod.dumps.DumpFormat;
import org.glamlod.dumps.Dumps;
import org.glamlod.dumps.Manifest;
import org.glamlod.store.ObjectStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code glam export}: the public data in bulk, to a file or as the published dumps. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Glam.Version.class,
        description = {"Write the collection's public data in bulk: every object's graph, nothing of the store's "
                + "bookkeeping. Reads one consistent snapshot; the store stays usable meanwhile.",
                "With --format and --out: that format to that file, gzipped when its name ends in .gz.",
                "Without them: remake every published dump in DIR/dumps with its manifest, which glam serve lists at "
                        + "/dumps and describes at /void (the server also remakes them when the data changed).",
                "Exit code 0 when every object was written, 3 when some could not be said in Linked Art (the log names "
                        + "them), 2 for usage errors, 1 on failure."},
        footer = {"", "Formats:",
                "  nquads      N-Quads: one named graph per object, named by its URI",
                "  turtle      Turtle: the union graph (what plain SPARQL sees), each triple once",
                "  linked-art  JSON Lines: one Linked Art JSON-LD document per object",
                "Examples:",
                "  glam export --format nquads --data data --out collection.nq.gz",
                "  glam export --data data"})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class, completionCandidates = FormatNames.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    DumpFormat format;

    @Option(names = "--out", paramLabel = "PATH", description = "The file to write (its directories are made).")
    Path out;

    @Override
    public Integer call() {
        if (format == null && out != null)
            throw new CommandLine.ParameterException(spec.commandLine(), "--out needs --format (nquads, turtle or linked-art)");
        if (format != null && out == null)
            throw new CommandLine.ParameterException(spec.commandLine(), "--format needs --out; without both, glam export "
                    + "remakes every published dump in " + options.data().resolve("dumps"));
        PrintStream stdout = System.out;
        long skipped;
        try (ObjectStore store = options.openLocalStore("export"); Bars bars = new Bars()) {
            Dumps dumps = new Dumps(store, options.data());
            if (out != null) {
                DumpFile file = dumps.export(format, out, bars);
                stdout.println(summary(out, file, bars.seconds.get(0)));
                skipped = file.skipped();
            } else {
                Manifest manifest = dumps.publish(bars);
                Iterator<Double> seconds = bars.seconds.iterator();
                for (DumpFile file : manifest.dumps())
                    stdout.println(summary(dumps.directory().resolve(file.file()), file, seconds.next()));
                stdout.printf("Manifest %s: %,d objects, %,d quads; glam serve lists it at /dumps and describes it at /void%n",
                        dumps.directory().resolve(Manifest.FILE), manifest.store().objects(), manifest.store().quads());
                skipped = manifest.dumps().stream().mapToLong(DumpFile::skipped).sum();
            }
        }
        if (skipped > 0)
            stdout.printf("%,d objects left out of the Linked Art export: their graphs cannot be said in Linked Art "
                    + "(the warnings above name each and why)%n", skipped);
        return skipped > 0 ? Glam.EXIT_INVALID : 0;
    }

    private static String summary(Path path, DumpFile file, double seconds) {
        return String.format("%s: %,d %s, %s, in %.1f s (%,.0f %s/s)", path, file.count(), file.dumpFormat().unit(),
                Dumps.humanSize(file.bytes()), seconds, file.count() / Math.max(seconds, 0.001), file.dumpFormat().unit());
    }

    /** A progress bar per format, on stderr like ingest's, and how long each format took; closing ends a bar cut short. */
    private static final class Bars implements Dumps.Listener, AutoCloseable {
        private ProgressBar bar;
        private long started;
        final List<Double> seconds = new ArrayList<>();

        @Override
        public void started(DumpFormat f, long total) {
            started = System.nanoTime();
            // Linked Art reports objects done, written or left out
            String unit = f == DumpFormat.LINKED_ART ? "objects" : f.unit();
            bar = new ProgressBarBuilder().setTaskName(f.formatName()).setInitialMax(total).setUnit(" " + unit, 1)
                    .showSpeed().continuousUpdate().setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }

        @Override
        public void progress(long done) {
            bar.stepTo(done);
        }

        @Override
        public void finished(DumpFile file) {
            seconds.add((System.nanoTime() - started) / 1e9);
            close();
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
            bar = null;
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<DumpFormat> {
        @Override
        public DumpFormat convert(String value) {
            try {
                return DumpFormat.named(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(DumpFormat.values()).map(DumpFormat::formatName).iterator();
        }
    }
}
