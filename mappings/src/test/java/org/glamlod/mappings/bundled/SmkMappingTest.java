package org.glamlod.mappings.bundled;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.groups.Tuple;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.glamlod.mappings.engine.Issue;
import org.glamlod.mappings.engine.MappedRecord;
import org.glamlod.mappings.engine.Mapping;
import org.glamlod.mappings.parse.RightsParser;
import org.glamlod.mappings.source.ReadError;
import org.glamlod.mappings.source.Sources;
import org.glamlod.model.Agent;
import org.glamlod.model.Concept;
import org.glamlod.model.Creator;
import org.glamlod.model.Dimension;
import org.glamlod.model.Dimension.Type;
import org.glamlod.model.Dimension.Unit;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Identifier;
import org.glamlod.model.Image;
import org.glamlod.model.Name;
import org.glamlod.model.ObjectSet;
import org.glamlod.model.Statement;
import org.glamlod.model.TimeSpan;
import org.junit.jupiter.api.Test;

/**
 * The bundled SMK mapping over fixtures shaped as the SMK API answers ({@code /api/v1/art/search} pages and
 * {@code /api/v1/art/?object_number=} answers), in the current record shape and the older one.
 */
class SmkMappingTest {
    private static final String PDM = "http://creativecommons.org/publicdomain/mark/1.0/";
    private static final String IN_COPYRIGHT = "http://rightsstatements.org/vocab/InC/1.0/";
    private static final String AAT = "http://vocab.getty.edu/aat/";
    private static final String BASE = "https://collection.example.org/";

    private static final Harness.Run PAGE = Harness.run("smk", Harness.fixture("smk/search-page.json"));
    private static final Harness.Run SINGLE = Harness.run("smk", Harness.fixture("smk/object-KMS1.json"));

    @Test
    void theMappingLoadsAsAPagedJsonSourceOfItems() {
        Mapping m = Mapping.resolve("smk");
        assertThat(m.name()).isEqualTo("smk");
        assertThat(m.source().format()).isEqualTo(Mapping.Source.Format.JSON);
        assertThat(m.source().records()).isEqualTo("items");
        assertThat(m.source().pageSize()).isPositive().isLessThanOrEqualTo(2000); // SMK caps rows at 2000
    }

    @Test
    void aSearchPageMapsEveryItemInOrderWithoutAnIssue() {
        assertThat(PAGE.readErrors()).isEmpty();
        assertThat(PAGE.records()).extracting(MappedRecord::id)
                .containsExactly("KMS3716", "KKS1987-48", "KKS1995-12/3", "KKS4219", "KKS8127", "KMS3245");
        assertThat(PAGE.records()).allSatisfy(r -> assertThat(r.issues()).as(r.id()).isEmpty());
        assertThat(PAGE.records().get(0).locator()).endsWith("search-page.json#item 1 (line 6)");
    }

