package org.glamlod.mappings.source;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * A paged JSON API in the style of the SMK collection API: {@code GET url?offset=N&rows=M} answers a wrapper
 * {@code {"offset":N,"rows":M,"found":TOTAL,"items":[…]}}. Pages are requested one after another until a page has
 * no items, or the records read reach {@code found}, or (for an API that gives no {@code found}) a page comes back
 * short. Each page is streamed like a file, so memory holds one record, not one page.
 *
 * <p>The next offset is this offset plus the items actually received, since APIs cap {@code rows} silently (SMK
 * at 2000). Paging starts at the URL's own {@code offset} parameter when it has one, so an interrupted harvest can
 * be resumed; any other parameters (the search, filters) are kept on every page. Items are located as
 * {@code PAGE_URL#item K}, K counted from 1 within the page.
 *
 * <p>A page that cannot be fetched (after {@link Http}'s retries) or parsed ends the source with one error naming
 * the page URL and the offset to resume from; the records of earlier pages have been delivered.
 */
final class HttpPagedSource {

    private record Page(int items, long found) {}

    private HttpPagedSource() {}

    static void read(Http http, String input, String itemsField, int pageSize, Consumer<? super SourceRecord> records,
                     Consumer<? super ReadError> errors) {
        HttpUrl start = HttpUrl.parse(input);
        if (start == null) {
            errors.accept(new ReadError(input, "not a valid URL"));
            return;
        }
        long offset;
        try {
            String given = start.queryParameter("offset");
            offset = given == null ? 0 : Long.parseLong(given);
        } catch (NumberFormatException e) {
            errors.accept(new ReadError(input, "the offset parameter is not a whole number: " + start.queryParameter("offset")));
            return;
        }
        while (true) {
            HttpUrl url = start.newBuilder()
                    .setQueryParameter("offset", Long.toString(offset))
                    .setQueryParameter("rows", Integer.toString(pageSize))
                    .build();
            String page = url.toString();
            Page read;
            JsonParser parser = null;
            try (Response response = http.get(url);
                 JsonParser p = JsonSource.FACTORY.createParser(response.body().byteStream())) {
                parser = p;
                read = readPage(p, page, itemsField, records, errors);
            } catch (IOException e) {
                errors.accept(JsonSource.stopped(page, e, parser, "paging stops here (to resume, start from offset=" + offset + ")"));
                return;
            }
            boolean last = read.items() == 0
                    || (read.found() >= 0 ? offset + read.items() >= read.found() : read.items() < pageSize);
            if (last) return;
            offset += read.items();
        }
    }

    private static Page readPage(JsonParser p, String page, String itemsField, Consumer<? super SourceRecord> records,
                                 Consumer<? super ReadError> errors) throws IOException {
        JsonToken first = p.nextToken();
        if (first != JsonToken.START_OBJECT)
            throw new JsonParseException(p, "expected a JSON object with an \"" + itemsField + "\" array, found " + JsonSource.describe(first));
        int items = 0;
        long found = -1;
        boolean hasItems = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals(itemsField) && value == JsonToken.START_ARRAY) {
                hasItems = true;
                items = JsonSource.readArray(p, 0, (item, line) -> page + "#item " + item, records, errors);
            } else if (field.equals(itemsField) && value == JsonToken.VALUE_NULL) {
                hasItems = true; // how some APIs say "no more"
            } else if (field.equals("found") && value.isNumeric()) {
                found = p.getLongValue();
            } else {
                p.skipChildren();
            }
        }
        if (!hasItems) throw new JsonParseException(p, "the page has no \"" + itemsField + "\" array");
        return new Page(items, found);
    }
}
