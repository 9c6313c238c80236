package org.glamlod.mappings.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.glamlod.mappings.engine.Issue;
import org.glamlod.mappings.engine.MappedRecord;
import org.glamlod.mappings.engine.Mapping;
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
import org.glamlod.model.Place;
import org.glamlod.model.Statement;
import org.glamlod.model.TimeSpan;
import org.glamlod.model.shacl.Problem;
import org.junit.jupiter.api.Test;

/** The bundled LIDO mapping over a LIDO 1.0 and a LIDO 1.1 export. */
class LidoMappingTest {
    private static final String AAT = "http://vocab.getty.edu/aat/";
    private static final String BASE = "https://collection.example.org/";
    private static final String PDM = "http://creativecommons.org/publicdomain/mark/1.0/";

    /** A German museum's LIDO 1.0 export: 1.0 terminology words, plain-text measurement types. */
    private static final Harness.Run LIDO_10 = Harness.run("lido", Harness.fixture("lido/lido-1.0-museum-export.xml"));
    /** A Dutch museum's LIDO 1.1 export: numbered terminology URIs, skos:Concept, a record in two languages. */
    private static final Harness.Run LIDO_11 = Harness.run("lido", Harness.fixture("lido/lido-1.1-museum-export.xml"));

    @Test
    void theMappingLoadsAsAnXmlSourceOfLidoRecords() {
        Mapping m = Mapping.resolve("lido");
        assertThat(m.name()).isEqualTo("lido");
        assertThat(m.source().format()).isEqualTo(Mapping.Source.Format.XML);
        assertThat(m.source().records()).isEqualTo("lido:lido");
        assertThat(m.source().namespaces()).containsEntry("lido", "http://www.lido-schema.org");
    }

    @Test
    void lido10RecordWithoutItsLidoRecIdIsRejectedByNameAndTheRecordAfterItIsKept() {
        assertThat(LIDO_10.readErrors()).isEmpty();
        assertThat(LIDO_10.records()).hasSize(3);
        assertThat(LIDO_10.rejected()).singleElement().satisfies(r -> {
            assertThat(r.locator()).endsWith("lido-1.0-museum-export.xml#record 2 (line 281)");
            assertThat(r.issues()).singleElement().satisfies(i -> {
                assertThat(i.severity()).isEqualTo(Issue.Severity.ERROR);
                assertThat(i.field()).isEqualTo("id");
                assertThat(i.message()).contains("lido:lidoRecID");
                assertThat(i.toText()).contains("#record 2 (line 281)");
            });
        });
        assertThat(LIDO_10.objects().keySet()).containsExactly("DE-MUS-057516/lido/GG238", "DE-MUS-057516/lido/GG29");
        assertThat(LIDO_10.records()).filteredOn(r -> !r.rejected()).allSatisfy(r -> assertThat(r.issues()).as(r.id()).isEmpty());
    }

    @Test
    void lido10IdentifiersAndMultilingualTitles() {
        HumanMadeObject o = LIDO_10.object("DE-MUS-057516/lido/GG238");

        assertThat(o.identifiers()).containsExactly(Identifier.accession("GG 238"), Identifier.system("GG238"),
                new Identifier("DE-MUS-057516/lido/GG238", Identifier.Type.LOCAL_NUMBER));
        // German (inherited from descriptiveMetadata), English and Dutch preferred titles; the former title alternate
        assertThat(o.titles()).containsExactly(
                Name.primary("Familienbildnis", "de"), Name.primary("Family Portrait", "en"),
                Name.primary("Familieportret", "nl"), Name.alternate("Die Familie des Malers", "de"));
        assertThat(o.title("en")).contains("Family Portrait");
        assertThat(o.title("de")).contains("Familienbildnis");
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300033618", "paintings"));
    }

