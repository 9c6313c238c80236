package org.glamlod.mappings.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.glamlod.mappings.engine.Issue;
import org.glamlod.mappings.engine.MappedRecord;
import org.glamlod.model.Agent;
import org.glamlod.model.Concept;
import org.glamlod.model.Creator;
import org.glamlod.model.Dimension;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Identifier;
import org.glamlod.model.Image;
import org.glamlod.model.Name;
import org.glamlod.model.ObjectSet;
import org.glamlod.model.Statement;
import org.glamlod.model.TimeSpan;
import org.glamlod.model.shacl.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled {@code smithsonian-edan} mapping over {@code samples/smithsonian-edan/objects.jsonl}: EDAN records in
 * the Open Access bulk shape (one document per line) from six units, one row in the Open Access API's shape (the
 * Hirshhorn bronze), a truncated line and a document without a record_ID.
 */
class SmithsonianEdanMappingTest {
    private static final String FIXTURE = "smithsonian-edan/objects.jsonl";
    private static final String AAT = "http://vocab.getty.edu/aat/";
    private static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    private static final String BASE = Harness.URIS.base();

    private static Harness.Run run;

    @BeforeAll
    static void mapFixture() {
        run = Harness.run("smithsonian-edan", Harness.fixture(FIXTURE));
    }

    // ---- the file as a whole

    @Test
    void everyGoodRecordIsMappedInFileOrder() {
        assertThat(run.objects().keySet()).containsExactly("saam_1977.107.1", "nmah_1195842", "fsg_S2004.3.212",
                "nmnhanthropology_8412063", "chndm_1938-88-7017", "hmsg_66.4330", "saam_1983.95.179", "nasm_A19501234000");
    }

    @Test
    void aTruncatedLineIsAReadErrorNamingItsLine() {
        assertThat(run.readErrors()).singleElement().satisfies(e -> {
            assertThat(e.locator()).endsWith("objects.jsonl:3");
            assertThat(e.message()).contains("end-of-input");
        });
    }

    @Test
    void aRecordWithoutRecordIdIsRejectedWithAnErrorNamingTheLineAndTheSelector() {
        assertThat(run.rejected()).singleElement().satisfies(r -> {
            assertThat(r.locator()).endsWith("objects.jsonl:6");
            assertThat(r.id()).isNull();
            assertThat(r.issues()).singleElement().satisfies(i -> {
                assertThat(i.severity()).isEqualTo(Issue.Severity.ERROR);
                assertThat(i.field()).isEqualTo("id");
                assertThat(i.message()).contains("content.descriptiveNonRepeating.record_ID");
                assertThat(i.toText()).contains("objects.jsonl:6");
            });
        });
    }

    @Test
    void wellFormedRecordsMapWithoutAnyIssue() {
        // Only the portrait has a problem (dimensions the parser cannot read); a warning anywhere else means a
        // rule selects something it should not (a structure where text was expected, an unknown rights value …).
        for (MappedRecord r : run.records()) {
            if (r.rejected() || r.id().equals("saam_1983.95.179")) continue;
            assertThat(r.issues()).as(r.id()).isEmpty();
        }
    }

    @Test
    void objectsWithOpenOrNoImagesPassTheShapes() {
        for (String id : List.of("saam_1977.107.1", "fsg_S2004.3.212", "chndm_1938-88-7017", "hmsg_66.4330", "nasm_A19501234000"))
            assertThat(Harness.validate(run.object(id)).conforms()).as(id).isTrue();
    }

    @Test
    void anImageThatIsNotOpenMakesItsObjectUnpublishableAndNothingElseDoes() {
        // Deliberately kept: the Smithsonian says these images carry usage conditions (or none were determined), so
        // they have no rights URI, and the shapes stop the object until the image is dropped or cleared.
        assertThat(imageRightsProblems("nmah_1195842")).containsExactly(BASE + "object/nmah_1195842/image/1/file");
        assertThat(imageRightsProblems("nmnhanthropology_8412063"))
                .containsExactly(BASE + "object/nmnhanthropology_8412063/image/1/file");
        assertThat(imageRightsProblems("saam_1983.95.179")).containsExactly(BASE + "object/saam_1983.95.179/image/2/file");
    }

