package org.glamlod.mappings.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JsonSourceTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    // ---- JSON lines

    @Test
    void jsonLinesReadsOneRecordPerLineAndSkipsBlankLines() {
        Collected c = Collected.text(SourceFormat.jsonLines(), "{\"id\":1}\n\n  \t\r\n{\"id\":2}\r\n{\"id\":3}");

        assertThat(c.errors).isEmpty();
        assertThat(c.locators()).containsExactly("in:1", "in:4", "in:5");
        assertThat(c.json()).extracting(j -> j.get("id").asInt()).containsExactly(1, 2, 3);
    }

    @Test
    void smithsonianBulkLinesRead() throws Exception {
        Collected c = Collected.resource(SourceFormat.jsonLines(), "edan-objects.jsonl");

        assertThat(c.errors).isEmpty();
        assertThat(c.locators()).containsExactly("edan-objects.jsonl:1", "edan-objects.jsonl:3");
        assertThat(c.json().get(1).at("/content/descriptiveNonRepeating/title/content").asText()).isEqualTo("Achelous and Hercules");
    }

    @Test
    void aMalformedLineIsAnErrorForThatLineAndTheNextLinesStillRead() {
        Collected c = Collected.text(SourceFormat.jsonLines(), String.join("\n",
                "{\"id\":1}",
                "{\"id\":2,",
                "[{\"id\":3}]",
                "{\"id\":4} {\"id\":5}",
                "\"just a string\"",
                "{\"id\":6}"));

        assertThat(c.json()).extracting(j -> j.get("id").asInt()).containsExactly(1, 6);
        assertThat(c.locators()).containsExactly("in:1", "in:6");
        assertThat(c.errorLocators()).containsExactly("in:2", "in:3", "in:4", "in:5");
        assertThat(c.errors.get(0).message()).contains("end-of-input").contains("column");
        assertThat(c.errors.get(1).message()).contains("expected a JSON object, found an array");
        assertThat(c.errors.get(2).message()).contains("unexpected content after the object");
        assertThat(c.errors.get(3).message()).contains("found a string");
    }

    @Test
    void aByteOrderMarkIsStripped() {
        Collected lines = Collected.bytes(SourceFormat.jsonLines(), Collected.concat(BOM, "{\"id\":1}\n{\"id\":2}\n".getBytes(UTF_8)));
        Collected doc = Collected.bytes(SourceFormat.json(), Collected.concat(BOM, "[{\"id\":1}]".getBytes(UTF_8)));

        assertThat(lines.errors).isEmpty();
        assertThat(lines.json()).hasSize(2);
        assertThat(doc.errors).isEmpty();
        assertThat(doc.json()).hasSize(1);
    }

    @Test
    void invalidUtf8IsAnErrorNotReplacementCharacters() {
        byte[] bad = Collected.concat("{\"title\":\"caf".getBytes(UTF_8), new byte[]{(byte) 0xE9}, "\"}".getBytes(UTF_8));
        Collected lines = Collected.bytes(SourceFormat.jsonLines(),
                Collected.concat("{\"id\":1}\n".getBytes(UTF_8), bad, "\n{\"id\":3}\n".getBytes(UTF_8)));

        assertThat(lines.locators()).containsExactly("in:1", "in:3");
        assertThat(lines.errorLocators()).containsExactly("in:2");
        assertThat(lines.errors.get(0).message()).contains("UTF-8");

        Collected doc = Collected.bytes(SourceFormat.json(),
                Collected.concat("[{\"id\":1},\n".getBytes(UTF_8), bad, "]".getBytes(UTF_8)));
        assertThat(doc.json()).hasSize(1);
        assertThat(doc.errors).singleElement().satisfies(e -> {
            assertThat(e.locator()).isEqualTo("in:2");
            assertThat(e.message()).contains("UTF-8").contains("the rest of the file is not read");
        });
        assertThat(lines.everything() + doc.everything()).doesNotContain("\uFFFD");
    }

    @Test
    void aFiveMegabyteStringInOneRecordStillReads() {
        String huge = "x".repeat(5 * 1024 * 1024);
        Collected lines = Collected.text(SourceFormat.jsonLines(), "{\"id\":1,\"note\":\"" + huge + "\"}\n{\"id\":2}\n");
        Collected doc = Collected.text(SourceFormat.json(), "[{\"note\":\"" + huge + "\"},{\"id\":2}]");

        assertThat(lines.errors).isEmpty();
        assertThat(lines.json().get(0).get("note").asText()).hasSize(huge.length());
        assertThat(lines.json()).hasSize(2);
        assertThat(doc.errors).isEmpty();
        assertThat(doc.json().get(0).get("note").asText()).hasSize(huge.length());
    }

    @Test
    void controlCharactersAreKeptAsData() {
        Collected c = Collected.text(SourceFormat.jsonLines(), "{\"a\":\"bell\u0007 raw\",\"b\":\"escaped \\u0001 and\\ttab\"}\n");

        assertThat(c.errors).isEmpty();
        assertThat(c.json().get(0).get("a").asText()).isEqualTo("bell\u0007 raw");
        assertThat(c.json().get(0).get("b").asText()).isEqualTo("escaped \u0001 and\ttab");
    }

    @Test
    void aLineOverTheLimitIsSkippedWithoutBufferingIt() {
        InputStream in = new GeneratedLines(3) {
            @Override
            byte[] line(long n) {
                return n == 1 ? ("{\"pad\":\"" + "y".repeat(JsonSource.MAX_LINE_BYTES) + "\"}\n").getBytes(UTF_8)
                        : ("{\"id\":" + n + "}\n").getBytes(UTF_8);
            }
        };
        Collected c = new Collected();
        Sources.read(SourceFormat.jsonLines(), "big.jsonl", in, c.records::add, c.errors::add);

        assertThat(c.locators()).containsExactly("big.jsonl:2", "big.jsonl:3");
        assertThat(c.errors).singleElement().satisfies(e -> {
            assertThat(e.locator()).isEqualTo("big.jsonl:1");
            assertThat(e.message()).contains("longer than 32 MiB");
        });
    }

    /** Not a memory measurement: shows the reader streams a large input without keeping what it has delivered. */
    @Test
    void twoHundredThousandLinesStreamThrough() {
        int n = 200_000;
        AtomicLong records = new AtomicLong();
        AtomicLong idSum = new AtomicLong();
        Sources.read(SourceFormat.jsonLines(), "generated.jsonl", new GeneratedLines(n) {
            @Override
            byte[] line(long i) {
                return ("{\"id\":" + i + ",\"title\":\"Object " + i + "\",\"unitCode\":\"NMAH\",\"dates\":[\"1900s\"]}\n").getBytes(UTF_8);
            }
        }, r -> {
            records.incrementAndGet();
            idSum.addAndGet(((JsonRecord) r).json().get("id").asLong());
        }, e -> { throw new AssertionError(e.toString()); });

        assertThat(records.get()).isEqualTo(n);
        assertThat(idSum.get()).isEqualTo((long) n * (n + 1) / 2);
    }

    // ---- JSON documents

    @Test
    void aTopLevelArrayStreamsItsItemsAndANonObjectItemIsAnErrorForThatItemOnly() {
        Collected c = Collected.text(SourceFormat.json(), "[\n  {\"id\":1},\n  42,\n  [\"nested\", {\"x\":1}],\n  {\"id\":2}\n]\n");

        assertThat(c.locators()).containsExactly("in#item 1 (line 2)", "in#item 4 (line 5)");
        assertThat(c.errorLocators()).containsExactly("in#item 2 (line 3)", "in#item 3 (line 4)");
        assertThat(c.errors).extracting(ReadError::message)
                .containsExactly("expected a JSON object, found a number", "expected a JSON object, found an array");
    }

    @Test
    void anSmkWrapperStreamsItsItemsAndSkipsItsOtherFields() throws Exception {
        Collected c = Collected.resource(SourceFormat.json("items"), "smk-page.json");

        assertThat(c.errors).isEmpty();
        assertThat(c.json()).extracting(j -> j.get("object_number").asText()).containsExactly("KMS1", "KMSsp211");
        assertThat(c.locators()).containsExactly("smk-page.json#item 1 (line 6)", "smk-page.json#item 2 (line 13)");
        // a field of a record that has the wrapper's field name is just data
        assertThat(c.json().get(0).get("items").get(0).asText()).startsWith("a field named like");
    }

    @Test
    void anObjectWithoutTheRecordsFieldIsOneRecord() {
        Collected c = Collected.text(SourceFormat.json("items"), "{\"id\":\"KMS1\",\"titles\":[{\"title\":\"x\"}],\"items\":\"not an array\"}");

        assertThat(c.errors).isEmpty();
        assertThat(c.locators()).containsExactly("in:1");
        assertThat(c.json().get(0).toString()).isEqualTo("{\"id\":\"KMS1\",\"titles\":[{\"title\":\"x\"}],\"items\":\"not an array\"}");
    }

    @Test
    void aWrapperWithNullOrEmptyItemsHasNoRecords() {
        assertThat(Collected.text(SourceFormat.json("items"), "{\"found\":0,\"items\":null}").records).isEmpty();
        assertThat(Collected.text(SourceFormat.json("items"), "{\"found\":0,\"items\":[]}").records).isEmpty();
    }

    @Test
    void withoutARecordsFieldEveryTopLevelObjectIsARecordAndDocumentsMayFollowEachOther() {
        Collected c = Collected.text(SourceFormat.json(), "{\"items\":[1,2]}\n{\"id\":2} [{\"id\":3}] \"stray\"");

        assertThat(c.locators()).containsExactly("in:1", "in:2", "in#item 1 (line 2)");
        assertThat(c.json().get(0).get("items").size()).isEqualTo(2);
        assertThat(c.errors).singleElement().satisfies(e -> {
            assertThat(e.locator()).isEqualTo("in:2");
            assertThat(e.message()).isEqualTo("expected a JSON object or array, found a string");
        });
    }

    @Test
    void aTruncatedFileDeliversTheRecordsBeforeItAndOneErrorWithLineAndOffset() {
        String text = "{\"found\":3,\"items\":[\n{\"id\":1},\n{\"id\":2},\n{\"id\":3,\"title\":\"cut of";
        Collected c = Collected.text(SourceFormat.json("items"), text);

        assertThat(c.json()).extracting(j -> j.get("id").asInt()).containsExactly(1, 2);
        assertThat(c.errors).singleElement().satisfies(e -> {
            assertThat(e.locator()).isEqualTo("in:4");
            assertThat(e.message()).contains("end-of-input").contains("line 4").contains("byte " + text.length())
                    .endsWith("the rest of the file is not read");
        });
    }

    @Test
    void aSyntaxErrorInsideADocumentEndsThatFile() {
        Collected c = Collected.text(SourceFormat.json(), "[{\"id\":1},\n{\"id\":2 \"title\":\"no comma\"},\n{\"id\":3}]");

        assertThat(c.json()).hasSize(1);
        assertThat(c.errorLocators()).containsExactly("in:2");
        assertThat(c.errors.get(0).message()).contains("Unexpected character").contains("column");
    }

    /** Bytes made on demand, so the test holds no more of the input than the reader does. */
    abstract static class GeneratedLines extends InputStream {
        private final long lines;
        private long next = 1;
        private byte[] current = new byte[0];
        private int pos;

        GeneratedLines(long lines) {
            this.lines = lines;
        }

        abstract byte[] line(long n);

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos == current.length) {
                if (next > lines) return -1;
                current = line(next++);
                pos = 0;
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
