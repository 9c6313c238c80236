package org.glamlod.sync.wikidata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.glamlod.model.Agent;
import org.glamlod.model.Concept;
import org.glamlod.model.Creator;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Identifier;
import org.glamlod.model.Production;
import org.glamlod.model.TimeSpan;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.model.vocab.AAT;
import org.junit.jupiter.api.Test;
import org.wikidata.wdtk.datamodel.interfaces.EntityIdValue;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;
import org.wikidata.wdtk.datamodel.interfaces.MonolingualTextValue;
import org.wikidata.wdtk.datamodel.interfaces.QuantityValue;
import org.wikidata.wdtk.datamodel.interfaces.Reference;
import org.wikidata.wdtk.datamodel.interfaces.Snak;
import org.wikidata.wdtk.datamodel.interfaces.SnakGroup;
import org.wikidata.wdtk.datamodel.interfaces.SomeValueSnak;
import org.wikidata.wdtk.datamodel.interfaces.Statement;
import org.wikidata.wdtk.datamodel.interfaces.StringValue;
import org.wikidata.wdtk.datamodel.interfaces.TimeValue;
import org.wikidata.wdtk.datamodel.interfaces.Value;
import org.wikidata.wdtk.datamodel.interfaces.ValueSnak;

class WikidataProjectionTest {
    private final WikidataSettings settings = Fixtures.settings();
    private final WikidataProjection projection = new WikidataProjection(settings, Fixtures.URIS);

    static List<Statement> statements(ItemDocument item, String pid) {
        return item.getStatementGroups().stream().filter(g -> g.getProperty().getId().equals(pid))
                .flatMap(g -> g.getStatements().stream()).toList();
    }

    static Statement only(ItemDocument item, String pid) {
        List<Statement> s = statements(item, pid);
        assertThat(s).as(pid).hasSize(1);
        return s.get(0);
    }

    static List<Value> qualifiers(Statement s, String pid) {
        List<Value> out = new ArrayList<>();
        for (SnakGroup g : s.getQualifiers())
            if (g.getProperty().getId().equals(pid)) for (Snak q : g.getSnaks()) out.add(((ValueSnak) q).getValue());
        return out;
    }

    static String id(Value v) {
        return ((EntityIdValue) v).getId();
    }

    static String time(Value v) {
        TimeValue t = (TimeValue) v;
        return t.getYear() + "-" + t.getMonth() + "-" + t.getDay() + "/" + t.getPrecision();
    }

    private ItemDocument project(HumanMadeObject o) {
        ProjectionResult r = projection.project(o, Fixtures.context());
        assertThat(r).as(r.toString()).isInstanceOf(ProjectionResult.Projected.class);
        return ((ProjectionResult.Projected) r).item();
    }

    @Test
    void theNightWatchFollowsTheArtworkModel() {
        ItemDocument item = Fixtures.projected(settings, "SK-C-5");
        assertThat(item.getLabels().get("en").getText()).isEqualTo("The Night Watch");
        assertThat(item.getLabels().get("nl").getText()).isEqualTo("De Nachtwacht");
        assertThat(item.getDescriptions().get("en").getText()).isEqualTo("painting by Rembrandt van Rijn");
        assertThat(item.getDescriptions().get("nl").getText()).isEqualTo("schilderij van Rembrandt van Rijn");
        assertThat(id(only(item, "P31").getValue())).isEqualTo("Q3305213");
        assertThat(id(only(item, "P170").getValue())).isEqualTo("Q5598");
        assertThat(only(item, "P170").getQualifiers()).isEmpty();
        assertThat(id(only(item, "P195").getValue())).isEqualTo(Fixtures.COLLECTION);
        Statement inventory = only(item, "P217");
        assertThat(((StringValue) inventory.getValue()).getString()).isEqualTo("SK-C-5");
        assertThat(qualifiers(inventory, "P195")).extracting(WikidataProjectionTest::id).containsExactly(Fixtures.COLLECTION);
        assertThat(id(only(item, "P276").getValue())).isEqualTo(Fixtures.LOCATION);
        assertThat(time(only(item, "P571").getValue())).isEqualTo("1642-0-0/9");
        assertThat(only(item, "P571").getQualifiers()).isEmpty();
        assertThat(((StringValue) only(item, "P973").getValue()).getString()).isEqualTo("https://collection.example.org/collection/SK-C-5");
        assertThat(statements(item, "P1476")).extracting(s -> ((MonolingualTextValue) s.getValue()).getLanguageCode() + ":"
                + ((MonolingualTextValue) s.getValue()).getText()).containsExactly("en:The Night Watch", "nl:De Nachtwacht");
        assertThat(statements(item, "P18")).isEmpty();
    }