    private static List<String> imageRightsProblems(String id) {
        List<Problem> problems = Harness.validate(run.object(id)).problems();
        assertThat(problems).as(id).allSatisfy(p -> assertThat(p.message()).startsWith("image has no rights URI"));
        return problems.stream().map(Problem::focusNode).toList();
    }

    // ---- SAAM: a painting with a CC0 image

    @Test
    void saamPainting() {
        HumanMadeObject o = run.object("saam_1977.107.1");

        assertThat(o.identifiers()).containsExactly(Identifier.system("saam_1977.107.1"), Identifier.accession("1977.107.1"));
        assertThat(o.titles()).containsExactly(Name.primary("Among the Sierra Nevada, California", "en"));
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300033618", "paintings"));

        Creator bierstadt = single(o.production().creators());
        assertThat(bierstadt.agent().id()).isEqualTo("albert-bierstadt");
        assertThat(bierstadt.agent().kind()).isEqualTo(Agent.Kind.PERSON);
        assertThat(bierstadt.agent().label()).isEqualTo("Albert Bierstadt");
        assertThat(bierstadt.agent().born()).isEqualTo(year(1830, "1830"));
        assertThat(bierstadt.agent().died()).isEqualTo(year(1902, "1902"));
        assertThat(bierstadt.agent().nationalities()).as("SAAM's name string gives a birthplace, not a nationality").isEmpty();
        assertThat(bierstadt.role()).isEqualTo(Concept.of(AAT + "300025103", "artists"));
        assertThat(bierstadt.qualifier()).isEqualTo(Creator.Qualifier.NONE);
        assertThat(o.production().timespan()).isEqualTo(year(1868, "1868"));
        assertThat(o.production().place()).isNull();

        assertThat(o.dimensions()).containsExactly(Dimension.of(Dimension.Type.HEIGHT, "72", Dimension.Unit.INCHES),
                Dimension.of(Dimension.Type.WIDTH, "120.125", Dimension.Unit.INCHES));
        assertThat(o.materials()).containsExactly(Concept.of(AAT + "300015050", "oil paint"));
        assertThat(o.supportMaterials()).containsExactly(Concept.of(AAT + "300014078", "canvas"));
        assertThat(o.statements()).containsExactly(
                Statement.of(Statement.Type.DIMENSIONS, "72 x 120 1/8 in. (183 x 305 cm.)", null),
                Statement.of(Statement.Type.MATERIALS, "oil on canvas", "en"),
                Statement.of(Statement.Type.DESCRIPTION, "Bierstadt painted Among the Sierra Nevada, California in his "
                        + "studio in Rome, from sketches made on his travels in the American West.", "en"),
                Statement.of(Statement.Type.CREDIT_LINE, "Bequest of Helen Huntington Hull, granddaughter of William Brown "
                        + "Dinsmore, who acquired the painting in 1873 for “The Locusts,” the family estate in Dutchess County, "
                        + "New York", "en"),
                Statement.of(Statement.Type.RIGHTS, "CC0", "en"));

        assertThat(o.memberOf()).containsExactlyInAnyOrder(
                new ObjectSet("smithsonian-SAAM", "Smithsonian American Art Museum"),
                new ObjectSet("smithsonian-american-art-museum-collection", "Smithsonian American Art Museum Collection"));
        assertThat(o.currentOwner().id()).isEqualTo("smithsonian-institution");
        assertThat(o.currentOwner().kind()).isEqualTo(Agent.Kind.GROUP);
        assertThat(o.currentOwner().equivalents()).containsExactly("http://www.wikidata.org/entity/Q131626");
        assertThat(o.custodian().id()).isEqualTo("smithsonian-SAAM");
        assertThat(o.custodian().label()).isEqualTo("Smithsonian American Art Museum");
        assertThat(o.subjects()).containsExactlyInAnyOrder(
                Concept.of(AAT + "300015636", "landscapes"),
                Concept.of(BASE + "concept/smithsonian/topic/mountains", "Mountains"),
                Concept.of(BASE + "concept/smithsonian/topic/waterfalls", "Waterfalls"),
                Concept.of(BASE + "concept/smithsonian/topic/deer", "Deer"));

        assertThat(o.images()).containsExactly(new Image("https://ids.si.edu/ids/deliveryService?id=SAAM-1977.107.1_1",
                "image/jpeg", CC0, "https://ids.si.edu/ids/iiif/SAAM-1977.107.1_1"));
        assertThat(o.webPage()).isEqualTo("https://americanart.si.edu/collections/search/artwork/?id=2019");
        assertThat(o.rights()).isEqualTo(CC0);
        assertThat(o.equivalents()).containsExactly("http://n2t.net/ark:/65665/vk7a9c0c5d2-3b66-4fc5-8e2e-9d3b1c7f0a41");
    }