    @Test
    void aPublicDomainPaintingWithAIiifImageAndDanishAndEnglishTitles() {
        HumanMadeObject o = PAGE.object("KMS3716");

        assertThat(o.identifiers()).containsExactly(Identifier.accession("KMS3716"), Identifier.system("1170009640_object"));
        assertThat(o.titles()).containsExactly(
                Name.primary("Ved havestuens vindue. Kunstnerens hustru", "da"),
                Name.primary("At the French Windows. The Artist's Wife", "en"));
        assertThat(o.title("en")).contains("At the French Windows. The Artist's Wife");
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300033618", "paintings"));

        Creator ring = o.production().creators().get(0);
        assertThat(o.production().creators()).hasSize(1);
        assertThat(ring.qualifier()).isEqualTo(Creator.Qualifier.NONE);
        assertThat(ring.role()).isNull();
        Agent a = ring.agent();
        assertThat(a.id()).isEqualTo("1024_person");
        assertThat(a.kind()).isEqualTo(Agent.Kind.PERSON);
        assertThat(a.label()).isEqualTo("Ring, L.A.");
        assertThat(a.born()).isEqualTo(day("1854-08-15"));
        assertThat(a.died()).isEqualTo(day("1933-09-10"));
        assertThat(a.nationalities()).containsExactly(Concept.of(BASE + "concept/nationality/danish", "Danish"));

        // the API's end "1897-12-31T00:00:00.000Z" is the whole last day
        assertThat(o.production().timespan()).isEqualTo(span("1897-01-01T00:00:00Z", "1897-12-31T23:59:59Z", "1897"));

        // the frame ("rammemål") is measured too, and left out
        assertThat(o.dimensions()).containsExactly(
                Dimension.of(Type.HEIGHT, "191", Unit.CENTIMETRES), Dimension.of(Type.WIDTH, "144", Unit.CENTIMETRES));
        assertThat(o.materials()).containsExactly(Concept.of(AAT + "300015050", "oil paint"));
        assertThat(o.supportMaterials()).containsExactly(Concept.of(AAT + "300014078", "canvas"));
        assertThat(o.statements()).containsExactly(
                Statement.of(Statement.Type.MATERIALS, "Olie på lærred", null),
                Statement.of(Statement.Type.DESCRIPTION, "Ring maler sin hustru Sigrid ved det åbne vindue i havestuen i "
                        + "Frederikssund. Lyset falder ind over hende og gør interiøret og haven til ét rum.", null),
                Statement.of(Statement.Type.CREDIT_LINE, "Testamentarisk gave fra kunstnerens hustru Sigrid Ring", null),
                Statement.of(Statement.Type.SIGNATURE, "L.A. Ring 1897", "da"));
        assertThat(o.memberOf()).extracting(ObjectSet::name)
                .containsExactlyInAnyOrder("Dansk og nordisk kunst 1750-1900", "Samling og Forskning");

        assertThat(o.currentOwner().id()).isEqualTo("smk");
        assertThat(o.currentOwner().kind()).isEqualTo(Agent.Kind.GROUP);
        assertThat(o.currentOwner().label()).isEqualTo("Statens Museum for Kunst");
        assertThat(o.currentOwner().equivalents()).containsExactly("http://www.wikidata.org/entity/Q671384");

        assertThat(o.images()).containsExactly(new Image(
                "https://api.smk.dk/api/v1/download/aHR0cHM6Ly9paXAuc21rLmRrL2lpaWYvanAyLzE1NDRiczEzd19rbXMzNzE2LnRpZi5yZWNvbnN0cnVjdGVkLnRpZi5qcDIvZnVsbC9mdWxsLzAvbmF0aXZlLmpwZw==/KMS3716.jpg",
                "image/jpeg", PDM, "https://iip.smk.dk/iiif/jp2/1544bs13w_kms3716.tif.reconstructed.tif.jp2"));
        assertThat(o.iiifManifest()).isEqualTo("https://api.smk.dk/api/v1/iiif/manifest/?id=KMS3716");
        assertThat(o.webPage()).isEqualTo("https://open.smk.dk/artwork/image/KMS3716");
        assertThat(o.rights()).isEqualTo(PDM);
    }

    @Test
    void anUndatedWorkKeepsSmksWordingWithTheArtistsLifeAsItsOuterBounds() {
        HumanMadeObject o = PAGE.object("KKS1987-48");

        assertThat(o.production().timespan()).isEqualTo(span("1864-01-01T00:00:00Z", "1916-12-31T23:59:59Z", "Udateret"));
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300033973", "drawings"));
        assertThat(o.titles()).containsExactly(Name.primary("Interiør med åben dør", "da"));
        assertThat(o.materials()).containsExactly(Concept.of(AAT + "300015012", "ink"));
        assertThat(o.supportMaterials()).containsExactly(Concept.of(AAT + "300014109", "paper"));
        assertThat(o.dimensions()).containsExactly(
                Dimension.of(Type.HEIGHT, "226", Unit.MILLIMETRES), Dimension.of(Type.WIDTH, "178", Unit.MILLIMETRES));
        // Ilsted, to whom the drawing was formerly ascribed, is not made a maker of it
        assertThat(o.production().creators()).extracting(c -> c.agent().id()).containsExactly("1386_person");
    }