    @Test
    void lido10MakerOfTheProductionEventWithAuthorityIdsAndLifeDates() {
        HumanMadeObject o = LIDO_10.object("DE-MUS-057516/lido/GG238");

        // the collector of the acquisition event is no maker
        assertThat(o.production().creators()).hasSize(1);
        Creator c = o.production().creators().get(0);
        assertThat(c.qualifier()).isEqualTo(Creator.Qualifier.NONE);
        assertThat(c.role()).isEqualTo(Concept.of(AAT + "300025136", "painter"));
        Agent a = c.agent();
        assertThat(a.id()).isEqualTo("P-1187");
        assertThat(a.kind()).isEqualTo(Agent.Kind.PERSON);
        // the preferred name only: the alternate "Rembrandt" is not made the display name
        assertThat(a.names()).containsExactly(Name.primary("Rembrandt Harmensz. van Rijn", null));
        assertThat(a.equivalents()).containsExactlyInAnyOrder(
                "http://vocab.getty.edu/ulan/500011051", "http://www.wikidata.org/entity/Q5598");
        assertThat(a.born()).isEqualTo(day("1606-07-15"));
        assertThat(a.died()).isEqualTo(day("1669-10-04"));
        assertThat(a.nationalities()).containsExactly(Concept.of(BASE + "concept/nationality/dutch", "Dutch"));

        // displayDate as written, the indexed dates as bounds
        assertThat(o.production().timespan()).isEqualTo(span("1665-01-01T00:00:00Z", "1669-12-31T23:59:59Z", "um 1665"));
        assertThat(o.production().place()).isEqualTo(Place.of("amsterdam", "Amsterdam", "http://vocab.getty.edu/tgn/7006952"));
        assertThat(o.production().techniques()).containsExactly(Concept.of(BASE + "concept/technique/olmalerei", "Ölmalerei"));
    }

    @Test
    void lido10MaterialsSupportAndMeasurementsWithoutTheFrame() {
        HumanMadeObject o = LIDO_10.object("DE-MUS-057516/lido/GG238");

        assertThat(o.materials()).containsExactly(Concept.of(AAT + "300015050", "oil paint"));
        assertThat(o.supportMaterials()).containsExactly(Concept.of(AAT + "300014078", "canvas"));
        assertThat(o.dimensions()).containsExactly(
                Dimension.of(Type.HEIGHT, "126", Unit.CENTIMETRES), Dimension.of(Type.WIDTH, "167", Unit.CENTIMETRES));
        assertThat(o.statements()).containsExactly(
                Statement.of(Statement.Type.DESCRIPTION, "Eines der letzten Gemälde Rembrandts: Eltern und drei Kinder in "
                        + "einem dunklen Raum, in breiten, mit dem Spachtel gesetzten Farbflächen gemalt.", "de"),
                Statement.of(Statement.Type.DESCRIPTION, "One of Rembrandt's last paintings: parents and three children in "
                        + "a dark room, painted in broad areas of colour laid on with the palette knife.", "en"),
                Statement.of(Statement.Type.MATERIALS, "Öl auf Leinwand", "de"),
                Statement.of(Statement.Type.MATERIALS, "Oil on canvas", "en"),
                Statement.of(Statement.Type.DIMENSIONS, "126 x 167 cm", "de"),
                Statement.of(Statement.Type.DIMENSIONS, "Rahmenmaß: 151,5 x 191 x 9 cm", "de"),
                Statement.of(Statement.Type.SIGNATURE, "Rembrandt f.", "de"),
                Statement.of(Statement.Type.CREDIT_LINE,
                        "Herzog Anton Ulrich-Museum Braunschweig, Kunstmuseum des Landes Niedersachsen", "de"));
        assertThat(o.subjects()).containsExactlyInAnyOrder(Concept.of("http://iconclass.org/42", "family, descendance"),
                Concept.of(BASE + "concept/subject/gruppenbildnis", "Gruppenbildnis"));
    }

    @Test
    void lido10RepositoryImageRightsAndRecordLink() {
        HumanMadeObject o = LIDO_10.object("DE-MUS-057516/lido/GG238");

        assertThat(o.currentOwner().label()).isEqualTo("Herzog Anton Ulrich-Museum Braunschweig");
        assertThat(o.currentOwner().kind()).isEqualTo(Agent.Kind.GROUP);
        assertThat(o.currentOwner().equivalents())
                .containsExactly("https://ld.zdb-services.de/resource/organisations/DE-MUS-057516");
        // the master, not the thumbnail; "jpg" as a media type; CC BY-SA from the conceptID
        assertThat(o.images()).containsExactly(new Image(
                "https://nds.museum-digital.de/data/nds/images/202/1057138-238/GG238_A.jpg", "image/jpeg",
                "http://creativecommons.org/licenses/by-sa/4.0/", null));
        assertThat(o.rights()).isEqualTo(PDM);
        // recordInfoLink is written across lines in the export
        assertThat(o.webPage()).isEqualTo("https://nds.museum-digital.de/object/1057138");
    }