    // ---- NMAH: a firm as maker, an image with usage conditions

    @Test
    void nmahWatch() {
        HumanMadeObject o = run.object("nmah_1195842");

        // "ID Number" is the object's number; the lower-case catalog and accession numbers are NMAH's own.
        assertThat(o.identifiers()).containsExactly(Identifier.system("nmah_1195842"), Identifier.accession("1987.0825.01"),
                new Identifier("1987.0825.01", Identifier.Type.LOCAL_NUMBER),
                new Identifier("1987.0825", Identifier.Type.LOCAL_NUMBER));
        assertThat(o.classifications()).containsExactly(Concept.of(BASE + "concept/smithsonian/object-type/watches", "watches"));

        Creator waltham = single(o.production().creators()); // the second maker, "unknown", names no one
        assertThat(waltham.agent().label()).isEqualTo("American Waltham Watch Company");
        assertThat(waltham.agent().kind()).as("a company name makes a group").isEqualTo(Agent.Kind.GROUP);
        assertThat(waltham.role()).isEqualTo(Concept.of(AAT + "300386174", "creators"));
        assertThat(o.production().timespan()).isEqualTo(new TimeSpan(Instant.parse("1880-01-01T00:00:00Z"),
                Instant.parse("1890-12-31T23:59:59Z"), "ca. 1885"));
        assertThat(o.production().place().label()).isEqualTo("United States: Massachusetts, Waltham");

        assertThat(o.dimensions()).containsExactly(Dimension.of(Dimension.Type.HEIGHT, "5.5", Dimension.Unit.CENTIMETRES),
                Dimension.of(Dimension.Type.WIDTH, "4.8", Dimension.Unit.CENTIMETRES),
                Dimension.of(Dimension.Type.DEPTH, "1.4", Dimension.Unit.CENTIMETRES));
        assertThat(o.materials()).containsExactlyInAnyOrder(Concept.of(AAT + "300011021", "gold"),
                Concept.of(AAT + "300010797", "glass"), Concept.of(BASE + "concept/smithsonian/material/enamel", "enamel"));
        assertThat(o.statements()).filteredOn(s -> s.type() == Statement.Type.MATERIALS).extracting(Statement::content)
                .containsExactly("gold (case material)", "glass (crystal material)", "enamel (dial material)");

        // "Usage conditions apply": the image is kept, with no rights, so it is never treated as open.
        Image image = single(o.images());
        assertThat(image.accessPoint()).isEqualTo("https://ids.si.edu/ids/deliveryService?id=NMAH-AHB2013q039052");
        assertThat(image.rights()).isNull();
        assertThat(o.rights()).as("no Restrictions & Rights in the record; metadata_usage is the metadata's").isNull();
    }

    // ---- Freer|Sackler: a Japanese print