    @Test
    void aCopyAfterAMasterWithTheQualifierInCreatorRole() {
        HumanMadeObject o = PAGE.object("KMS3245");

        assertThat(o.production().creators()).extracting(c -> c.agent().id(), Creator::qualifier).containsExactly(
                Tuple.tuple("13487_person", Creator.Qualifier.NONE),
                Tuple.tuple("2767_person", Creator.Qualifier.COPY_AFTER));
        Creator rubens = o.production().creators().get(1);
        assertThat(rubens.qualifier().carriedOut()).isFalse();
        assertThat(rubens.role()).isNull(); // "kopi efter" is the qualifier, not a role
        assertThat(rubens.agent().nationalities()).containsExactly(Concept.of(BASE + "concept/nationality/flemish", "Flemish"));
        assertThat(o.production().creators().get(0).agent().born()).isNull();
        assertThat(o.production().timespan())
                .isEqualTo(span("1700-01-01T00:00:00Z", "1799-12-31T23:59:59Z", "1700-tallet"));
        assertThat(o.supportMaterials()).containsExactly(Concept.of(AAT + "300014657", "panel"));
        assertThat(o.materials()).containsExactly(Concept.of(AAT + "300015050", "oil paint"));
        // no image: nothing to publish but the record
        assertThat(o.images()).isEmpty();
        assertThat(o.rights()).isEqualTo(PDM);
    }

    @Test
    void aWorkInCopyrightWithAnImageNeverGetsAnOpenRightsUri() {
        HumanMadeObject o = PAGE.object("KKS1995-12/3");

        assertThat(o.images()).hasSize(1);
        Image image = o.images().get(0);
        assertThat(image.rights()).isEqualTo(IN_COPYRIGHT);
        assertThat(RightsParser.isOpen(image.rights())).isFalse();
        assertThat(o.rights()).isEqualTo(IN_COPYRIGHT);
        assertThat(image.iiifService()).isEqualTo("https://iip.smk.dk/iiif/jp2/ht24wn33v_KKS1995-12_3.tif.jp2");
        // SMK's page for the number keeps its slash, as frontend_url does
        assertThat(o.webPage()).isEqualTo("https://open.smk.dk/artwork/image/KKS1995-12/3");
        assertThat(Harness.URIS.object(o.id())).isEqualTo(BASE + "object/KKS1995-12%2F3");
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300041379", "lithographs"));
        assertThat(o.production().techniques()).containsExactly(Concept.of(AAT + "300053271", "lithography"));
        assertThat(o.production().creators()).extracting(c -> c.agent().label()).containsExactly("Jorn, Asger");
    }

    @Test
    void htmlInTitlesIsStrippedAndEntitiesDecoded() {
        HumanMadeObject o = PAGE.object("KKS4219");

        assertThat(o.titles()).containsExactly(
                Name.primary("Kristus helbreder de syge (Hundredguldenbladet)", "da"),
                Name.primary("Christ Healing the Sick (\"The Hundred Guilder Print\")", "en"),
                Name.alternate("Kristus prædiker, de syge bringes til ham", "da"));
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300041365", "etchings"));
        assertThat(o.production().techniques()).containsExactly(Concept.of(AAT + "300053241", "etching (printing process)"));
        assertThat(o.production().timespan()).isEqualTo(span("1643-01-01T00:00:00Z", "1649-12-31T23:59:59Z", "ca. 1643-1649"));
        // "Radering, tørnål og gravstik" names no paint and no support
        assertThat(o.materials()).isEmpty();
        assertThat(o.supportMaterials()).isEmpty();
        assertThat(o.statements()).containsExactly(
                Statement.of(Statement.Type.MATERIALS, "Radering, tørnål og gravstik", null),
                Statement.of(Statement.Type.PROVENANCE, "Kongelig Kobberstiksamling, registreret 1843", null),
                Statement.of(Statement.Type.SIGNATURE, "Rembrandt f.", "la"));
        assertThat(o.production().creators().get(0).agent().nationalities())
                .containsExactly(Concept.of(BASE + "concept/nationality/dutch", "Dutch"));
    }

