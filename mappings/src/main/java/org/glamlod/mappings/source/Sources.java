package org.glamlod.mappings.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads records from files, directories and URLs, one at a time, in memory bounded by one record whatever the input
 * size. Each record goes to {@code records}; input that cannot be read goes to {@code errors} as a {@link ReadError}
 * whose locator names the file and line, record number, byte offset or URL, and reading goes on with the next
 * record, file or input. Nothing a source contains makes these methods throw.
 *
 * <p>Inputs, in the order given:
 * <ul>
 *   <li>a file: read in the given format, gunzipped first if it starts with the gzip magic bytes (whatever its name);
 *   <li>a directory: every regular file under it, recursively, in sorted path order, hidden files and directories
 *       (names starting with a dot) left out;
 *   <li>an {@code http://} or {@code https://} URL: fetched with a GET (retried per {@link HttpOptions}) and read
 *       like a file, except that when the format {@link SourceFormat#isPaged() is paged} the URL is a paged JSON API
 *       (SMK style: {@code offset}/{@code rows} parameters, records in the wrapper's records field; see
 *       {@code HttpPagedSource}).
 * </ul>
 * Each format's reader documents what a bad record costs: a JSON line or a CSV row costs itself only; a syntax
 * error in a JSON document or in XML ends that file after the records before it, as a parser cannot resynchronise.
 *
 * <p>Exceptions thrown by the callbacks are not caught: they stop the read and reach the caller. Locators count
 * lines, records and items from 1.
 */
public final class Sources {

    private Sources() {}

    /** Reads {@code inputs} with the default {@link HttpOptions}. */
    public static void read(SourceFormat format, List<String> inputs, Consumer<? super SourceRecord> records,
                            Consumer<? super ReadError> errors) {
        read(format, inputs, HttpOptions.DEFAULT, records, errors);
    }

    /** Reads {@code inputs} (files, directories, URLs) in order; stops early only if the thread is interrupted. */
    public static void read(SourceFormat format, List<String> inputs, HttpOptions httpOptions,
                            Consumer<? super SourceRecord> records, Consumer<? super ReadError> errors) {
        Http http = inputs.stream().anyMatch(Inputs::isUrl) ? new Http(httpOptions) : null;
        try {
            for (String input : inputs) {
                if (Thread.currentThread().isInterrupted()) return;
                if (Inputs.isUrl(input) && format.isPaged()) {
                    HttpPagedSource.read(http, input, format.recordsField(), format.pageSize(), records, errors);
                    continue;
                }
                for (String file : Inputs.expand(input, errors)) {
                    try (InputStream raw = Inputs.open(file, http); InputStream in = Inputs.decompressed(raw)) {
                        dispatch(format, file, in, records, errors);
                    } catch (IOException e) {
                        errors.accept(new ReadError(file, "cannot read: " + Inputs.describe(e)));
                    }
                }
            }
        } finally {
            if (http != null) http.close();
        }
    }

    /**
     * Reads one stream already opened by the caller (who closes it), gunzipping it if needed; {@code name} starts
     * every locator. For standard input, archives, or tests.
     */
    public static void read(SourceFormat format, String name, InputStream in, Consumer<? super SourceRecord> records,
                            Consumer<? super ReadError> errors) {
        InputStream bytes;
        try {
            bytes = Inputs.decompressed(in);
        } catch (IOException e) {
            errors.accept(new ReadError(name, "cannot read: " + Inputs.describe(e)));
            return;
        }
        dispatch(format, name, bytes, records, errors);
    }

    private static void dispatch(SourceFormat format, String name, InputStream in, Consumer<? super SourceRecord> records,
                                 Consumer<? super ReadError> errors) {
        switch (format.kind()) {
            case JSON -> JsonSource.readDocuments(name, in, format.recordsField(), records, errors);
            case JSON_LINES -> JsonSource.readLines(name, in, records, errors);
            case CSV -> CsvSource.read(name, in, format.csvDelimiter(), records, errors);
            case XML -> XmlSource.read(name, in, format.xmlNamespace(), format.xmlElement(), records, errors);
        }
    }
}