    @Test
    void materialsAndSupportWithAppliesToPart() {
        ItemDocument item = Fixtures.projected(settings, "SK-C-5");
        List<Statement> madeFrom = statements(item, "P186");
        assertThat(madeFrom).extracting(s -> id(s.getValue())).containsExactly("Q296955", "Q12321255");
        assertThat(qualifiers(madeFrom.get(0), "P518")).isEmpty();
        assertThat(qualifiers(madeFrom.get(1), "P518")).extracting(WikidataProjectionTest::id).containsExactly("Q861259");
    }

    @Test
    void dimensionsKeepTheMuseumsUnits() {
        ItemDocument watch = Fixtures.projected(settings, "SK-C-5");
        QuantityValue height = (QuantityValue) only(watch, "P2048").getValue();
        assertThat(height.getNumericValue()).isEqualByComparingTo("379.5");
        assertThat(height.getUnit()).isEqualTo("http://www.wikidata.org/entity/Q174728");
        assertThat(((QuantityValue) only(watch, "P2049").getValue()).getNumericValue()).isEqualByComparingTo("453.5");
        QuantityValue mass = (QuantityValue) only(watch, "P2067").getValue();
        assertThat(mass.getNumericValue()).isEqualByComparingTo("337");
        assertThat(mass.getUnit()).endsWith("/Q11570");
        ItemDocument tapestry = Fixtures.projected(settings, "T-1962-2");
        assertThat(((QuantityValue) only(tapestry, "P2048").getValue()).getUnit()).endsWith("/Q11573");
        QuantityValue thickness = (QuantityValue) only(tapestry, "P2610").getValue();
        assertThat(thickness.getNumericValue()).isEqualByComparingTo("0.5");
        assertThat(thickness.getUnit()).endsWith("/Q174728");
    }

    @Test
    void everyStatementIsReferencedWithPageDatabaseAndDate() {
        for (HumanMadeObject o : SampleCollection.all()) {
            ProjectionResult r = projection.project(o, Fixtures.context());
            if (!(r instanceof ProjectionResult.Projected p)) continue;
            String url = o.webPage() != null ? o.webPage() : Fixtures.URIS.object(o.id());
            p.item().getStatementGroups().forEach(g -> g.getStatements().forEach(s -> {
                assertThat(s.getReferences()).as(o.id() + " " + g.getProperty().getId()).hasSize(1);
                Reference ref = s.getReferences().get(0);
                List<String> parts = new ArrayList<>();
                for (Iterator<Snak> it = ref.getAllSnaks(); it.hasNext(); ) {
                    ValueSnak v = (ValueSnak) it.next();
                    parts.add(v.getPropertyId().getId() + "=" + (v.getValue() instanceof TimeValue t ? time(t)
                            : v.getValue() instanceof StringValue sv ? sv.getString() : id(v.getValue())));
                }
                assertThat(parts).containsExactlyInAnyOrder("P248=" + Fixtures.DATABASE, "P854=" + url, "P813=2025-3-14/11");
            }));
        }
    }

