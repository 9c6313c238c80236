package org.glamlod.mappings.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvSourceTest {

    @Test
    void rowsAreKeyedByTheHeaderInItsOrderWithEmptyCellsAbsent() {
        Collected c = Collected.text(SourceFormat.csv(), "objectNumber,title,date,maker\r\nSK-C-5,The Night Watch,,Rembrandt\r\n\r\nSK-A-2344,The Milkmaid,1660,\r\n");

        assertThat(c.errors).isEmpty();
        assertThat(c.locators()).containsExactly("in:2", "in:4");
        assertThat(c.rows().get(0)).containsExactly(Map.entry("objectNumber", "SK-C-5"),
                Map.entry("title", "The Night Watch"), Map.entry("maker", "Rembrandt"));
        assertThat(c.rows().get(1)).containsExactly(Map.entry("objectNumber", "SK-A-2344"),
                Map.entry("title", "The Milkmaid"), Map.entry("date", "1660"));
    }

    @Test
    void aByteOrderMarkIsStrippedAndHeaderNamesAreTrimmed() {
        Collected c = Collected.text(SourceFormat.csv(), "\uFEFFid, title \n1,x\n");

        assertThat(c.errors).isEmpty();
        assertThat(c.rows()).containsExactly(Map.of("id", "1", "title", "x"));
    }

    @Test
    void quotedFieldsMaySpanLinesAndRowsAreLocatedWhereTheyStart() {
        Collected c = Collected.text(SourceFormat.csv(),
                "id,description\n1,\"first line\nsecond line, with a comma\n\"\"quoted\"\"\"\n2,plain\n");

        assertThat(c.errors).isEmpty();
        assertThat(c.locators()).containsExactly("in:2", "in:5");
        assertThat(c.rows().get(0).get("description")).isEqualTo("first line\nsecond line, with a comma\n\"quoted\"");
    }

    @Test
    void aRaggedRowIsAnErrorNamingItsLineAndTheNextRowsStillRead() {
        Collected c = Collected.text(SourceFormat.csv(), "id,title,date\n1,a,1900\n2,b\n3,c,1901,extra\n4,d,1902\n");

        assertThat(c.locators()).containsExactly("in:2", "in:5");
        assertThat(c.errors).extracting(ReadError::locator).containsExactly("in:3", "in:4");
        assertThat(c.errors).extracting(ReadError::message).containsExactly(
                "the row has 2 fields but the header has 3 columns", "the row has 4 fields but the header has 3 columns");
    }

    @Test
    void aRepeatedOrBlankColumnNameIsAnErrorForTheFile() {
        Collected repeated = Collected.text(SourceFormat.csv(), "id,title,Title, title\n1,a,b,c\n");
        Collected blank = Collected.text(SourceFormat.csv(), "id,,title\n1,a,b\n");

        assertThat(repeated.records).isEmpty();
        assertThat(repeated.errors).singleElement().satisfies(e -> {
            assertThat(e.locator()).isEqualTo("in:1");
            assertThat(e.message()).isEqualTo("the header names column \"title\" twice (columns 2 and 4); the file is not read");
        });
        assertThat(blank.records).isEmpty();
        assertThat(blank.errors).singleElement().extracting(ReadError::message)
                .isEqualTo("column 2 of the header has no name; the file is not read");
    }

    @Test
    void otherDelimiters() {
        assertThat(Collected.text(SourceFormat.csv(';'), "id;title\n1;a,b\n").rows()).containsExactly(Map.of("id", "1", "title", "a,b"));
        assertThat(Collected.text(SourceFormat.csv('\t'), "id\ttitle\n1\ta;b\n").rows()).containsExactly(Map.of("id", "1", "title", "a;b"));
    }

    @Test
    void bytesThatAreNotUtf8EndTheFileAfterTheRowsBeforeThem() {
        byte[] latin1 = "id,title\n1,ok\n2,caf\u00e9\n3,never\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Collected c = Collected.bytes(SourceFormat.csv(), latin1);

        assertThat(c.rows()).containsExactly(Map.of("id", "1", "title", "ok"));
        assertThat(c.errors).singleElement().satisfies(e -> {
            assertThat(e.locator()).isEqualTo("in:3");
            assertThat(e.message()).contains("not UTF-8").endsWith("the rest of the file is not read");
        });
        assertThat(c.everything()).doesNotContain("\uFFFD");
    }

    @Test
    void aQuoteLeftOpenEndsTheFileAfterTheRowsBeforeIt() {
        Collected c = Collected.text(SourceFormat.csv(), "id,title\n1,a\n2,\"never closed\n3,c\n");

        assertThat(c.rows()).containsExactly(Map.of("id", "1", "title", "a"));
        assertThat(c.errors).singleElement().satisfies(e -> {
            assertThat(e.locator()).startsWith("in:");
            assertThat(e.message()).containsIgnoringCase("quote").endsWith("the rest of the file is not read");
        });
    }

    @Test
    void controlCharactersAreKeptAsData() {
        Collected c = Collected.bytes(SourceFormat.csv(), "id,note\n1,bell\u0007 and \u0001\n".getBytes(UTF_8));

        assertThat(c.errors).isEmpty();
        assertThat(c.rows().get(0).get("note")).isEqualTo("bell\u0007 and \u0001");
    }

    @Test
    void gzippedCsvIsRecognisedByItsBytes() {
        Collected c = Collected.bytes(SourceFormat.csv(), Collected.gzip("id\n1\n2\n".getBytes(UTF_8)));

        assertThat(c.errors).isEmpty();
        assertThat(c.rows()).containsExactly(Map.of("id", "1"), Map.of("id", "2"));
    }
}
