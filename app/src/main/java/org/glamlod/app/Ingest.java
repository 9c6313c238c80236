package org.glamlod.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.glamlod.mappings.engine.Issue;
import org.glamlod.mappings.engine.MappedRecord;
import org.glamlod.mappings.engine.Mapping;
import org.glamlod.mappings.source.HttpOptions;
import org.glamlod.mappings.source.ReadError;
import org.glamlod.mappings.source.SourceRecord;
import org.glamlod.mappings.source.Sources;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.store.ObjectLoader;
import org.glamlod.store.Store;

/**
 * One ingest run: source records are read one at a time, mapped, written as graphs, and loaded if they changed.
 * Every problem goes to a JSON-lines report, one line per issue naming the record, the field and the reason; a
 * bad record never stops the others.
 */
final class Ingest implements AutoCloseable {
    /** What the run did. */
    record Summary(long read, long created, long updated, long unchanged, long deleted, long rejected, long warnings,
                   boolean bulk, boolean deletionsSkipped, double seconds, List<String> firstProblems) {
        double perSecond() {
            return seconds <= 0 ? read : read / seconds;
        }
    }

    /** Hears each record as it is done, for a progress bar. */
    interface Progress {
        void record();
    }

    /** Reads the input, handing over each record and each part that could not be read. */
    interface Reading {
        void read(Consumer<SourceRecord> records, Consumer<ReadError> errors);

        static Reading of(Mapping mapping, List<String> inputs, HttpOptions http) {
            return (records, errors) -> Sources.read(mapping.source().toSourceFormat(), inputs, http, records, errors);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Mapping mapping;
    private final UriScheme uris;
    private final ObjectGraphWriter writer;
    private final Store store;
    private final BufferedWriter report;
    private long read;
    private long rejected;
    private long warnings;
    private long readErrors;
    /** The first few problems, to show at once; the report has them all. */
    private final List<String> firstProblems = new java.util.ArrayList<>();
    private static final int SHOWN = 3;

    Ingest(Mapping mapping, UriScheme uris, Store store, Path reportFile) throws IOException {
        this.mapping = mapping;
        this.uris = uris;
        this.writer = new ObjectGraphWriter(uris);
        this.store = store;
        Files.createDirectories(reportFile.toAbsolutePath().getParent());
        this.report = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8);
    }

    Summary run(Reading input, boolean full, int batchSize, Progress progress) {
        long start = System.nanoTime();
        ObjectLoader.Summary loaded;
        try (ObjectLoader loader = new ObjectLoader(store, mapping.name(), batchSize)) {
            input.read(r -> {
                record(r, loader);
                progress.record();
            }, e -> {
                readError(e);
                progress.record();
            });
            // an input that could not be read to its end is not complete: deleting what it lacks would be wrong
            loaded = loader.finish(full && readErrors == 0);
        }
        flushReport();
        return new Summary(read, loaded.created(), loaded.updated(), loaded.unchanged(), loaded.deleted(), rejected,
                warnings, loaded.bulk(), full && readErrors > 0, (System.nanoTime() - start) / 1e9, List.copyOf(firstProblems));
    }

    private void record(SourceRecord r, ObjectLoader loader) {
        read++;
        MappedRecord mapped = mapping.map(r, uris);
        for (Issue i : mapped.issues()) {
            if (i.severity() == Issue.Severity.WARNING) warnings++;
            write(i.locator(), i.recordId(), i.field(), i.severity().name().toLowerCase(), i.message());
        }
        if (mapped.rejected()) {
            rejected++;
            return;
        }
        try {
            loader.put(uris.object(mapped.id()), writer.graph(mapped.object()));
        } catch (ObjectLoader.DuplicateIdException e) {
            rejected++;
            write(r.locator(), mapped.id(), "id", "error", e.getMessage());
        }
    }

    private void readError(ReadError e) {
        read++;
        rejected++;
        readErrors++;
        write(e.locator(), null, "input", "error", e.message());
    }

    private void write(String locator, String id, String field, String severity, String message) {
        if (firstProblems.size() < SHOWN)
            firstProblems.add(severity + " " + (id != null ? id + " (" + locator + ")" : locator) + ": " + field + ": " + message);
        try {
            var line = JSON.createObjectNode().put("record", locator).put("id", id).put("field", field)
                    .put("severity", severity).put("message", message);
            report.write(JSON.writeValueAsString(line));
            report.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the error report: " + e.getMessage(), e);
        }
    }

    private void flushReport() {
        try {
            report.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the error report: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        report.close();
    }
}