    @Test
    void inceptionPrecisionAndQualifiersFollowTheSpan() {
        // c. 1660 recorded as 1657-1661: crosses a decade, so century precision with earliest/latest, and circa
        Statement milkmaid = only(Fixtures.projected(settings, "SK-A-2344"), "P571");
        assertThat(time(milkmaid.getValue())).isEqualTo("1650-0-0/7");
        assertThat(qualifiers(milkmaid, "P1319")).extracting(WikidataProjectionTest::time).containsExactly("1657-0-0/9");
        assertThat(qualifiers(milkmaid, "P1326")).extracting(WikidataProjectionTest::time).containsExactly("1661-0-0/9");
        assertThat(qualifiers(milkmaid, "P1480")).extracting(WikidataProjectionTest::id).containsExactly("Q5727902");
        // ca. 1830-32: one decade
        Statement wave = only(Fixtures.projected(settings, "1925.3245"), "P571");
        assertThat(time(wave.getValue())).isEqualTo("1830-0-0/8");
        assertThat(qualifiers(wave, "P1319")).extracting(WikidataProjectionTest::time).containsExactly("1830-0-0/9");
        assertThat(qualifiers(wave, "P1326")).extracting(WikidataProjectionTest::time).containsExactly("1832-0-0/9");
        assertThat(qualifiers(wave, "P1480")).hasSize(1);
        // 1650-60 is not circa
        Statement head = only(Fixtures.projected(settings, "SK-A-4050"), "P571");
        assertThat(time(head.getValue())).isEqualTo("1650-0-0/7");
        assertThat(qualifiers(head, "P1480")).isEmpty();
        // the whole 19th century (1800-1899): century precision, no bounds needed
        Statement markup = only(projected(plainTitled()), "P571");
        assertThat(time(markup.getValue())).isEqualTo("1850-0-0/7");
        assertThat(markup.getQualifiers()).isEmpty();
        // undated: no inception at all
        assertThat(statements(Fixtures.projected(settings, "RP-P-1961-1021"), "P571")).isEmpty();
    }

    @Test
    void daysMonthsWholeDecadesAndWideSpans() {
        assertThat(time(inception(new TimeSpan(Instant.parse("1889-06-15T00:00:00Z"), Instant.parse("1889-06-15T23:59:59Z"), null)).getValue()))
                .isEqualTo("1889-6-15/11");
        assertThat(time(inception(new TimeSpan(Instant.parse("1889-06-01T00:00:00Z"), Instant.parse("1889-06-30T23:59:59Z"), null)).getValue()))
                .isEqualTo("1889-6-0/10");
        Statement decade = inception(TimeSpan.years(1650, 1659, "1650s"));
        assertThat(time(decade.getValue())).isEqualTo("1650-0-0/8");
        assertThat(decade.getQualifiers()).isEmpty();
        Statement wide = inception(TimeSpan.years(1590, 1610, "about 1600"));
        assertThat(wide.getMainSnak()).isInstanceOf(SomeValueSnak.class);
        assertThat(qualifiers(wide, "P1319")).extracting(WikidataProjectionTest::time).containsExactly("1590-0-0/9");
        assertThat(qualifiers(wide, "P1326")).extracting(WikidataProjectionTest::time).containsExactly("1610-0-0/9");
    }

    @Test
    void bceYearsUseWikibaseHistoricalNumbering() {
        // astronomical year -43 is 44 BCE, which Wikibase writes as -0044
        assertThat(time(inception(TimeSpan.years(-43, -43, "44 BCE")).getValue())).isEqualTo("-44-0-0/9");
    }

    private Statement inception(TimeSpan span) {
        HumanMadeObject o = HumanMadeObject.builder("x").identifier(Identifier.accession("X-1")).title("A work", "en")
                .classification(Concept.of(AAT.NS + "300033618", "paintings"))
                .production(new Production(List.of(), span, null, List.of())).build();
        return only(project(o), "P571");
    }

    @Test
    void attributionQualifiersFollowTheVisualArtsModel() {
        ItemDocument head = Fixtures.projected(settings, "SK-A-4050");
        List<Statement> creators = statements(head, "P170");
        assertThat(creators).hasSize(2);
        // workshop of Rembrandt: unknown value with P1774 = Rembrandt
        assertThat(creators.get(0).getMainSnak()).isInstanceOf(SomeValueSnak.class);
        assertThat(qualifiers(creators.get(0), "P1774")).extracting(WikidataProjectionTest::id).containsExactly("Q5598");
        // attributed to the workshop: the workshop, with P5102 = attribution
        assertThat(id(creators.get(1).getValue())).isEqualTo("Q2035296");
        assertThat(qualifiers(creators.get(1), "P5102")).extracting(WikidataProjectionTest::id).containsExactly("Q230768");
        assertThat(head.getDescriptions().get("en").getText()).isEqualTo("painting");

        Statement after = only(Fixtures.projected(settings, "RP-P-1961-1021"), "P170");
        assertThat(after.getMainSnak()).isInstanceOf(SomeValueSnak.class);
        assertThat(qualifiers(after, "P1877")).extracting(WikidataProjectionTest::id).containsExactly("Q5598");
    }