    @Test
    void freerSacklerPrint() {
        HumanMadeObject o = run.object("fsg_S2004.3.212");

        assertThat(o.identifiers()).containsExactly(Identifier.system("fsg_S2004.3.212"), Identifier.accession("S2004.3.212"));
        assertThat(o.title("en")).contains("Ushibori in Hitachi Province (Jōshū Ushibori), from the series Thirty-six "
                + "Views of Mount Fuji (Fugaku sanjūrokkei)");
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300041405", "woodcuts"));

        assertThat(o.production().creators()).hasSize(2);
        Creator hokusai = o.production().creators().get(0);
        assertThat(hokusai.agent().names()).as("the romanized name, without the kanji that follow it")
                .containsExactly(Name.primary("Katsushika Hokusai", null));
        assertThat(hokusai.agent().id()).isEqualTo("katsushika-hokusai");
        assertThat(hokusai.agent().born()).isEqualTo(year(1760, "1760"));
        assertThat(hokusai.agent().died()).isEqualTo(year(1849, "1849"));
        assertThat(hokusai.role()).isEqualTo(Concept.of(AAT + "300025103", "artists"));
        Creator publisher = o.production().creators().get(1);
        assertThat(publisher.agent().label()).isEqualTo("Nishimuraya Yohachi");
        assertThat(publisher.agent().kind()).isEqualTo(Agent.Kind.GROUP);
        assertThat(publisher.role()).isEqualTo(Concept.of(AAT + "300025574", "publishers"));

        // "ca. 1830-32" widens both ends by five years; the "Period" entry ("Edo period") is not the date.
        assertThat(o.production().timespan()).isEqualTo(new TimeSpan(Instant.parse("1825-01-01T00:00:00Z"),
                Instant.parse("1837-12-31T23:59:59Z"), "ca. 1830-32"));
        assertThat(o.production().place().label()).isEqualTo("Japan");

        assertThat(o.dimensions()).containsExactly(Dimension.of(Dimension.Type.HEIGHT, "25.7", Dimension.Unit.CENTIMETRES),
                Dimension.of(Dimension.Type.WIDTH, "37.9", Dimension.Unit.CENTIMETRES));
        assertThat(o.materials()).containsExactly(Concept.of(AAT + "300015012", "ink"));
        assertThat(o.supportMaterials()).containsExactly(Concept.of(AAT + "300014109", "paper"));
        assertThat(o.statements()).contains(
                Statement.of(Statement.Type.PROVENANCE, "To 1985: Anne van Biema, New York. From 1985: Gift of Anne van "
                        + "Biema to the Arthur M. Sackler Gallery.", "en"),
                Statement.of(Statement.Type.INSCRIPTION, "Signed: Zen Hokusai Iitsu hitsu 前北斎為一筆", null),
                Statement.of(Statement.Type.BIBLIOGRAPHY, "Ann Yonemura. Masterful Illusions: Japanese Prints in the Anne "
                        + "van Biema Collection. Seattle and Washington, 2002, cat. 87.", "en"),
                Statement.of(Statement.Type.CREDIT_LINE, "Anne van Biema Collection", "en"));
        assertThat(o.memberOf()).extracting(ObjectSet::name).containsExactlyInAnyOrder(
                "Freer Gallery of Art and Arthur M. Sackler Gallery", "Arthur M. Sackler Gallery Collection", "Japanese Art");
        assertThat(o.subjects()).contains(Concept.of(AAT + "300015636", "landscapes"),
                Concept.of(BASE + "concept/smithsonian/topic/mount-fuji", "Mount Fuji"));
        assertThat(single(o.images()).iiifService()).isEqualTo("https://ids.si.edu/ids/iiif/FS-8036_02");
        assertThat(single(o.images()).rights()).isEqualTo(CC0);
        assertThat(o.webPage()).isEqualTo("https://asia.si.edu/object/S2004.3.212/");
    }

    // ---- NMNH: no title, accession lot, nothing about its making