    @Test
    void lido10WorkshopAttributionWithTermsOnlyAndMeasurementsOnlyAsText() {
        HumanMadeObject o = LIDO_10.object("DE-MUS-057516/lido/GG29");

        assertThat(o.titles()).containsExactly(Name.primary("Bildnis Martin Luther", "de"),
                Name.primary("Portrait of Martin Luther", "en")); // xml:lang="eng"
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300033618", "paintings"));
        Creator c = o.production().creators().get(0);
        assertThat(c.qualifier()).isEqualTo(Creator.Qualifier.WORKSHOP_OF);
        assertThat(c.qualifier().carriedOut()).isFalse();
        assertThat(c.role()).isEqualTo(Concept.of(AAT + "300025136", "painters (artists)"));
        assertThat(c.agent().id()).isEqualTo("P-0412");
        assertThat(c.agent().label()).isEqualTo("Lucas Cranach d. Ä.");
        // a bare Wikidata number named by its source
        assertThat(c.agent().equivalents()).containsExactly("http://www.wikidata.org/entity/Q191748");
        assertThat(c.agent().born()).isEqualTo(span("1472-01-01T00:00:00Z", "1472-12-31T23:59:59Z", "1472"));
        assertThat(c.agent().died()).isEqualTo(span("1553-01-01T00:00:00Z", "1553-12-31T23:59:59Z", "1553"));
        assertThat(c.agent().nationalities()).containsExactly(Concept.of(BASE + "concept/nationality/german", "German"));
        assertThat(o.production().timespan()).isEqualTo(span("1528-01-01T00:00:00Z", "1535-12-31T23:59:59Z", "um 1530"));
        assertThat(o.production().place().label()).isEqualTo("Wittenberg");
        // decimal commas in a display-only measurement
        assertThat(o.dimensions()).containsExactly(
                Dimension.of(Type.HEIGHT, "37.5", Unit.CENTIMETRES), Dimension.of(Type.WIDTH, "24.3", Unit.CENTIMETRES));
        assertThat(o.materials()).containsExactly(Concept.of(AAT + "300015050", "oil paint"));
        assertThat(o.supportMaterials()).containsExactly(Concept.of(BASE + "concept/material/buchenholz", "Buchenholz"));
        // rights given as names, not URIs
        assertThat(o.images()).extracting(Image::rights).containsExactly("http://creativecommons.org/licenses/by/4.0/");
        assertThat(o.rights()).isEqualTo(PDM);
    }

    @Test
    void lido10EveryObjectPassesTheShapes() {
        assertThat(LIDO_10.objects().values()).allSatisfy(o -> assertThat(Harness.validate(o).conforms()).as(o.id()).isTrue());
    }

    @Test
    void lido11EveryRecordIsMapped() {
        assertThat(LIDO_11.readErrors()).isEmpty();
        assertThat(LIDO_11.rejected()).isEmpty();
        assertThat(LIDO_11.records()).extracting(MappedRecord::id).containsExactly(
                "NL-AmRM/lido/SK-A-2344", "NL-AmRM/lido/RP-T-1930-52", "NL-AmRM/lido/RP-F-1994-17");
        assertThat(LIDO_11.records().subList(0, 2)).allSatisfy(r -> assertThat(r.issues()).as(r.id()).isEmpty());
    }