    @Test
    void anonymousIsUnknownValueWithRoleAndNameString() {
        Statement plain = only(project(withCreator(Agent.person("anon").name("Anonymous").build())), "P170");
        assertThat(plain.getMainSnak()).isInstanceOf(SomeValueSnak.class);
        assertThat(qualifiers(plain, "P3831")).extracting(WikidataProjectionTest::id).containsExactly("Q4233718");
        assertThat(qualifiers(plain, "P2093")).isEmpty();
        Statement named = only(project(withCreator(Agent.person("flemish").name("Anonymous Flemish master").build())), "P170");
        assertThat(qualifiers(named, "P3831")).extracting(WikidataProjectionTest::id).containsExactly("Q4233718");
        assertThat(qualifiers(named, "P2093")).extracting(v -> ((StringValue) v).getString()).containsExactly("Anonymous Flemish master");
    }

    private static HumanMadeObject withCreator(Agent agent) {
        return HumanMadeObject.builder("y").identifier(Identifier.accession("Y-1")).title("A panel", "en")
                .classification(Concept.of(AAT.NS + "300033618", "paintings"))
                .production(new Production(List.of(Creator.of(agent)), null, null, List.of())).build();
    }

    @Test
    void copyrightStatusOnlyWhenTheRecordSupportsIt() {
        Statement pd = only(Fixtures.projected(settings, "SK-C-5"), "P6216");
        assertThat(id(pd.getValue())).isEqualTo("Q19652");
        assertThat(qualifiers(pd, "P1001")).extracting(WikidataProjectionTest::id).containsExactly("Q60332278");
        assertThat(qualifiers(pd, "P459")).extracting(WikidataProjectionTest::id).containsExactly("Q29940705");
        // Hammershøi died 1916: public domain by 100 years pma in 2025, not yet in 2010
        assertThat(statements(Fixtures.projected(settings, "KMS3696"), "P6216")).hasSize(1);
        ProjectionResult in2010 = projection.project(Fixtures.sample("KMS3696"),
                new ProjectionContext(null, Fixtures.CREATORS, Fixtures.RETRIEVED, LocalDate.of(2010, 1, 1)));
        assertThat(statements(((ProjectionResult.Projected) in2010).item(), "P6216")).isEmpty();
        assertThat(((ProjectionResult.Projected) in2010).notes()).anyMatch(n -> n.contains("public domain not stated"));
        // in copyright (rightsstatements.org InC)
        assertThat(id(only(Fixtures.projected(settings, "PH-2001-77"), "P6216").getValue())).isEqualTo("Q50423863");
        // no creator: nobody can tell the term, so nothing is claimed; no rights at all: nothing either
        assertThat(statements(projected(plainTitled()), "P6216")).isEmpty();
    }

    @Test
    void aTitleWithMarkupIsForAPersonNotForWikidata() {
        ProjectionResult r = projection.project(Fixtures.sample("2003.9"), Fixtures.context());
        assertThat(r).isInstanceOf(ProjectionResult.NotProjectable.class);
        assertThat(((ProjectionResult.NotProjectable) r).reasons())
                .containsExactly("title (en) contains HTML markup, and Wikidata's labels and P1476 are plain text: clean the "
                        + "record, or map the field with html: strip (docs/mapping-language.md)");
        for (String markup : List.of("Study <i>of</i> a tree", "Study<br/>", "Study &amp; sketch", "Study &#233;", "</b>Study"))
            assertThat(projection.project(titled(markup), Fixtures.context())).as(markup).isInstanceOf(ProjectionResult.NotProjectable.class);
        for (String text : List.of("Tree & Rocks", "a < b > c", "Rocks & Co; 1850", "<-- left", "Study 3<4"))
            assertThat(projection.project(titled(text), Fixtures.context())).as(text).isInstanceOf(ProjectionResult.Projected.class);
    }

