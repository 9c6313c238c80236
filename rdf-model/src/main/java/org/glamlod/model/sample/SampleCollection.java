package org.glamlod.model.sample;

import java.time.Instant;
import java.util.List;
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
import org.glamlod.model.Production;
import org.glamlod.model.Statement;
import org.glamlod.model.TimeSpan;
import org.glamlod.model.vocab.AAT;

/**
 * The demo collection: a small, varied set of well-known public-domain works as a museum would record them, from
 * the richest record (images, IIIF, multilingual titles, attributions, Wikidata links) to a bare minimum, including
 * the awkward cases a real collection has (undated, BCE, attributions, in-copyright images, markup in titles).
 * The demo museum and its URLs are fictitious ({@code collection.example.org}).
 */
public final class SampleCollection {
    public static final String BASE_URI = "https://collection.example.org/";
    private static final String SITE = "https://collection.example.org/";
    private static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    private static final String PD_MARK = "http://creativecommons.org/publicdomain/mark/1.0/";
    private static final String IN_COPYRIGHT = "http://rightsstatements.org/vocab/InC/1.0/";

    // vocabulary
    static final Concept PAINTING = Concept.of(AAT.NS + "300033618", "paintings (visual works)");
    static final Concept PRINT = Concept.of(AAT.NS + "300041273", "prints (visual works)");
    static final Concept DRAWING = Concept.of(AAT.NS + "300033973", "drawings (visual works)");
    static final Concept PHOTOGRAPH = Concept.of(AAT.NS + "300046300", "photographs");
    static final Concept AMPHORA = Concept.of(AAT.NS + "300198844", "amphorae");
    static final Concept TAPESTRY = Concept.of(AAT.NS + "300205002", "tapestries (visual works)");
    static final Concept OIL_PAINT = Concept.of(AAT.NS + "300015050", "oil paint (paint)");
    static final Concept CANVAS = Concept.of(AAT.NS + "300014078", "canvas (textile material)");
    static final Concept PANEL = Concept.of(AAT.NS + "300014657", "panel (wood by form)");
    static final Concept PAPER = Concept.of(AAT.NS + "300014109", "paper (fiber product)");
    static final Concept INK = Concept.of(AAT.NS + "300015012", "ink");
    static final Concept CHALK = Concept.of(AAT.NS + "300011727", "chalk");
    static final Concept TERRACOTTA = Concept.of(AAT.NS + "300010669", "terracotta (clay material)");
    static final Concept WOOL = Concept.of(AAT.NS + "300243428", "wool (fiber)");
    static final Concept PAINTER = Concept.of(AAT.NS + "300025136", "painters (artists)");
    static final Concept PRINTMAKER = Concept.of(AAT.NS + "300025164", "printmakers");
    static final Concept WOODCUT = Concept.of(AAT.NS + "300053228", "woodcut printing");
    static final Concept DUTCH = Concept.of(AAT.NS + "300111175", "Dutch (culture or style)");
    static final Concept DANISH = Concept.of(AAT.NS + "300111159", "Danish (culture or style)");
    static final Concept JAPANESE = Concept.of(AAT.NS + "300018519", "Japanese (culture or style)");
    static final Concept PORTRAIT = Concept.of(AAT.NS + "300015637", "portraits");
    static final Concept INTERIOR = Concept.of(AAT.NS + "300263553", "interiors (depictions)");
    static final Concept MARINE = Concept.of(AAT.NS + "300117546", "marines (visual works)");
    static final Concept MILITIA = Concept.of(AAT.NS + "300025896", "militia");

    static final ObjectSet PAINTINGS_DEPT = new ObjectSet("paintings", "Department of Paintings");
    static final ObjectSet PRINTS_DEPT = new ObjectSet("prints-and-drawings", "Prints and Drawings");
    static final ObjectSet ANTIQUITIES_DEPT = new ObjectSet("antiquities", "Antiquities");
    static final ObjectSet PHOTO_DEPT = new ObjectSet("photography", "Photography");

