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
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Identifier;
import org.glamlod.model.Image;
import org.glamlod.model.Name;
import org.glamlod.model.ObjectSet;
import org.glamlod.model.Place;
import org.glamlod.model.Statement;
import org.glamlod.model.TimeSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled {@code csv} template over {@code samples/csv/objects.csv}, a museum export with every column the
 * template documents: a print, a workshop painting with a quoted multi-line description and explicit date bounds, a
 * Danish painting, a porcelain vase with a designer and a manufacturer, a row cut short, and a tea bowl whose date
 * cannot be read.
 */
class CsvMappingTest {
    private static final String AAT = "http://vocab.getty.edu/aat/";
    private static final String BASE = Harness.URIS.base();
    private static final String PDM = "http://creativecommons.org/publicdomain/mark/1.0/";

    private static Harness.Run run;

    @BeforeAll
    static void mapFixture() {
        run = Harness.run("csv", Harness.fixture("csv/objects.csv"));
    }

    @Test
    void theTemplateLoadsAsABundledMapping() {
        Mapping csv = Mapping.resolve("csv");
        assertThat(csv.name()).isEqualTo("csv");
        assertThat(csv.source().format()).isEqualTo(Mapping.Source.Format.CSV);
        assertThat(csv.source().delimiter()).isEqualTo(',');
    }

    @Test
    void everyGoodRowIsMappedAndARaggedRowIsReportedByItsLine() {
        assertThat(run.objects().keySet())
                .containsExactly("GR-1961-0143", "GR-1958-0012", "KMS-1908-0031", "KER-1988-0044", "AS-1920-0031");
        assertThat(run.rejected()).isEmpty();
        // the Cranach row's description spans two lines, so the short row is on line 7
        assertThat(run.readErrors()).singleElement().satisfies(e -> {
            assertThat(e.locator()).endsWith("objects.csv:7");
            assertThat(e.message()).isEqualTo("the row has 13 fields but the header has 43 columns");
        });
    }

    @Test
    void onlyTheRowWithAnUnreadableDateHasAnIssue() {
        for (MappedRecord r : run.records())
            if (!r.id().equals("AS-1920-0031")) assertThat(r.issues()).as(r.id()).isEmpty();
    }

    @Test
    void everyObjectPassesTheShapes() {
        run.objects().forEach((id, o) -> assertThat(Harness.validate(o).conforms()).as(id).isTrue());
    }

    @Test
    void printWithAuthorityIdsForMakerAndPlace() {
        HumanMadeObject o = run.object("GR-1961-0143");

        assertThat(o.identifiers()).containsExactly(Identifier.accession("GR-1961-0143"));
        assertThat(o.titles()).containsExactly(Name.primary("Self-Portrait Leaning on a Stone Sill", "en"));
        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300041273", "prints"));

        Creator rembrandt = single(o.production().creators());
        Agent agent = rembrandt.agent();
        assertThat(agent.id()).isEqualTo("rembrandt-van-rijn");
        assertThat(agent.kind()).isEqualTo(Agent.Kind.PERSON);
        assertThat(agent.label()).isEqualTo("Rembrandt van Rijn");
        assertThat(agent.born()).isEqualTo(TimeSpan.years(1606, 1606, "1606"));
        assertThat(agent.died()).isEqualTo(TimeSpan.years(1669, 1669, "1669"));
        assertThat(agent.nationalities()).containsExactly(Concept.of(AAT + "300111175", "Dutch"));
        assertThat(agent.equivalents()).containsExactly("http://vocab.getty.edu/ulan/500011051", "http://www.wikidata.org/entity/Q5598");
        assertThat(rembrandt.role()).isEqualTo(Concept.of(AAT + "300025164", "printmakers"));
        assertThat(rembrandt.qualifier()).isEqualTo(Creator.Qualifier.NONE);
        assertThat(o.production().timespan()).isEqualTo(TimeSpan.years(1639, 1639, "1639"));
        assertThat(o.production().place()).isEqualTo(Place.of("amsterdam", "Amsterdam", "http://vocab.getty.edu/tgn/7006952"));

        assertThat(o.dimensions()).containsExactly(Dimension.of(Dimension.Type.HEIGHT, "20.5", Dimension.Unit.CENTIMETRES),
                Dimension.of(Dimension.Type.WIDTH, "16.4", Dimension.Unit.CENTIMETRES));
        assertThat(o.materials()).containsExactly(Concept.of(AAT + "300015012", "ink"));
        assertThat(o.supportMaterials()).containsExactly(Concept.of(AAT + "300014109", "paper"));
        assertThat(o.statements()).containsExactly(
                Statement.of(Statement.Type.DIMENSIONS, "plate: 20.5 x 16.4 cm", null),
                Statement.of(Statement.Type.MATERIALS, "Etching", null),
                Statement.of(Statement.Type.INSCRIPTION, "Signed and dated in the plate, upper left: Rembrandt f 1639", null),
                Statement.of(Statement.Type.CREDIT_LINE, "Bequeathed by Dr. Anders Halvorsen, 1961", null));
        assertThat(o.memberOf()).containsExactly(new ObjectSet("prints-and-drawings", "Prints and Drawings"));
        assertThat(o.subjects()).containsExactlyInAnyOrder(Concept.of(AAT + "300015637", "portraits"),
                Concept.of(BASE + "concept/subject/self-portraits", "self-portraits"));
        assertThat(o.images()).containsExactly(new Image(
                "https://images.museum.example/iiif/3/GR-1961-0143/full/max/0/default.jpg", null, PDM,
                "https://images.museum.example/iiif/3/GR-1961-0143"));
        assertThat(o.webPage()).isEqualTo("https://collection.museum.example/objects/GR-1961-0143");
        assertThat(o.rights()).isEqualTo(PDM);
        assertThat(o.currentOwner()).as("the template leaves the owner for the museum to fill in").isNull();
    }

