package org.glamlod.mappings.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * CSV records: the first row names the columns; each later row is a {@link CsvRecord} located at the line it starts
 * on ({@code name:LINE}; a quoted field may span lines). Blank lines are skipped.
 *
 * <p>A row with more or fewer fields than the header is an error for that row only. A header with a blank or
 * repeated column name, a quote left open, or bytes that are not UTF-8 end the file: the rows before are delivered.
 * Cells are kept verbatim (control characters included; the engine cleans values); header names are trimmed.
 */
final class CsvSource {

    private static final CsvMapper CSV = new CsvMapper();

    private record Row(int line, List<String> values) {}

    private CsvSource() {}

    static void read(String name, InputStream in, char delimiter, Consumer<? super SourceRecord> records,
                     Consumer<? super ReadError> errors) {
        // Decoded here rather than by Jackson: bad bytes become an error, not U+FFFD, after every row before them,
        // and a byte-order mark is one character to drop.
        BufferedReader reader = new BufferedReader(new StrictUtf8Reader(in));
        CsvParser parser = null;
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') reader.reset();
            parser = CSV.getFactory().createParser(reader);
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter)); // no columns: rows are arrays
            List<String> header = null;
            for (Row row; (row = row(parser)) != null; ) {
                String locator = name + ":" + row.line();
                if (row.values().size() == 1 && row.values().get(0).isEmpty()) continue; // a blank line
                if (header == null) {
                    String problem = headerProblem(row.values());
                    if (problem != null) {
                        errors.accept(new ReadError(locator, problem + "; the file is not read"));
                        return;
                    }
                    header = row.values().stream().map(String::strip).toList();
                } else if (row.values().size() != header.size()) {
                    errors.accept(new ReadError(locator, "the row has " + row.values().size() + " fields but the header has "
                            + header.size() + " columns"));
                } else {
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        String value = row.values().get(i);
                        if (!value.isEmpty()) cells.put(header.get(i), value);
                    }
                    records.accept(new CsvRecord(locator, cells));
                }
            }
        } catch (IOException e) {
            String what = e instanceof CharacterCodingException ? "bytes that are not UTF-8 (CSV input must be UTF-8)"
                    : e instanceof JsonProcessingException j ? j.getOriginalMessage() : Inputs.describe(e);
            int line = parser == null ? 1 : parser.currentLocation().getLineNr();
            errors.accept(new ReadError(name + ":" + line, what + "; the rest of the file is not read"));
        }
    }

    /** The next row and the line it starts on (that of its first value: the array token's own location lags). */
    private static Row row(CsvParser parser) throws IOException {
        if (parser.nextToken() == null) return null;
        List<String> values = new ArrayList<>();
        int line = -1;
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
            if (line < 0) line = parser.currentTokenLocation().getLineNr();
            values.add(parser.getText());
        }
        return new Row(line < 0 ? parser.currentTokenLocation().getLineNr() : line, values);
    }

    /**
     * UTF-8 that fails on malformed bytes only once every character before them has been read: an
     * InputStreamReader with a reporting decoder throws away the whole buffer it was decoding.
     */
    private static final class StrictUtf8Reader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports malformed input
        private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
        private boolean eof;

        StrictUtf8Reader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] target, int off, int len) throws IOException {
            if (len == 0) return 0;
            CharBuffer chars = CharBuffer.wrap(target, off, len);
            while (chars.position() == off) {
                CoderResult result = decoder.decode(bytes, chars, eof);
                if (result.isError()) {
                    if (chars.position() > off) break; // deliver these; the next call starts at the bad bytes and throws
                    result.throwException();
                }
                if (result.isUnderflow()) {
                    if (eof) return chars.position() > off ? chars.position() - off : -1;
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) eof = true;
                    else bytes.position(bytes.position() + n);
                    bytes.flip();
                }
            }
            return chars.position() - off;
        }

        @Override
        public void close() {
            // the stream belongs to the caller
        }
    }

    private static String headerProblem(List<String> names) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (name.isEmpty()) return "column " + (i + 1) + " of the header has no name";
            Integer before = seen.putIfAbsent(name, i + 1);
            if (before != null) return "the header names column \"" + name + "\" twice (columns " + before + " and " + (i + 1) + ")";
        }
        return null;
    }
}