    static final Agent MUSEUM = Agent.group("example-museum").name("Example Museum of Art")
            .equivalent("http://www.wikidata.org/entity/Q4115189").build();
    static final Agent REMBRANDT = Agent.person("rembrandt").name(Name.primary("Rembrandt van Rijn", null))
            .name(Name.alternate("Rembrandt Harmenszoon van Rijn", "nl"))
            .born(TimeSpan.years(1606, 1606, "1606")).died(TimeSpan.years(1669, 1669, "1669"))
            .nationality(DUTCH)
            .equivalent("http://vocab.getty.edu/ulan/500011051").equivalent("http://www.wikidata.org/entity/Q5598").build();
    static final Agent VERMEER = Agent.person("vermeer").name("Johannes Vermeer")
            .born(TimeSpan.years(1632, 1632, "1632")).died(TimeSpan.years(1675, 1675, "1675"))
            .nationality(DUTCH).equivalent("http://vocab.getty.edu/ulan/500032927")
            .equivalent("http://www.wikidata.org/entity/Q41264").build();
    static final Agent HAMMERSHOI = Agent.person("hammershoi").name(Name.primary("Vilhelm Hammershøi", null))
            .born(TimeSpan.years(1864, 1864, "1864")).died(TimeSpan.years(1916, 1916, "1916")).nationality(DANISH).build();
    static final Agent HOKUSAI = Agent.person("hokusai").name(Name.primary("Katsushika Hokusai", "en"))
            .name(Name.primary("葛飾北斎", "ja"))
            .born(TimeSpan.years(1760, 1760, "1760")).died(TimeSpan.years(1849, 1849, "1849")).nationality(JAPANESE).build();
    static final Agent REMBRANDT_WORKSHOP = Agent.group("rembrandt-workshop").name("Workshop of Rembrandt van Rijn").build();

    static final Place AMSTERDAM = Place.of("amsterdam", "Amsterdam", "http://vocab.getty.edu/tgn/7006952");
    static final Place DELFT = Place.of("delft", "Delft", "http://vocab.getty.edu/tgn/7006810");
    static final Place COPENHAGEN = Place.of("copenhagen", "Copenhagen", "http://vocab.getty.edu/tgn/7002605");
    static final Place EDO = Place.of("edo", "Edo (Tokyo)");

    /** Every sample, richest first. */
    public static List<HumanMadeObject> all() {
        return List.of(nightWatch(), milkmaid(), interior(), greatWave(), workshopHead(), afterRembrandt(),
                amphora(), tapestry(), photograph(), markupTitle(), sparse());
    }

    /** The richest sample: every field the model has is filled in. */
    public static HumanMadeObject rich() {
        return nightWatch();
    }

    /** The barest publishable record: an identifier, a title, a classification. */
    public static HumanMadeObject sparse() {
        return HumanMadeObject.builder("1994.17")
                .identifier(Identifier.accession("1994.17"))
                .title("Untitled (study of hands)", "en")
                .classification(DRAWING)
                .build();
    }

    static HumanMadeObject nightWatch() {
        return HumanMadeObject.builder("SK-C-5")
                .identifier(Identifier.accession("SK-C-5"))
                .identifier(Identifier.system("200107928"))
                .title("The Night Watch", "en")
                .title("De Nachtwacht", "nl")
                .title(Name.alternate("Militia Company of District II under the Command of Captain Frans Banninck Cocq", "en"))
                .classification(PAINTING)
                .production(new Production(List.of(new Creator(REMBRANDT, PAINTER, Creator.Qualifier.NONE)),
                        TimeSpan.years(1642, 1642, "1642"), AMSTERDAM, List.of()))
                .dimension(Dimension.of(Dimension.Type.HEIGHT, "379.5", Dimension.Unit.CENTIMETRES))
                .dimension(Dimension.of(Dimension.Type.WIDTH, "453.5", Dimension.Unit.CENTIMETRES))
                .dimension(Dimension.of(Dimension.Type.WEIGHT, "337", Dimension.Unit.KILOGRAMS))
                .material(OIL_PAINT).supportMaterial(CANVAS)
                .statement(Statement.of(Statement.Type.DIMENSIONS, "h 379.5cm × w 453.5cm × w 337kg", "en"))
                .statement(Statement.of(Statement.Type.MATERIALS, "Oil on canvas", "en"))
                .statement(Statement.of(Statement.Type.DESCRIPTION, "Rembrandt's largest and most famous painting shows "
                        + "the militia company of District II, led by Captain Frans Banninck Cocq, setting off.", "en"))
                .statement(Statement.of(Statement.Type.DESCRIPTION, "Rembrandts grootste en beroemdste schilderij.", "nl"))
                .statement(Statement.of(Statement.Type.CREDIT_LINE, "On loan from the City of Amsterdam", "en"))
                .statement(Statement.of(Statement.Type.PROVENANCE, "Commissioned by the Kloveniersdoelen, Amsterdam, 1639; "
                        + "moved to the Town Hall, 1715; Rijksmuseum, 1808.", "en"))
                .statement(Statement.of(Statement.Type.INSCRIPTION, "Rembrandt f 1642", null))
                .memberOf(PAINTINGS_DEPT)
                .currentOwner(Agent.group("city-of-amsterdam").name("City of Amsterdam").build())
                .custodian(MUSEUM)
                .subject(MILITIA).subject(PORTRAIT)
                .image(new Image(SITE + "images/SK-C-5.jpg", "image/jpeg", PD_MARK, SITE + "iiif/SK-C-5"))
                .image(new Image(SITE + "images/SK-C-5-detail.jpg", "image/jpeg", CC0, null))
                .iiifManifest(SITE + "iiif/SK-C-5/manifest.json")
                .webPage(SITE + "collection/SK-C-5")
                .rights(PD_MARK)
                .equivalent("http://www.wikidata.org/entity/Q219831")
                .build();
    }