    @Test
    void theOlderRecordShapeIsReadWhereItDiffers() {
        HumanMadeObject o = PAGE.object("KKS8127");

        // titles: the English title in "translation", type codes MUSEUM and DESCRIPT, no language (Danish)
        assertThat(o.titles()).containsExactly(
                Name.primary("Ossian synger sin svanesang", "da"),
                Name.primary("Ossian Singing His Swan Song", "en"),
                Name.alternate("Ossian med harpen", "da"));
        // techniques as {"technique": …} objects
        assertThat(o.statements()).containsExactly(Statement.of(Statement.Type.MATERIALS, "Kobberstik på papir", null));
        assertThat(o.supportMaterials()).containsExactly(Concept.of(AAT + "300014109", "paper"));
        assertThat(o.production().techniques()).containsExactly(Concept.of(AAT + "300053225", "engraving (printing process)"));
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300041340", "engravings"));
        // "hojde" in mm, plate measurements
        assertThat(o.dimensions()).containsExactly(
                Dimension.of(Type.HEIGHT, "475", Unit.MILLIMETRES), Dimension.of(Type.WIDTH, "338", Unit.MILLIMETRES));
        // the qualifier in creator_qualifier: an engraving by Clemens after Abildgaard's design
        List<Creator> makers = o.production().creators();
        assertThat(makers).extracting(c -> c.agent().id(), Creator::qualifier, c -> c.role().uri()).containsExactlyInAnyOrder(
                Tuple.tuple("26_person", Creator.Qualifier.AFTER, BASE + "concept/role/inventor"),
                Tuple.tuple("452_person", Creator.Qualifier.NONE, BASE + "concept/role/engraver"));
        Agent clemens = makers.stream().filter(c -> c.agent().id().equals("452_person")).findFirst().orElseThrow().agent();
        assertThat(clemens.born()).isEqualTo(day("1748-11-29"));
        assertThat(clemens.died()).isEqualTo(day("1831-11-05"));
        Agent abildgaard = makers.stream().filter(c -> c.agent().id().equals("26_person")).findFirst().orElseThrow().agent();
        assertThat(abildgaard.born()).isEqualTo(day("1743-09-11"));
        assertThat(abildgaard.nationalities()).containsExactly(Concept.of(BASE + "concept/nationality/danish", "Danish"));
        assertThat(o.production().timespan()).isEqualTo(span("1787-01-01T00:00:00Z", "1787-12-31T23:59:59Z", "1787"));
        // a thumbnail-only image: no IIIF service; rights from public_domain, not the old CC0 explainer link
        assertThat(o.images()).containsExactly(new Image(
                "https://api.smk.dk/api/v1/thumbnail/4c1d8f0e-5b7a-4e0c-9d3a-2f6b81c07e55.jpg", "image/jpeg", PDM, null));
        assertThat(o.rights()).isEqualTo(PDM);
        // no frontend_url in this shape; the page is the same address
        assertThat(o.webPage()).isEqualTo("https://open.smk.dk/artwork/image/KKS8127");
        assertThat(o.memberOf()).extracting(ObjectSet::name).containsExactly("Samling og Forskning (KKS)");
    }

    @Test
    void aSingleObjectAnswerUsesTheSameItemsWrapper() {
        assertThat(SINGLE.readErrors()).isEmpty();
        assertThat(SINGLE.records()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("KMS1");
            assertThat(r.issues()).isEmpty();
        });
        HumanMadeObject o = SINGLE.object("KMS1");

