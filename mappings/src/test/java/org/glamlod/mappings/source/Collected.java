package org.glamlod.mappings.source;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** What a read delivered, in order, for assertions. */
final class Collected {

    final List<SourceRecord> records = new ArrayList<>();
    final List<ReadError> errors = new ArrayList<>();

    static Collected read(SourceFormat format, List<String> inputs, HttpOptions http) {
        Collected c = new Collected();
        Sources.read(format, inputs, http, c.records::add, c.errors::add);
        return c;
    }

    static Collected read(SourceFormat format, String... inputs) {
        return read(format, List.of(inputs), HttpOptions.DEFAULT);
    }

    static Collected bytes(SourceFormat format, byte[] content) {
        Collected c = new Collected();
        Sources.read(format, "in", new ByteArrayInputStream(content), c.records::add, c.errors::add);
        return c;
    }

    static Collected text(SourceFormat format, String content) {
        return bytes(format, content.getBytes(UTF_8));
    }

    static Collected resource(SourceFormat format, String name) throws IOException {
        Collected c = new Collected();
        try (InputStream in = Collected.class.getResourceAsStream("/source/" + name)) {
            Sources.read(format, name, in, c.records::add, c.errors::add);
        }
        return c;
    }

    List<String> locators() {
        return records.stream().map(SourceRecord::locator).toList();
    }

    List<String> errorLocators() {
        return errors.stream().map(ReadError::locator).toList();
    }

    List<JsonNode> json() {
        return records.stream().map(r -> ((JsonRecord) r).json()).toList();
    }

    List<Map<String, String>> rows() {
        return records.stream().map(r -> ((CsvRecord) r).row()).toList();
    }

    /** Everything delivered, as text: for asserting that something never reached the caller. */
    String everything() {
        StringBuilder all = new StringBuilder();
        for (SourceRecord r : records) {
            all.append(r.locator()).append('\n');
            if (r instanceof XmlRecord x) all.append(x.element().getTextContent()).append('\n');
            else all.append(r).append('\n');
        }
        errors.forEach(e -> all.append(e).append('\n'));
        return all.toString();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