    static HumanMadeObject milkmaid() {
        return HumanMadeObject.builder("SK-A-2344")
                .identifier(Identifier.accession("SK-A-2344"))
                .title("The Milkmaid", "en").title("Het melkmeisje", "nl")
                .classification(PAINTING)
                .production(new Production(List.of(new Creator(VERMEER, PAINTER, Creator.Qualifier.NONE)),
                        new TimeSpan(Instant.parse("1657-01-01T00:00:00Z"), Instant.parse("1661-12-31T23:59:59Z"), "c. 1660"),
                        DELFT, List.of()))
                .dimension(Dimension.of(Dimension.Type.HEIGHT, "45.5", Dimension.Unit.CENTIMETRES))
                .dimension(Dimension.of(Dimension.Type.WIDTH, "41", Dimension.Unit.CENTIMETRES))
                .material(OIL_PAINT).supportMaterial(CANVAS)
                .statement(Statement.of(Statement.Type.DESCRIPTION, "A maidservant pours milk, entirely absorbed in her work.", "en"))
                .memberOf(PAINTINGS_DEPT).currentOwner(MUSEUM)
                .subject(INTERIOR)
                .image(new Image(SITE + "images/SK-A-2344.jpg", "image/jpeg", CC0, SITE + "iiif/SK-A-2344"))
                .webPage(SITE + "collection/SK-A-2344")
                .rights(PD_MARK)
                .build();
    }

    static HumanMadeObject interior() {
        return HumanMadeObject.builder("KMS3696")
                .identifier(Identifier.accession("KMS3696"))
                .title("Interiør i Strandgade, solskin på gulvet", "da")
                .title("Interior in Strandgade, Sunlight on the Floor", "en")
                .classification(PAINTING)
                .production(new Production(List.of(Creator.of(HAMMERSHOI)), TimeSpan.years(1901, 1901, "1901"),
                        COPENHAGEN, List.of()))
                .dimension(Dimension.of(Dimension.Type.HEIGHT, "46.5", Dimension.Unit.CENTIMETRES))
                .dimension(Dimension.of(Dimension.Type.WIDTH, "52", Dimension.Unit.CENTIMETRES))
                .material(OIL_PAINT).supportMaterial(CANVAS)
                .statement(Statement.of(Statement.Type.DIMENSIONS, "46,5 x 52 cm", "da"))
                .memberOf(PAINTINGS_DEPT).currentOwner(MUSEUM)
                .subject(INTERIOR)
                .image(new Image(SITE + "images/KMS3696.jpg", "image/jpeg", CC0, null))
                .rights(PD_MARK)
                .build();
    }

    static HumanMadeObject greatWave() {
        return HumanMadeObject.builder("1925.3245")
                .identifier(Identifier.accession("1925.3245"))
                .title("Under the Wave off Kanagawa", "en")
                .title("神奈川沖浪裏", "ja")
                .title(Name.alternate("The Great Wave", "en"))
                .classification(PRINT)
                .production(new Production(List.of(new Creator(HOKUSAI, PRINTMAKER, Creator.Qualifier.NONE)),
                        TimeSpan.years(1830, 1832, "ca. 1830-32"), EDO, List.of(WOODCUT)))
                .dimension(Dimension.of(Dimension.Type.HEIGHT, "25.7", Dimension.Unit.CENTIMETRES))
                .dimension(Dimension.of(Dimension.Type.WIDTH, "37.9", Dimension.Unit.CENTIMETRES))
                .material(INK).supportMaterial(PAPER)
                .statement(Statement.of(Statement.Type.MATERIALS, "Polychrome woodblock print; ink and color on paper", "en"))
                .statement(Statement.of(Statement.Type.SIGNATURE, "Hokusai aratame Iitsu hitsu", "en"))
                .memberOf(PRINTS_DEPT).currentOwner(MUSEUM)
                .subject(MARINE)
                .image(new Image(SITE + "images/1925.3245.jpg", "image/jpeg", CC0, SITE + "iiif/1925.3245"))
                .rights(PD_MARK)
                .build();
    }

    static HumanMadeObject workshopHead() {
        return HumanMadeObject.builder("SK-A-4050")
                .identifier(Identifier.accession("SK-A-4050"))
                .title("Head of an Old Man", "en")
                .classification(PAINTING)
                .production(new Production(List.of(
                        new Creator(REMBRANDT, null, Creator.Qualifier.WORKSHOP_OF),
                        new Creator(REMBRANDT_WORKSHOP, PAINTER, Creator.Qualifier.ATTRIBUTED_TO)),
                        TimeSpan.years(1650, 1660, "1650-60"), null, List.of()))
                .material(OIL_PAINT).supportMaterial(PANEL)
                .memberOf(PAINTINGS_DEPT).currentOwner(MUSEUM)
                .rights(PD_MARK)
                .build();
    }