    @Test
    void workshopPaintingWithDateBoundsMeasurementsAndAMultiLineDescription() {
        HumanMadeObject o = run.object("GR-1958-0012");

        assertThat(o.titles()).containsExactly(Name.primary("Portrait of a Woman", "en"), Name.alternate("Bildnis einer Frau", "de"));
        Creator cranach = single(o.production().creators());
        assertThat(cranach.agent().label()).isEqualTo("Lucas Cranach the Elder");
        assertThat(cranach.qualifier()).isEqualTo(Creator.Qualifier.WORKSHOP_OF);
        assertThat(cranach.qualifier().carriedOut()).isFalse();
        assertThat(cranach.role()).isEqualTo(Concept.of(AAT + "300025136", "painters"));
        assertThat(cranach.agent().died()).isEqualTo(new TimeSpan(Instant.parse("1553-10-16T00:00:00Z"),
                Instant.parse("1553-10-16T23:59:59Z"), "1553-10-16"));
        assertThat(cranach.agent().nationalities()).containsExactly(Concept.of(AAT + "300111192", "German"));
        // the museum's own bounds, not the five years either side that "c." would add, with its wording kept
        assertThat(o.production().timespan()).isEqualTo(new TimeSpan(Instant.parse("1530-01-01T00:00:00Z"),
                Instant.parse("1535-12-31T23:59:59Z"), "c. 1530–35"));
        assertThat(o.production().place().label()).isEqualTo("Wittenberg");
        assertThat(o.production().place().equivalents()).isEmpty();

        // measurements given as numbers; the dimensions text is kept for display
        assertThat(o.dimensions()).containsExactly(Dimension.of(Dimension.Type.HEIGHT, "35.5", Dimension.Unit.CENTIMETRES),
                Dimension.of(Dimension.Type.WIDTH, "24.2", Dimension.Unit.CENTIMETRES));
        assertThat(o.materials()).containsExactly(Concept.of(AAT + "300015050", "oil paint"));
        assertThat(o.supportMaterials()).containsExactly(Concept.of(AAT + "300014657", "panel"));
        assertThat(o.statements()).containsExactly(
                Statement.of(Statement.Type.MATERIALS, "Oil on beech panel", null),
                Statement.of(Statement.Type.DIMENSIONS, "35.5 x 24.2 cm (panel)", null),
                Statement.of(Statement.Type.DESCRIPTION, "Half-length portrait of a young woman in a red dress with gold "
                        + "chains, against a blue-green ground.\nThe costume and the \"Cranach type\" of the face are those "
                        + "of the workshop in the early 1530s.", null),
                Statement.of(Statement.Type.PROVENANCE, "Count Gustav von Moltke, Copenhagen; his sale, 1931; bought by the "
                        + "museum from the art trade, 1958", null),
                Statement.of(Statement.Type.CREDIT_LINE, "Purchased with support from the Friends of the Museum, 1958", null));
        assertThat(single(o.images()).rights()).as("a Creative Commons URI in any spelling").isEqualTo(PDM);
        assertThat(single(o.images()).iiifService()).isNull();
    }