    @Test
    void naturalHistoryRecordWithoutTitleIsTitledByItsObjectName() {
        HumanMadeObject o = run.object("nmnhanthropology_8412063");

        assertThat(o.titles()).containsExactly(Name.primary("Projectile Point", "en"));
        assertThat(o.identifiers()).containsExactly(Identifier.system("nmnhanthropology_8412063"),
                Identifier.accession("A333910-0"), new Identifier("091522", Identifier.Type.LOCAL_NUMBER));
        assertThat(o.classifications()).containsExactly(
                Concept.of(BASE + "concept/smithsonian/object-type/projectile-points", "Projectile points"));
        // The collector and donor are not makers, the "Accession Date" is not a production date and the "Place"
        // is where it was collected: there is no production.
        assertThat(o.production()).isNull();
        assertThat(o.statements()).containsExactly(Statement.of(Statement.Type.MATERIALS, "chert", "en"));
        assertThat(o.memberOf()).extracting(ObjectSet::id).containsExactlyInAnyOrder("smithsonian-NMNHANTHRO", "anthropology");

        Image image = single(o.images());
        assertThat(image.accessPoint())
                .isEqualTo("https://ids.si.edu/ids/deliveryService/id/ark:/65665/m3b6e1f4a2c9d84e07a1f3c5b7d9e2a4c6");
        assertThat(image.rights()).as("usage 'Not determined'").isNull();
        assertThat(image.iiifService()).as("no IIIF service is derived from an ark id").isNull();
        assertThat(o.webPage()).isEqualTo("https://collections.si.edu/search/detail/edanmdm:nmnhanthropology_8412063");
    }

    // ---- Cooper Hewitt: no online media, attribution in the label

    @Test
    void cooperHewittDrawing() {
        HumanMadeObject o = run.object("chndm_1938-88-7017");

        assertThat(o.identifiers()).containsExactly(Identifier.system("chndm_1938-88-7017"), Identifier.accession("1938-88-7017"));
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300033973", "drawings"));
        Creator pillement = single(o.production().creators());
        assertThat(pillement.agent().label()).isEqualTo("Jean-Baptiste Pillement");
        assertThat(pillement.agent().nationalities()).containsExactly(Concept.of(AAT + "300111188", "French"));
        assertThat(pillement.agent().born()).isEqualTo(year(1728, "1728"));
        assertThat(pillement.agent().died()).isEqualTo(year(1808, "1808"));
        assertThat(pillement.qualifier()).isEqualTo(Creator.Qualifier.ATTRIBUTED_TO);
        assertThat(pillement.role()).as("'Attributed to' is an attribution, not a role").isNull();
        assertThat(o.production().timespan()).isEqualTo(new TimeSpan(Instant.parse("1765-01-01T00:00:00Z"),
                Instant.parse("1775-12-31T23:59:59Z"), "ca. 1770"));
        assertThat(o.production().place().label()).isEqualTo("France");
        assertThat(o.materials()).as("pen and ink, brush and watercolor: no single leading material").isEmpty();
        assertThat(o.supportMaterials()).containsExactly(Concept.of(AAT + "300014109", "paper"));
        assertThat(o.memberOf()).extracting(ObjectSet::name).contains("Drawings, Prints, and Graphic Design Department");
        assertThat(o.statements()).contains(Statement.of(Statement.Type.DESCRIPTION, "Design for a wall panel: a pavilion "
                + "on a rocky island, figures fishing beneath a parasol, flowering branches above.", "en"));
        assertThat(o.statements()).extracting(Statement::content).doesNotContain("Research in Progress");
        assertThat(o.images()).isEmpty();
        assertThat(o.rights()).isEqualTo(CC0);
    }

    // ---- an Open Access API row: the same document with API fields around it

    @Test
    void apiRowShapeHirshhornBronze() {
        HumanMadeObject o = run.object("hmsg_66.4330");

        assertThat(o.identifiers()).containsExactly(Identifier.system("hmsg_66.4330"), Identifier.accession("66.4330"));
        assertThat(o.titles()).containsExactly(Name.primary("Crouching Woman", "en"));
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300047090", "sculpture"));
        Creator rodin = single(o.production().creators());
        assertThat(rodin.agent().label()).isEqualTo("Auguste Rodin");
        assertThat(rodin.agent().nationalities()).containsExactly(Concept.of(AAT + "300111188", "French"));
        assertThat(rodin.agent().born()).isEqualTo(year(1840, "1840"));
        assertThat(rodin.agent().died()).isEqualTo(year(1917, "1917"));
        assertThat(o.production().timespan()).isEqualTo(new TimeSpan(Instant.parse("1880-01-01T00:00:00Z"),
                Instant.parse("1882-12-31T23:59:59Z"), "1880-82"));
        assertThat(o.materials()).containsExactly(Concept.of(AAT + "300010957", "bronze"));
        assertThat(o.supportMaterials()).isEmpty();
        assertThat(o.dimensions()).containsExactly(Dimension.of(Dimension.Type.HEIGHT, "32.125", Dimension.Unit.INCHES),
                Dimension.of(Dimension.Type.WIDTH, "27.75", Dimension.Unit.INCHES),
                Dimension.of(Dimension.Type.DEPTH, "21.875", Dimension.Unit.INCHES));
        assertThat(single(o.images()).rights()).isEqualTo(CC0);
    }