        assertThat(o.titles()).containsExactly(Name.primary("Titanernes fald", "da"), Name.primary("The Fall of the Titans", "en"));
        assertThat(o.production().timespan()).isEqualTo(span("1588-01-01T00:00:00Z", "1590-12-31T23:59:59Z", "1588-1590"));
        Agent haarlem = o.production().creators().get(0).agent();
        assertThat(haarlem.id()).isEqualTo("5150_person");
        assertThat(haarlem.label()).isEqualTo("Haarlem, Cornelis Cornelisz. van");
        assertThat(haarlem.born()).isEqualTo(day("1562-01-01"));
        assertThat(haarlem.died()).isEqualTo(day("1638-11-11"));
        // three frame measurements (with a depth) are left out; 311.5 stays exact
        assertThat(o.dimensions()).containsExactly(
                Dimension.of(Type.HEIGHT, "242", Unit.CENTIMETRES), Dimension.of(Type.WIDTH, "311.5", Unit.CENTIMETRES));
        assertThat(o.subjects()).containsExactlyInAnyOrder(
                Concept.of(BASE + "concept/subject/mytologi", "Mytologi"), Concept.of(BASE + "concept/subject/titaner", "Titaner"));
        assertThat(o.images()).singleElement().satisfies(i -> {
            assertThat(i.iiifService()).isEqualTo("https://iip.smk.dk/iiif/jp2/9k41zh33m_KMS1.tif.reconstructed.tif.jp2");
            assertThat(i.rights()).isEqualTo(PDM);
            assertThat(i.accessPoint()).endsWith("/KMS1.jpg");
        });
        assertThat(o.statements()).extracting(Statement::type).containsExactly(
                Statement.Type.MATERIALS, Statement.Type.DESCRIPTION, Statement.Type.CREDIT_LINE);
    }

    @Test
    void everyMappedObjectPassesTheShapes() {
        List<HumanMadeObject> all = new ArrayList<>(PAGE.objects().values());
        all.addAll(SINGLE.objects().values());
        assertThat(all).hasSize(7);
        assertThat(all).allSatisfy(o -> assertThat(Harness.validate(o).conforms()).as(o.id() + ": " + Harness.validate(o)).isTrue());
    }

    @Test
    void badRecordsGiveIssuesNamingTheRecordAndFieldAndTheOthersAreKept() {
        Harness.Run run = Harness.run("smk", Harness.fixture("smk/search-page-problems.json"));

        // no object_number: rejected, located by its place in the page
        assertThat(run.rejected()).singleElement().satisfies(r -> {
            assertThat(r.locator()).endsWith("search-page-problems.json#item 1 (line 6)");
            assertThat(r.issues()).singleElement().satisfies(i -> {
                assertThat(i.severity()).isEqualTo(Issue.Severity.ERROR);
                assertThat(i.field()).isEqualTo("id");
                assertThat(i.message()).contains("object_number");
            });
        });

        // a reversed date and an unreadable measurement: warnings, the rest of the record kept
        MappedRecord giersing = run.records().get(1);
        assertThat(giersing.rejected()).isFalse();
        assertThat(giersing.issues()).extracting(Issue::severity).containsOnly(Issue.Severity.WARNING);
        assertThat(giersing.issues()).extracting(Issue::recordId).containsOnly("KMS3456");
        assertThat(giersing.issues()).anySatisfy(i -> {
            assertThat(i.field()).isEqualTo("object.production.date");
            assertThat(i.message()).contains("1915-01-01T00:00:00.000Z", "ends before it begins");
        });
        assertThat(giersing.issues()).anySatisfy(i -> {
            assertThat(i.field()).isEqualTo("object.dimensions[0]");
            assertThat(i.message()).contains("\"ca. 40\"");
        });
        assertThat(giersing.issues().get(0).toText()).startsWith("KMS3456 (").contains("search-page-problems.json#item 2");
        HumanMadeObject o = giersing.object();
        assertThat(o.production().timespan()).isEqualTo(new TimeSpan(null, null, "1911-1915"));
        assertThat(o.dimensions()).containsExactly(Dimension.of(Type.WIDTH, "52", Unit.CENTIMETRES));
        assertThat(o.title("da")).contains("Sommerdag i skoven");
        assertThat(Harness.validate(o).conforms()).isTrue();

        // the record after them is untouched
        assertThat(run.records().get(2).issues()).isEmpty();
        assertThat(run.object("KMS3913").title("en")).contains("View of Lake Sortedam");
        assertThat(run.readErrors()).isEmpty();
    }

    @Test
    void thePagedApiIsReadOverHttpUntilFound() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArrayNode items = (ArrayNode) json.readTree(Files.readString(Harness.fixture("smk/search-page.json"), UTF_8)).get("items");
        List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest r) {
                    requests.add(r);
                    if (!r.getUrl().encodedPath().equals("/api/v1/art/search"))
                        return new MockResponse.Builder().code(404).body("{\"error\":\"not found\"}").build();
                    // as SMK does: the page from offset, and found; this server gives at most 3 items a page, so the
                    // reader must go on from the items it received rather than from the rows it asked for
                    int offset = Integer.parseInt(r.getUrl().queryParameter("offset"));
                    int rows = Integer.parseInt(r.getUrl().queryParameter("rows"));
                    ObjectNode page = json.createObjectNode().put("offset", offset).put("rows", rows).put("found", items.size());
                    ArrayNode pageItems = page.putArray("items");
                    for (int i = offset; i < Math.min(items.size(), offset + Math.min(rows, 3)); i++) pageItems.add(items.get(i));
                    page.putObject("facets");
                    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                            .body(page.toString()).build();
                }
            });
            server.start();
            String search = server.url("/api/v1/art/search?keys=*&offset=0&rows=2").toString();

            Harness.Run run = runUrl("smk", search);

            assertThat(run.readErrors()).isEmpty();
            assertThat(run.records()).extracting(MappedRecord::id)
                    .containsExactly("KMS3716", "KKS1987-48", "KKS1995-12/3", "KKS4219", "KKS8127", "KMS3245");
            assertThat(run.records()).allSatisfy(r -> assertThat(r.issues()).isEmpty());
            assertThat(run.object("KMS3716")).isEqualTo(PAGE.object("KMS3716"));
            assertThat(run.object("KKS8127")).isEqualTo(PAGE.object("KKS8127"));
            assertThat(run.records().get(3).locator()).isEqualTo(
                    server.url("/api/v1/art/search?keys=*&offset=3&rows=100").toString() + "#item 1");
            // the mapping's page size replaces the URL's rows; the search is kept on every page
            assertThat(requests).extracting(r -> r.getUrl().queryParameter("offset")).containsExactly("0", "3");
            assertThat(run.object("KMS3245")).isEqualTo(PAGE.object("KMS3245"));
            assertThat(requests).allSatisfy(r -> {
                assertThat(r.getUrl().queryParameter("rows")).isEqualTo(String.valueOf(Mapping.resolve("smk").source().pageSize()));
                assertThat(r.getUrl().queryParameter("keys")).isEqualTo("*");
            });
        }
    }

    /**
     * {@link Harness#run} takes paths, and a {@link java.nio.file.Path} of "http://host/…" collapses the double
     * slash; a URL input goes to the readers as a string, as {@code glam ingest} passes it.
     */
    private static Harness.Run runUrl(String mapping, String url) {
        Mapping m = Mapping.resolve(mapping);
        List<MappedRecord> records = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        Sources.read(m.source().toSourceFormat(), List.of(url), r -> records.add(m.map(r, Harness.URIS)), errors::add);
        return new Harness.Run(records, errors);
    }

    private static TimeSpan day(String date) {
        return span(date + "T00:00:00Z", date + "T23:59:59Z", date);
    }

    private static TimeSpan span(String begin, String end, String display) {
        return new TimeSpan(Instant.parse(begin), Instant.parse(end), display);
    }
}