    @Test
    void lido11RecordInTwoLanguagesKeepsBothTitlesAndDescriptionsButOneMaker() {
        HumanMadeObject o = LIDO_11.object("NL-AmRM/lido/SK-A-2344");

        assertThat(o.identifiers()).containsExactly(Identifier.accession("SK-A-2344"), Identifier.system("SK-A-2344"),
                new Identifier("NL-AmRM/lido/SK-A-2344", Identifier.Type.LOCAL_NUMBER));
        assertThat(o.titles()).containsExactly(Name.primary("Het melkmeisje", "nl"), Name.primary("The Milkmaid", "en"),
                Name.alternate("De keukenmeid", "nl"));
        assertThat(o.title("en")).contains("The Milkmaid");
        // skos:Concept, labelled with the English term
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300033618", "painting"));
        assertThat(o.statements()).filteredOn(s -> s.type() == Statement.Type.DESCRIPTION)
                .extracting(Statement::language).containsExactly("nl", "en");

        assertThat(o.production().creators()).hasSize(1);
        Creator c = o.production().creators().get(0);
        assertThat(c.role()).isEqualTo(Concept.of(AAT + "300025136", "painter"));
        assertThat(c.qualifier()).isEqualTo(Creator.Qualifier.NONE);
        Agent vermeer = c.agent();
        assertThat(vermeer.id()).isEqualTo("RM0001.PEOPLE.80476");
        assertThat(vermeer.names()).containsExactly(Name.primary("Johannes Vermeer", null));
        assertThat(vermeer.equivalents()).containsExactlyInAnyOrder(
                "http://vocab.getty.edu/ulan/500032927", "http://www.wikidata.org/entity/Q41264");
        assertThat(vermeer.born()).isEqualTo(day("1632-10-31"));
        assertThat(vermeer.died()).isEqualTo(day("1675-12-15"));
        assertThat(vermeer.nationalities())
                .containsExactly(Concept.of(BASE + "concept/nationality/northern-netherlandish", "Northern Netherlandish"));

        // of the Dutch and English display dates the English one; the indexed years as bounds
        assertThat(o.production().timespan()).isEqualTo(span("1657-01-01T00:00:00Z", "1661-12-31T23:59:59Z", "c. 1660"));
        assertThat(o.production().place()).isEqualTo(Place.of("delft", "Delft", "http://www.wikidata.org/entity/Q690"));
        assertThat(o.production().techniques()).containsExactly(Concept.of(BASE + "concept/technique/painting", "painting"));
    }

    @Test
    void lido11MeasurementsAsTermsAndObjectLevelMaterials() {
        HumanMadeObject o = LIDO_11.object("NL-AmRM/lido/SK-A-2344");

        // measurementType and measurementUnit as terms (with skos:Concept and conceptID beside them)
        assertThat(o.dimensions()).containsExactly(
                Dimension.of(Type.HEIGHT, "45.5", Unit.CENTIMETRES), Dimension.of(Type.WIDTH, "41", Unit.CENTIMETRES));
        // objectMaterialsTechWrap, typed lido00132 and lido00514
        assertThat(o.materials()).containsExactly(Concept.of(AAT + "300015050", "oil paint"));
        assertThat(o.supportMaterials()).containsExactly(Concept.of(AAT + "300014078", "canvas"));
        assertThat(o.statements()).contains(
                Statement.of(Statement.Type.MATERIALS, "olieverf op doek", "nl"),
                Statement.of(Statement.Type.DIMENSIONS, "h 45,5cm × b 41cm", "nl"),
                Statement.of(Statement.Type.CREDIT_LINE,
                        "Rijksmuseum, Amsterdam. Aankoop met steun van de Vereniging Rembrandt", "nl"));
    }

    @Test
    void lido11OriginalImageWithItsPublicDomainMarkAndTheRecordLink() {
        HumanMadeObject o = LIDO_11.object("NL-AmRM/lido/SK-A-2344");

        // not the thumbnail; the https PDM URI in its canonical form
        assertThat(o.images()).containsExactly(
                new Image("https://iiif.micr.io/QkOGy/full/max/0/default.jpg", "image/jpeg", PDM, null));
        assertThat(o.rights()).isEqualTo(PDM);
        assertThat(o.webPage()).isEqualTo("https://www.rijksmuseum.nl/nl/collectie/SK-A-2344");
        assertThat(o.currentOwner().label()).isEqualTo("Rijksmuseum");
        assertThat(o.currentOwner().equivalents()).containsExactly("http://www.wikidata.org/entity/Q190804");
    }

