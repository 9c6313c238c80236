package org.glamlod.mappings.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.xml.XMLConstants;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class XmlSourceTest {

    private static final String LIDO = "http://www.lido-schema.org";
    private static final SourceFormat LIDO_RECORDS = SourceFormat.xml(LIDO, "lido");

    @TempDir
    Path dir;

    @Test
    void eachLidoRecordIsItsOwnDomWithTheNamespacesItNeeds() throws Exception {
        Collected c = Collected.resource(LIDO_RECORDS, "lido-sample.xml");

        assertThat(c.errors).isEmpty();
        assertThat(c.locators()).containsExactly("lido-sample.xml#record 1 (line 6)",
                "lido-sample.xml#record 2 (line 16)", "lido-sample.xml#record 3 (line 26)");
        Element first = element(c, 0);
        assertThat(first.getNamespaceURI()).isEqualTo(LIDO);
        assertThat(first.getTagName()).isEqualTo("lido:lido");
        assertThat(first.getOwnerDocument().getDocumentElement()).isSameAs(first);
        assertThat(element(c, 1).getOwnerDocument()).isNotSameAs(first.getOwnerDocument());
        // declared on the wrapper, carried by each record so it stands alone
        assertThat(first.getAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "lido")).isEqualTo(LIDO);
        assertThat(first.lookupNamespaceURI("xsi")).isEqualTo("http://www.w3.org/2001/XMLSchema-instance");

        Element recId = (Element) first.getElementsByTagNameNS(LIDO, "lidoRecID").item(0);
        assertThat(recId.getTextContent()).isEqualTo("SK-C-5");
        assertThat(recId.getAttributeNS(LIDO, "type")).isEqualTo("local");
        Element metadata = (Element) first.getElementsByTagNameNS(LIDO, "descriptiveMetadata").item(0);
        assertThat(metadata.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("nl");
    }

    @Test
    void cdataIsTextAndCommentsAreDropped() throws Exception {
        Collected c = Collected.resource(LIDO_RECORDS, "lido-sample.xml");

        assertThat(element(c, 1).getElementsByTagNameNS(LIDO, "appellationValue").item(0).getTextContent())
                .isEqualTo("The Milkmaid & <her> jug");
        assertThat(element(c, 2).getTextContent()).doesNotContain("comments are not data");
    }

    @Test
    void recordsAreFoundAtAnyDepthAndOnlyInTheirNamespace() {
        String xml = """
                <export xmlns:x="urn:other">
                  <batch><record id="1"><record id="nested"/></record></batch>
                  <x:record id="other namespace"/>
                  <record id="2">text</record>
                </export>""";
        Collected c = Collected.text(SourceFormat.xml("", "record"), xml);

        assertThat(c.errors).isEmpty();
        assertThat(c.records).extracting(r -> ((XmlRecord) r).element().getAttribute("id")).containsExactly("1", "2");
        assertThat(element(c, 0).getElementsByTagName("record").getLength()).isEqualTo(1);
    }

    @Test
    void xmlThatIsNotWellFormedEndsTheFileAfterTheRecordsBeforeIt() {
        String xml = "<wrap>\n<r>1</r>\n<r>2</r>\n<r><title>3</r>\n<r>4</r>\n</wrap>";
        Collected c = Collected.text(SourceFormat.xml("", "r"), xml);

        assertThat(c.records).extracting(r -> ((XmlRecord) r).element().getTextContent()).containsExactly("1", "2");
        assertThat(c.errors).singleElement().satisfies(e -> {
            assertThat(e.locator()).isEqualTo("in:4:14");
            assertThat(e.message()).contains("must be terminated by the matching end-tag")
                    .endsWith("the file's records after record 2 are not read");
        });
    }

    @Test
    void externalEntitiesAreRefusedAndTheSecretNeverSurfaces() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7f3a");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lido:lido [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<lido:lido xmlns:lido=\"" + LIDO + "\"><lido:lidoRecID>&xxe;</lido:lidoRecID></lido:lido>";
        Collected c = Collected.text(LIDO_RECORDS, xml);

        assertThat(c.records).isEmpty();
        assertThat(c.errors).singleElement().satisfies(e -> {
            assertThat(e.locator()).startsWith("in:2:");
            assertThat(e.message()).startsWith("DTDs are not accepted: ");
        });
        assertThat(c.everything()).doesNotContain("TOP-SECRET");
    }

    @Test
    void externalDtdsAndParameterEntitiesAreNeverFetched() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.dtd"), "<!ENTITY leak \"TOP-SECRET-dtd\">");
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            String[] documents = {
                    "<!DOCTYPE r SYSTEM \"" + secret.toUri() + "\"><r>&leak;</r>",
                    "<!DOCTYPE r SYSTEM \"" + server.url("/evil.dtd") + "\"><r>x</r>",
                    "<!DOCTYPE r [<!ENTITY % remote SYSTEM \"" + server.url("/param.dtd") + "\"> %remote;]><r>x</r>",
            };
            for (String xml : documents) {
                Collected c = Collected.text(SourceFormat.xml("", "r"), xml);
                assertThat(c.records).isEmpty();
                assertThat(c.errors).singleElement().extracting(ReadError::message).asString().startsWith("DTDs are not accepted: ");
                assertThat(c.everything()).doesNotContain("TOP-SECRET");
            }
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void billionLaughsFinishesAtOnceWithAnError() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        xml.append("]>\n<lolz>&lol9;</lolz>");

        Collected c = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Collected.text(SourceFormat.xml("", "lolz"), xml.toString()));

        assertThat(c.records).isEmpty();
        assertThat(c.errors).singleElement().extracting(ReadError::message).asString().startsWith("DTDs are not accepted: ");
    }

    @Test
    void theDeclaredEncodingIsHonoured() {
        for (Charset charset : new Charset[]{StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16}) {
            String xml = "<?xml version=\"1.0\" encoding=\"" + charset.name() + "\"?><r>Café Ørsted</r>";
            Collected c = Collected.bytes(SourceFormat.xml("", "r"), xml.getBytes(charset));

            assertThat(c.errors).as(charset.name()).isEmpty();
            assertThat(element(c, 0).getTextContent()).as(charset.name()).isEqualTo("Café Ørsted");
        }
    }

    @Test
    void anUnknownEncodingIsAnErrorForTheFile() {
        Collected c = Collected.text(SourceFormat.xml("", "r"), "<?xml version=\"1.0\" encoding=\"x-unknown\"?><r>x</r>");

        assertThat(c.records).isEmpty();
        assertThat(c.errors).singleElement().satisfies(e -> {
            assertThat(e.locator()).startsWith("in:1:");
            assertThat(e.message()).contains("x-unknown").endsWith("no record is read from the file");
        });
    }

    @Test
    void bytesThatDoNotMatchTheEncodingAreAnError() {
        byte[] xml = Collected.concat("<w><r>1</r><r>caf".getBytes(UTF_8), new byte[]{(byte) 0xE9}, "</r></w>".getBytes(UTF_8));
        Collected c = Collected.bytes(SourceFormat.xml("", "r"), xml);

        assertThat(c.errors).singleElement().extracting(ReadError::message).asString().contains("UTF-8");
        assertThat(c.everything()).doesNotContain("\uFFFD");
    }

    @Test
    void controlCharactersAllowedByTheXmlVersionAreKept() {
        Collected c = Collected.text(SourceFormat.xml("", "r"), "<?xml version=\"1.1\"?><r>tab&#9;bell&#7;</r>");

        assertThat(c.errors).isEmpty();
        assertThat(element(c, 0).getTextContent()).isEqualTo("tab\tbell\u0007");
    }

    @Test
    void aFileWithoutRecordElementsSaysSoSinceTheNamespaceIsUsuallyWrong() {
        Collected c = Collected.text(SourceFormat.xml("http://www.lido-schema.org/", "lido"),
                "<lidoWrap xmlns=\"" + LIDO + "\"><lido/></lidoWrap>");

        assertThat(c.records).isEmpty();
        assertThat(c.errors).singleElement().satisfies(e -> {
            assertThat(e.locator()).isEqualTo("in");
            assertThat(e.message()).isEqualTo("no record elements {http://www.lido-schema.org/}lido in the file");
        });
    }

    @Test
    void aFiveMegabyteTextStillReads() {
        String huge = "z".repeat(5 * 1024 * 1024);
        Collected c = Collected.text(SourceFormat.xml("", "r"), "<w><r>" + huge + "</r><r>2</r></w>");

        assertThat(c.errors).isEmpty();
        assertThat(element(c, 0).getTextContent()).hasSize(huge.length());
        assertThat(c.records).hasSize(2);
    }

    private static Element element(Collected c, int i) {
        return ((XmlRecord) c.records.get(i)).element();
    }
}