    @Test
    void danishPaintingTitledInDanishWithAnEnglishAlternate() {
        HumanMadeObject o = run.object("KMS-1908-0031");

        assertThat(o.titles()).containsExactly(Name.primary("Interiør. Strandgade 30", "da"),
                Name.alternate("Interior. Strandgade 30", "en"));
        assertThat(o.title("da")).contains("Interiør. Strandgade 30");
        Agent hammershoi = single(o.production().creators()).agent();
        assertThat(hammershoi.label()).isEqualTo("Vilhelm Hammershøi");
        assertThat(hammershoi.born()).isEqualTo(new TimeSpan(Instant.parse("1864-05-15T00:00:00Z"),
                Instant.parse("1864-05-15T23:59:59Z"), "1864-05-15"));
        assertThat(hammershoi.nationalities()).containsExactly(Concept.of(AAT + "300111172", "Danish"));
        assertThat(o.dimensions()).containsExactly(Dimension.of(Dimension.Type.HEIGHT, "66", Dimension.Unit.CENTIMETRES),
                Dimension.of(Dimension.Type.WIDTH, "55", Dimension.Unit.CENTIMETRES));
        assertThat(o.statements()).extracting(Statement::type).containsOnlyOnce(Statement.Type.DIMENSIONS);
        assertThat(o.supportMaterials()).containsExactly(Concept.of(AAT + "300014078", "canvas"));
        assertThat(o.memberOf()).containsExactly(new ObjectSet("danish-and-nordic-art-1750-1900", "Danish and Nordic Art 1750–1900"));
        assertThat(single(o.images()).rights()).isEqualTo("http://creativecommons.org/licenses/by-sa/4.0/");
        assertThat(o.rights()).isEqualTo(PDM);
    }

    @Test
    void vaseWithADesignerAndAManufacturer() {
        HumanMadeObject o = run.object("KER-1988-0044");

        assertThat(o.classifications()).containsExactly(Concept.of(AAT + "300132254", "vases"));
        List<Creator> makers = o.production().creators();
        assertThat(makers).extracting(c -> c.agent().label(), c -> c.agent().kind(), Creator::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Arnold Krog", Agent.Kind.PERSON, Concept.of(AAT + "300025190", "designers")),
                org.assertj.core.groups.Tuple.tuple("Royal Copenhagen", Agent.Kind.GROUP, Concept.of(AAT + "300025230", "manufacturers")));
        assertThat(o.production().timespan()).isEqualTo(TimeSpan.years(1888, 1888, "1888"));
        assertThat(o.dimensions()).containsExactly(Dimension.of(Dimension.Type.HEIGHT, "30.5", Dimension.Unit.CENTIMETRES));
        assertThat(o.materials()).containsExactly(Concept.of(AAT + "300010662", "porcelain"));
        assertThat(o.subjects()).containsExactly(Concept.of(AAT + "300015636", "landscapes"));
        assertThat(o.images()).containsExactly(new Image(
                "https://images.museum.example/iiif/3/KER-1988-0044/full/max/0/default.jpg", null,
                "http://creativecommons.org/publicdomain/zero/1.0/", "https://images.museum.example/iiif/3/KER-1988-0044"));
        assertThat(o.rights()).isNull();
    }

    @Test
    void aDateThatCannotBeReadIsAWarningAndTheObjectIsStillIngested() {
        MappedRecord record = run.records().stream().filter(r -> "AS-1920-0031".equals(r.id())).findFirst().orElseThrow();
        assertThat(record.rejected()).isFalse();
        assertThat(record.issues()).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Issue.Severity.WARNING);
            assertThat(i.recordId()).isEqualTo("AS-1920-0031");
            assertThat(i.locator()).endsWith("objects.csv:8");
            assertThat(i.field()).isEqualTo("object.production.date");
            assertThat(i.message()).contains("Meiji era (1868–1912)");
        });

        HumanMadeObject o = record.object();
        assertThat(o.production().timespan()).as("the text is kept for display, with no bounds")
                .isEqualTo(new TimeSpan(null, null, "Meiji era (1868–1912)"));
        assertThat(o.production().creators()).isEmpty();
        assertThat(o.production().place().label()).isEqualTo("Japan");
        assertThat(o.classifications()).containsExactly(Concept.of(BASE + "concept/object-type/tea-bowl", "tea bowl"));
        assertThat(o.materials()).containsExactly(Concept.of(BASE + "concept/material/stoneware", "stoneware"));
        assertThat(o.dimensions()).containsExactly(Dimension.of(Dimension.Type.HEIGHT, "8.2", Dimension.Unit.CENTIMETRES),
                Dimension.of(Dimension.Type.DIAMETER, "12.1", Dimension.Unit.CENTIMETRES));
        assertThat(o.images()).isEmpty();
        assertThat(Harness.validate(o).conforms()).isTrue();
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