    /** 2003.9 as a mapping with {@code html: strip} reads it: the markup gone from its title. */
    private static HumanMadeObject plainTitled() {
        return titled("Study of a Tree & Rocks");
    }

    private static HumanMadeObject titled(String title) {
        HumanMadeObject o = Fixtures.sample("2003.9");
        HumanMadeObject.Builder b = HumanMadeObject.builder(o.id()).title(title, "en").production(o.production());
        o.identifiers().forEach(b::identifier);
        o.classifications().forEach(b::classification);
        return b.build();
    }

    private ItemDocument projected(HumanMadeObject o) {
        return ((ProjectionResult.Projected) projection.project(o, Fixtures.context())).item();
    }

    @Test
    void imageOnceACommonsFileExists() {
        ProjectionResult r = projection.project(Fixtures.sample("SK-C-5"),
                new ProjectionContext("The Night Watch - HD.jpg", Fixtures.CREATORS, Fixtures.RETRIEVED, Fixtures.TODAY));
        ItemDocument item = ((ProjectionResult.Projected) r).item();
        assertThat(((StringValue) only(item, "P18").getValue()).getString()).isEqualTo("The Night Watch - HD.jpg");
    }

    @Test
    void unmappedTypeOrUnresolvedCreatorNeedsAPerson() {
        ProjectionResult amphora = projection.project(Fixtures.sample("GR-1837.6-9.42"), Fixtures.context());
        assertThat(amphora).isInstanceOf(ProjectionResult.NotProjectable.class);
        assertThat(((ProjectionResult.NotProjectable) amphora).reasons()).anyMatch(r -> r.contains("P31"));
        ProjectionResult lind = projection.project(Fixtures.sample("PH-2001-77"),
                new ProjectionContext(null, Map.of(), Fixtures.RETRIEVED, Fixtures.TODAY));
        assertThat(((ProjectionResult.NotProjectable) lind).reasons()).containsExactly("creator Karin Lind (lind) has no resolved item");
        // an unmapped material is left out with a note, the rest is sent
        ProjectionResult wave = projection.project(Fixtures.sample("1925.3245"), Fixtures.context());
        assertThat(((ProjectionResult.Projected) wave).notes()).anyMatch(n -> n.contains("300015012"));
        assertThat(statements(((ProjectionResult.Projected) wave).item(), "P186")).extracting(s -> id(s.getValue()))
                .containsExactly("Q11472");
    }

    @Test
    void pureAndTheSameThroughTheGraph() {
        ObjectGraphWriter writer = new ObjectGraphWriter(Fixtures.URIS);
        for (HumanMadeObject o : SampleCollection.all()) {
            Graph g = writer.graph(o);
            ProjectionResult direct = projection.project(o, Fixtures.context());
            assertThat(projection.project(g, o.id(), Fixtures.context())).as(o.id()).isEqualTo(direct);
            assertThat(projection.project(o, Fixtures.context())).isEqualTo(direct);
        }
    }

    @Test
    void anotherWikibaseGetsItsOwnIds() {
        WikidataSettings local = Fixtures.settings().toBuilder().apiUrl("http://localhost:8181/w/api.php")
                .siteIri("http://localhost:8181/entity/").id(WikidataId.INSTANCE_OF, "P1").id(WikidataId.INVENTORY_NUMBER, "P7")
                .id(WikidataId.CENTIMETRE, "Q9").build();
        ItemDocument item = Fixtures.projected(local, "SK-C-5");
        assertThat(statements(item, "P31")).isEmpty();
        assertThat(id(only(item, "P1").getValue())).isEqualTo("Q3305213");
        assertThat(only(item, "P7").getMainSnak().getPropertyId().getSiteIri()).isEqualTo("http://localhost:8181/entity/");
        assertThat(((QuantityValue) only(item, "P2048").getValue()).getUnit()).isEqualTo("http://localhost:8181/entity/Q9");
    }
}