    @Test
    void aBulkRecordAndTheSameRecordAsAnApiRowMapToTheSameObject(@TempDir Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        String bulkLine = Files.readAllLines(Harness.fixture(FIXTURE), StandardCharsets.UTF_8).get(0);
        ObjectNode row = (ObjectNode) json.readTree(bulkLine);
        row.put("status", 0).put("publicSearch", true).set("extensions", json.createObjectNode());
        Path rows = dir.resolve("search-rows.jsonl");
        Files.writeString(rows, json.writeValueAsString(row) + "\n");

        Harness.Run api = Harness.run("smithsonian-edan", rows);

        assertThat(api.readErrors()).isEmpty();
        assertThat(api.object("saam_1977.107.1")).isEqualTo(run.object("saam_1977.107.1"));
    }

    @Test
    void aRecordWithoutTheIndexedObjectTypeIsClassifiedByItsObjectName(@TempDir Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        String drawing = Files.readAllLines(Harness.fixture(FIXTURE), StandardCharsets.UTF_8).get(6);
        ObjectNode record = (ObjectNode) json.readTree(drawing);
        ((ObjectNode) record.at("/content/indexedStructured")).remove("object_type");
        Path file = dir.resolve("no-object-type.jsonl");
        Files.writeString(file, json.writeValueAsString(record) + "\n");

        HumanMadeObject o = Harness.run("smithsonian-edan", file).object("chndm_1938-88-7017");

        // "Object Name" and "Type" both say "Drawing": one classification
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300033973", "drawings"));
        assertThat(Harness.validate(o).conforms()).isTrue();
    }

    // ---- SAAM: attribution before the name, two images, unreadable dimensions

