package org.glamlod.mappings.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

    @TempDir
    Path dir;

    private Path write(String relative, byte[] content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private Path write(String relative, String content) throws IOException {
        return write(relative, content.getBytes(UTF_8));
    }

    @Test
    void aDirectoryIsReadRecursivelyInSortedOrderWithoutHiddenFiles() throws IOException {
        write("b.jsonl", "{\"f\":\"b\"}\n");
        write("a/z.jsonl", "{\"f\":\"a/z\"}\n");
        write("a/c.jsonl", "{\"f\":\"a/c\"}\n");
        write(".hidden.jsonl", "{\"f\":\"hidden\"}\n");
        write(".git/objects.jsonl", "{\"f\":\"hidden dir\"}\n");
        write("a/.#c.jsonl", "not json at all");

        Collected c = Collected.read(SourceFormat.jsonLines(), dir.toString());

        assertThat(c.errors).isEmpty();
        assertThat(c.json()).extracting(j -> j.get("f").asText()).containsExactly("a/c", "a/z", "b");
        assertThat(c.locators().get(0)).isEqualTo(dir.resolve("a/c.jsonl") + ":1");
    }

    @Test
    void gzipIsRecognisedByItsMagicBytesWhateverTheName() throws IOException {
        Path named = write("objects.jsonl.gz", Collected.gzip("{\"id\":1}\n".getBytes(UTF_8)));
        Path unnamed = write("objects.jsonl", Collected.gzip("{\"id\":2}\n".getBytes(UTF_8)));
        Path plainWithGzName = write("plain.gz", "{\"id\":3}\n");

        Collected c = Collected.read(SourceFormat.jsonLines(), named.toString(), unnamed.toString(), plainWithGzName.toString());

        assertThat(c.errors).isEmpty();
        assertThat(c.json()).extracting(j -> j.get("id").asInt()).containsExactly(1, 2, 3);
    }

    @Test
    void aTruncatedGzipDeliversTheLinesBeforeTheCut() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 5000; i++) lines.append("{\"id\":").append(i).append(",\"pad\":\"").append(Integer.toHexString(i * 7919)).append("\"}\n");
        byte[] gz = Collected.gzip(lines.toString().getBytes(UTF_8));
        Path cut = write("cut.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));

        Collected c = Collected.read(SourceFormat.jsonLines(), cut.toString());

        assertThat(c.records).isNotEmpty().hasSizeLessThan(5000);
        assertThat(c.errors).singleElement().satisfies(e -> {
            assertThat(e.locator()).isEqualTo(cut + ":" + (c.records.size() + 1));
            assertThat(e.message()).startsWith("reading stopped: ").endsWith("the rest of the file is not read");
        });
    }

    @Test
    void aMissingInputIsAnErrorAndTheOtherInputsStillRead() throws IOException {
        Path good = write("good.csv", "id\n1\n");
        String missing = dir.resolve("missing.csv").toString();

        Collected c = Collected.read(SourceFormat.csv(), missing, good.toString());

        assertThat(c.locators()).containsExactly(good + ":2");
        assertThat(c.errors).containsExactly(new ReadError(missing, "cannot read: no such file or directory"));
    }

    @Test
    void oneBadFileDoesNotStopTheOthers() throws IOException {
        write("1.xml", "<w><r>1</r></w>");
        write("2.xml", "<w><r>2</r><r>");
        write("3.xml", "<!DOCTYPE w [<!ENTITY e \"x\">]><w><r>&e;</r></w>");
        write("4.xml", "<w><r>4</r></w>");

        Collected c = Collected.read(SourceFormat.xml("", "r"), dir.toString());

        assertThat(c.records).extracting(r -> ((XmlRecord) r).element().getTextContent()).containsExactly("1", "2", "4");
        assertThat(c.errorLocators()).hasSize(2).allSatisfy(l -> assertThat(l).matches(".*[23]\\.xml:\\d+:\\d+"));
    }

    @Test
    void exceptionsFromTheCallbacksReachTheCaller() throws IOException {
        Path file = write("x.jsonl", "{\"id\":1}\n{\"id\":2}\n");

        assertThatThrownBy(() -> Sources.read(SourceFormat.jsonLines(), List.of(file.toString()),
                r -> { throw new IllegalStateException("engine stopped"); }, e -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("engine stopped");
    }

    @Test
    void formatsAreCheckedWhenMade() {
        assertThatThrownBy(() -> SourceFormat.csv().paged(10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceFormat.json().paged(10)).hasMessageContaining("records field");
        assertThatThrownBy(() -> SourceFormat.json("items").paged(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceFormat.xml("urn:x", " ")).hasMessageContaining("local name");
        assertThatThrownBy(() -> SourceFormat.csv('"')).isInstanceOf(IllegalArgumentException.class);
        assertThat(SourceFormat.json("items").paged(100)).isEqualTo(new SourceFormat(SourceFormat.Kind.JSON, "items", null, null, ',', 100));
    }
}