    static HumanMadeObject afterRembrandt() {
        return HumanMadeObject.builder("RP-P-1961-1021")
                .identifier(Identifier.accession("RP-P-1961-1021"))
                .title("Self-portrait (copy)", "en")
                .classification(DRAWING)
                .production(new Production(List.of(new Creator(REMBRANDT, null, Creator.Qualifier.AFTER)),
                        new TimeSpan(null, null, "Udateret"), null, List.of()))
                .material(CHALK).supportMaterial(PAPER)
                .memberOf(PRINTS_DEPT).currentOwner(MUSEUM)
                .image(new Image(SITE + "images/RP-P-1961-1021.jpg", "image/jpeg", CC0, null))
                .rights(PD_MARK)
                .build();
    }

    static HumanMadeObject amphora() {
        return HumanMadeObject.builder("GR-1837.6-9.42")
                .identifier(Identifier.accession("GR 1837,0609.42"))
                .title("Red-figure amphora with Dionysos", "en")
                .classification(AMPHORA)
                .production(new Production(List.of(), new TimeSpan(Instant.parse("-0509-01-01T00:00:00Z"),
                        Instant.parse("-0489-12-31T23:59:59Z"), "ca. 500 BCE"), Place.of("athens", "Athens"), List.of()))
                .dimension(Dimension.of(Dimension.Type.HEIGHT, "41.2", Dimension.Unit.CENTIMETRES))
                .dimension(Dimension.of(Dimension.Type.DIAMETER, "28", Dimension.Unit.CENTIMETRES))
                .material(TERRACOTTA)
                .memberOf(ANTIQUITIES_DEPT).currentOwner(MUSEUM)
                .image(new Image(SITE + "images/GR-1837.jpg", "image/jpeg", CC0, null))
                .rights(PD_MARK)
                .build();
    }

    static HumanMadeObject tapestry() {
        return HumanMadeObject.builder("T-1962-2")
                .identifier(Identifier.accession("T-1962-2"))
                .title("Verdure with a heron", "en")
                .classification(TAPESTRY)
                .production(new Production(List.of(), TimeSpan.years(1550, 1599, "16th century, second half"), null, List.of()))
                .dimension(Dimension.of(Dimension.Type.HEIGHT, "2.85", Dimension.Unit.METRES))
                .dimension(Dimension.of(Dimension.Type.WIDTH, "3.1", Dimension.Unit.METRES))
                .dimension(Dimension.of(Dimension.Type.DEPTH, "0.5", Dimension.Unit.CENTIMETRES))
                .material(WOOL)
                .statement(Statement.of(Statement.Type.DESCRIPTION, "Woven verdure; the border is later.", "en"))
                .memberOf(ANTIQUITIES_DEPT).currentOwner(MUSEUM)
                .build();
    }

    static HumanMadeObject photograph() {
        return HumanMadeObject.builder("PH-2001-77")
                .identifier(Identifier.accession("PH-2001-77"))
                .title("Harbour at dawn", "en")
                .classification(PHOTOGRAPH)
                .production(new Production(List.of(Creator.of(Agent.person("lind").name("Karin Lind")
                        .born(TimeSpan.years(1951, 1951, "1951")).build())), TimeSpan.years(1987, 1987, "1987"), null, List.of()))
                .material(PAPER)
                .statement(Statement.of(Statement.Type.RIGHTS, "© Karin Lind. All rights reserved.", "en"))
                .memberOf(PHOTO_DEPT).currentOwner(MUSEUM)
                .image(new Image(SITE + "images/PH-2001-77.jpg", "image/jpeg", IN_COPYRIGHT, null))
                .rights(IN_COPYRIGHT)
                .build();
    }

    /** A title with markup, as some exports carry it: pages must show it as text. */
    static HumanMadeObject markupTitle() {
        return HumanMadeObject.builder("2003.9")
                .identifier(Identifier.accession("2003.9"))
                .title("<script>alert('x')</script> Study of a <i>Tree</i> & Rocks", "en")
                .classification(DRAWING)
                .production(new Production(List.of(), TimeSpan.years(1800, 1899, "19th century"), null, List.of()))
                .material(INK).supportMaterial(PAPER)
                .memberOf(PRINTS_DEPT).currentOwner(MUSEUM)
                .image(new Image(SITE + "images/2003.9.jpg", "image/jpeg", null, null))
                .build();
    }

    private SampleCollection() {}
}