    @Test
    void saamPortraitAttributedInTheNameWithOneOpenAndOneRestrictedImage() {
        HumanMadeObject o = run.object("saam_1983.95.179");

        Creator johnson = single(o.production().creators());
        assertThat(johnson.agent().label()).isEqualTo("Joshua Johnson");
        assertThat(johnson.qualifier()).isEqualTo(Creator.Qualifier.ATTRIBUTED_TO);
        assertThat(johnson.role()).isEqualTo(Concept.of(AAT + "300025103", "artists"));
        assertThat(johnson.agent().born()).isEqualTo(new TimeSpan(Instant.parse("1758-01-01T00:00:00Z"),
                Instant.parse("1768-12-31T23:59:59Z"), "ca. 1763"));
        assertThat(johnson.agent().died()).isEqualTo(new TimeSpan(Instant.parse("1824-01-01T00:00:00Z"), null, "after 1824"));

        assertThat(o.images()).extracting(Image::accessPoint, Image::rights).containsExactly(
                org.assertj.core.groups.Tuple.tuple("https://ids.si.edu/ids/deliveryService?id=SAAM-1983.95.179_1", CC0),
                org.assertj.core.groups.Tuple.tuple("https://ids.si.edu/ids/deliveryService?id=SAAM-1983.95.179_2", null));
        assertThat(o.subjects()).contains(Concept.of(AAT + "300015637", "portraits"));

        // "… in. (75.9 x 63.2 cm) sight" cannot be read: no dimensions, the text kept as the statement, one warning.
        assertThat(o.dimensions()).isEmpty();
        assertThat(o.statements()).contains(Statement.of(Statement.Type.DIMENSIONS, "29 7/8 x 24 7/8 in. (75.9 x 63.2 cm) sight", null));
        MappedRecord record = run.records().stream().filter(r -> "saam_1983.95.179".equals(r.id())).findFirst().orElseThrow();
        assertThat(record.issues()).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Issue.Severity.WARNING);
            assertThat(i.recordId()).isEqualTo("saam_1983.95.179");
            assertThat(i.field()).isEqualTo("object.dimensions[0]");
            assertThat(i.message()).contains("sight").contains("kept only as the dimensions statement");
        });
    }

    // ---- NASM: a manufacturer, a list of materials, size and weight in two entries

    @Test
    void airAndSpaceEngine() {
        HumanMadeObject o = run.object("nasm_A19501234000");

        assertThat(o.identifiers()).containsExactly(Identifier.system("nasm_A19501234000"), Identifier.accession("A19501234000"));
        assertThat(o.titles()).as("NASM labels its title 'Object Name'")
                .containsExactly(Name.primary("Wright R-1820-F Cyclone 9 Radial Engine", "en"));
        assertThat(o.classifications()).containsExactlyInAnyOrder(
                Concept.of(BASE + "concept/smithsonian/object-type/reciprocating-piston-engines", "Reciprocating (piston) engines"),
                Concept.of(BASE + "concept/smithsonian/object-type/propulsion-systems", "Propulsion systems"));
        Creator wright = single(o.production().creators());
        assertThat(wright.agent().id()).isEqualTo("wright-aeronautical-corporation");
        assertThat(wright.agent().kind()).isEqualTo(Agent.Kind.GROUP);
        assertThat(wright.role()).isEqualTo(Concept.of(AAT + "300025230", "manufacturers"));
        assertThat(o.production().timespan()).isEqualTo(new TimeSpan(Instant.parse("1928-01-01T00:00:00Z"),
                Instant.parse("1938-12-31T23:59:59Z"), "Circa 1933"));
        assertThat(o.production().place().label()).isEqualTo("United States of America");

        assertThat(o.materials()).containsExactlyInAnyOrder(Concept.of(AAT + "300011020", "copper"),
                Concept.of(BASE + "concept/smithsonian/material/steel", "Steel"),
                Concept.of(BASE + "concept/smithsonian/material/aluminum", "Aluminum"),
                Concept.of(BASE + "concept/smithsonian/material/magnesium", "Magnesium"),
                Concept.of(BASE + "concept/smithsonian/material/rubber", "Rubber"));
        assertThat(o.dimensions()).containsExactly(
                Dimension.of(Dimension.Type.HEIGHT, "119.4", Dimension.Unit.CENTIMETRES),
                Dimension.of(Dimension.Type.WIDTH, "138.4", Dimension.Unit.CENTIMETRES),
                Dimension.of(Dimension.Type.DEPTH, "138.4", Dimension.Unit.CENTIMETRES),
                Dimension.of(Dimension.Type.WEIGHT, "583.8", Dimension.Unit.KILOGRAMS));
        assertThat(o.statements()).contains(
                Statement.of(Statement.Type.MATERIALS, "Steel, Aluminum, Magnesium, Copper, Rubber", "en"),
                Statement.of(Statement.Type.DESCRIPTION, "The Cyclone F series powered many airliners and bombers of the 1930s.", "en"),
                Statement.of(Statement.Type.CREDIT_LINE, "Transferred from the U.S. Navy", "en"));
        assertThat(o.webPage()).isEqualTo("https://airandspace.si.edu/collection/id/nasm_A19501234000");
        assertThat(single(o.images()).iiifService()).isEqualTo("https://ids.si.edu/ids/iiif/NASM-A19501234000-NASM2016-04417");
    }

    // ---- compressed input

    @Test
    void aGzippedCopyOfTheFixtureReadsTheSame(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("objects.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(Harness.fixture(FIXTURE), out);
        }

        Harness.Run gzipped = Harness.run("smithsonian-edan", gz);

        assertThat(gzipped.objects()).isEqualTo(run.objects());
        assertThat(gzipped.readErrors()).singleElement().satisfies(e -> assertThat(e.locator()).endsWith("objects.jsonl.gz:3"));
        assertThat(gzipped.rejected()).singleElement().satisfies(r -> assertThat(r.locator()).endsWith("objects.jsonl.gz:6"));
    }

    private static TimeSpan year(int year, String display) {
        return TimeSpan.years(year, year, display);
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
