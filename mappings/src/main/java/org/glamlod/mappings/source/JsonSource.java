package org.glamlod.mappings.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * JSON records, streamed with Jackson's parser so that only the record being read is in memory.
 *
 * <p>JSON lines are split on newlines before parsing, so a malformed line costs that line only. A JSON document
 * (array or wrapper object) cannot be resynchronised after a syntax error: the records before it are delivered,
 * then one error with the line, column and byte offset, and the rest of the file is not read.
 *
 * <p>Bytes must be UTF-8 (a byte-order mark is skipped); an invalid UTF-8 sequence is an error, never turned into
 * U+FFFD, because a record with silently mangled names is worse than a rejected one. Raw control characters inside
 * strings are accepted as data (the engine cleans values), although strict JSON forbids them.
 */
final class JsonSource {

    /** Longer JSON lines are reported and skipped instead of buffered: one record must not exhaust the heap. */
    static final int MAX_LINE_BYTES = 32 << 20;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller owns the stream
            .build();
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    /** Names an item of an array by its 1-based number and the line it starts on. */
    interface ItemLocator {
        String at(int item, int line);
    }

    private JsonSource() {}

    /** One JSON object per line; blank lines are skipped; locators are {@code name:LINE}. */
    static void readLines(String name, InputStream in, Consumer<? super SourceRecord> records,
                          Consumer<? super ReadError> errors) {
        Lines lines = new Lines(in);
        while (true) {
            try {
                if (!lines.next()) return;
            } catch (IOException e) {
                errors.accept(new ReadError(name + ":" + (lines.number + 1),
                        "reading stopped: " + Inputs.describe(e) + "; the rest of the file is not read"));
                return;
            }
            String locator = name + ":" + lines.number;
            if (lines.tooLong) {
                errors.accept(new ReadError(locator, "line longer than " + (MAX_LINE_BYTES >> 20) + " MiB: skipped"));
                continue;
            }
            int start = lines.number == 1 && startsWithBom(lines.bytes, lines.length) ? 3 : 0;
            if (blank(lines.bytes, start, lines.length)) continue;
            JsonNode json;
            try (JsonParser p = FACTORY.createParser(lines.bytes, start, lines.length - start)) {
                JsonToken first = p.nextToken();
                if (first != JsonToken.START_OBJECT) throw new JsonParseException(p, "expected a JSON object, found " + describe(first));
                json = MAPPER.readTree(p);
                if (p.nextToken() != null) throw new JsonParseException(p, "unexpected content after the object");
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                errors.accept(new ReadError(locator, e.getOriginalMessage() + (at == null ? "" : " (column " + at.getColumnNr() + ")")));
                continue;
            } catch (IOException e) { // cannot happen on a byte array, but the signature says it may
                errors.accept(new ReadError(locator, Inputs.describe(e)));
                continue;
            }
            records.accept(new JsonRecord(locator, json));
        }
    }