    @Test
    void lido11AttributionWrittenAsTerms() {
        HumanMadeObject o = LIDO_11.object("NL-AmRM/lido/RP-T-1930-52");

        Creator c = o.production().creators().get(0);
        assertThat(c.qualifier()).isEqualTo(Creator.Qualifier.ATTRIBUTED_TO);
        assertThat(c.qualifier().carriedOut()).isTrue();
        assertThat(c.role()).isEqualTo(Concept.of(BASE + "concept/role/draughtsman", "draughtsman"));
        assertThat(c.agent().equivalents()).containsExactlyInAnyOrder(
                "http://viaf.org/viaf/64013650", "http://vocab.getty.edu/ulan/500011051");
        assertThat(o.titles()).containsExactly(Name.primary("Zittende vrouw met een boek", "nl"),
                Name.primary("Seated Woman with a Book", "en"));
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300033973", "drawing"));
        assertThat(o.production().timespan()).isEqualTo(span("1635-01-01T00:00:00Z", "1640-12-31T23:59:59Z", "ca. 1635-1640"));
        assertThat(o.materials()).containsExactly(Concept.of(AAT + "300015012", "ink"));
        assertThat(o.supportMaterials()).containsExactly(Concept.of(AAT + "300014109", "paper"));
        assertThat(o.dimensions()).containsExactly(
                Dimension.of(Type.HEIGHT, "181", Unit.MILLIMETRES), Dimension.of(Type.WIDTH, "142", Unit.MILLIMETRES));
        assertThat(o.statements()).contains(Statement.of(Statement.Type.INSCRIPTION, "Rembrant", "nl"),
                Statement.of(Statement.Type.MATERIALS, "pen and brush in brown, on paper", "en"));
        assertThat(o.images()).extracting(Image::rights).containsExactly("http://creativecommons.org/licenses/by/4.0/");
        assertThat(o.rights()).isNull();
    }

    @Test
    void lido11FlawedRecordIsKeptWithAWarningPerFlawNamingRecordAndField() {
        MappedRecord r = LIDO_11.records().get(2);
        List<Issue> issues = r.issues();

        assertThat(issues).extracting(Issue::severity).containsOnly(Issue.Severity.WARNING);
        assertThat(issues).extracting(Issue::recordId).containsOnly("NL-AmRM/lido/RP-F-1994-17");
        assertThat(issues).extracting(Issue::locator).allMatch(l -> l.endsWith("lido-1.1-museum-export.xml#record 3 (line 429)"));
        assertThat(issues).extracting(Issue::field)
                .containsExactly("object.production.date", "object.dimensions[0]", "object.images[0]");
        assertThat(issues.get(0).message()).contains("\"1865\" to \"1860\"");
        assertThat(issues.get(1).message()).contains("duim");
        assertThat(issues.get(2).message()).contains("© Rijksmuseum, alle rechten voorbehouden", "not open");

        HumanMadeObject o = r.object();
        assertThat(o.identifiers()).extracting(Identifier::type).doesNotContain(Identifier.Type.ACCESSION_NUMBER);
        assertThat(o.production().timespan()).isEqualTo(new TimeSpan(null, null, "ca. 1860-1865"));
        assertThat(o.dimensions()).containsExactly(Dimension.of(Type.WIDTH, "254", Unit.MILLIMETRES));
        assertThat(o.statements()).containsExactly(Statement.of(Statement.Type.DIMENSIONS, "h 8 duim × b 10 duim", "nl"));
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300046300", "photographs"));
        assertThat(o.currentOwner().label()).isEqualTo("Rijksmuseum");
        assertThat(o.images()).singleElement().satisfies(i -> assertThat(i.rights()).isNull());
    }

    @Test
    void lido11GoodObjectsPassTheShapesAndTheImageWithoutRightsIsHeldBack() {
        assertThat(List.of(LIDO_11.object("NL-AmRM/lido/SK-A-2344"), LIDO_11.object("NL-AmRM/lido/RP-T-1930-52")))
                .allSatisfy(o -> assertThat(Harness.validate(o).conforms()).as(o.id()).isTrue());
        // unpublishable on purpose: an image whose rights are a free-text copyright line has no rights URI, and
        // unknown rights are never taken as open
        var report = Harness.validate(LIDO_11.object("NL-AmRM/lido/RP-F-1994-17"));
        assertThat(report.conforms()).isFalse();
        assertThat(report.problems()).singleElement().extracting(Problem::message).asString().startsWith("image has no rights URI");
    }

    private static TimeSpan day(String date) {
        return span(date + "T00:00:00Z", date + "T23:59:59Z", date);
    }

    private static TimeSpan span(String begin, String end, String display) {
        return new TimeSpan(Instant.parse(begin), Instant.parse(end), display);
    }
}