    /**
     * JSON documents (one, or several one after another): a top-level array streams its items
     * ({@code name#item K (line L)}); an object with {@code recordsField} holding an array is a wrapper whose items
     * are streamed and whose other fields are skipped; any other object is one record ({@code name:LINE}).
     */
    static void readDocuments(String name, InputStream in, String recordsField,
                              Consumer<? super SourceRecord> records, Consumer<? super ReadError> errors) {
        JsonParser parser = null;
        try (JsonParser p = FACTORY.createParser(in)) {
            parser = p;
            ItemLocator locator = (item, line) -> name + "#item " + item + " (line " + line + ")";
            int items = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                int line = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.START_ARRAY) {
                    items = readArray(p, items, locator, records, errors);
                } else if (t == JsonToken.START_OBJECT && recordsField == null) {
                    records.accept(new JsonRecord(name + ":" + line, MAPPER.readTree(p)));
                } else if (t == JsonToken.START_OBJECT) {
                    items = readObject(p, name + ":" + line, recordsField, items, locator, records, errors);
                } else {
                    errors.accept(new ReadError(name + ":" + line, "expected a JSON object or array, found " + describe(t)));
                }
            }
        } catch (IOException e) {
            errors.accept(stopped(name, e, parser, "the rest of the file is not read"));
        }
    }

    /**
     * Streams the array the parser is at ({@code START_ARRAY}): each object item is a record, anything else an
     * error for that item only. Returns {@code count} plus the number of items read.
     */
    static int readArray(JsonParser p, int count, ItemLocator locator, Consumer<? super SourceRecord> records,
                         Consumer<? super ReadError> errors) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
            String at = locator.at(++count, p.currentTokenLocation().getLineNr());
            if (t == JsonToken.START_OBJECT) {
                records.accept(new JsonRecord(at, MAPPER.readTree(p)));
            } else {
                String found = describe(t);
                p.skipChildren();
                errors.accept(new ReadError(at, "expected a JSON object, found " + found));
            }
        }
        return count;
    }

    /**
     * An object that may be a wrapper. Fields before the records field are kept, because without that field the
     * object is itself a record; once the field is found they are dropped and later fields are skipped unread.
     */
    private static int readObject(JsonParser p, String objectLocator, String recordsField, int count,
                                  ItemLocator locator, Consumer<? super SourceRecord> records,
                                  Consumer<? super ReadError> errors) throws IOException {
        ObjectNode fields = MAPPER.createObjectNode();
        boolean wrapper = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (wrapper) {
                p.skipChildren();
            } else if (field.equals(recordsField) && (value == JsonToken.START_ARRAY || value == JsonToken.VALUE_NULL)) {
                wrapper = true;
                fields = null;
                if (value == JsonToken.START_ARRAY) count = readArray(p, count, locator, records, errors);
            } else {
                fields.set(field, MAPPER.readTree(p));
            }
        }
        if (!wrapper) records.accept(new JsonRecord(objectLocator, fields));
        return count;
    }

    /** The error for a failure that ends a document: where it happened, what, and what is lost. */
    static ReadError stopped(String name, IOException e, JsonParser p, String consequence) {
        JsonLocation at = e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation()
                : p == null ? null : p.currentLocation();
        String what = e instanceof JsonProcessingException j ? j.getOriginalMessage() : Inputs.describe(e);
        if (at == null || at.getLineNr() < 1) return new ReadError(name, what + "; " + consequence);
        String where = "line " + at.getLineNr() + ", column " + at.getColumnNr()
                + (at.getByteOffset() >= 0 ? ", byte " + at.getByteOffset() : "");
        return new ReadError(name + ":" + at.getLineNr(), what + " (" + where + "); " + consequence);
    }

    static String describe(JsonToken t) {
        if (t == null) return "nothing";
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    private static boolean startsWithBom(byte[] b, int length) {
        return length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') return false;
        return true;
    }

    /** Splits bytes on '\n' into one reused buffer, so memory is bounded by the longest line read (at most the cap). */
    private static final class Lines {
        private final InputStream in;
        private final byte[] chunk = new byte[64 * 1024];
        private int pos, end;
        byte[] bytes = new byte[8 * 1024];
        int length;
        long number;
        boolean tooLong;

        Lines(InputStream in) {
            this.in = in;
        }

        boolean next() throws IOException {
            length = 0;
            tooLong = false;
            boolean started = false;
            while (true) {
                if (pos == end) {
                    int n = in.read(chunk);
                    if (n < 0) {
                        if (started) number++; // a last line without its newline
                        return started;
                    }
                    pos = 0;
                    end = n;
                }
                started = true;
                int newline = pos;
                while (newline < end && chunk[newline] != '\n') newline++;
                append(pos, newline);
                pos = Math.min(newline + 1, end);
                if (newline < end) {
                    number++;
                    return true;
                }
            }
        }

        private void append(int from, int to) {
            int n = to - from;
            if (tooLong || n == 0) return;
            if (length + n > MAX_LINE_BYTES) {
                tooLong = true;
                return;
            }
            if (length + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.min(MAX_LINE_BYTES, Math.max(length + n, 2 * bytes.length)));
            System.arraycopy(chunk, from, bytes, length, n);
            length += n;
        }
    }
}
