package org.glamlod.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.glamlod.model.sample.SampleCollection;
import org.junit.jupiter.api.Test;

class ModelTest {
    @Test
    void badUrisAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new Image("not a url", null, null, null)).hasMessageContaining("image access point");
        assertThatThrownBy(() -> HumanMadeObject.builder("x").webPage("www.example.org/page").build())
                .hasMessageContaining("web page");
        assertThatThrownBy(() -> new Image("https://example.org/a.jpg", null, "CC0", null)).hasMessageContaining("image rights");
        assertThatThrownBy(() -> HumanMadeObject.builder(" ").build()).hasMessageContaining("object id");
    }

    @Test
    void setsAreCanonicalAndListsKeepTheirOrder() {
        Concept a = Concept.of("http://vocab.getty.edu/aat/1", "a");
        Concept b = Concept.of("http://vocab.getty.edu/aat/2", "b");
        HumanMadeObject o = HumanMadeObject.builder("x").classification(b).classification(a).classification(b)
                .title("Second", "en").title(Name.alternate("First", "en")).build();
        assertThat(o.classifications()).containsExactly(a, b);
        assertThat(o.titles()).extracting(Name::content).containsExactly("Second", "First");
    }

    @Test
    void supportMaterialsAreNotAlsoMedium() {
        Concept canvas = Concept.of("http://vocab.getty.edu/aat/300014078", "canvas");
        Concept oil = Concept.of("http://vocab.getty.edu/aat/300015050", "oil paint");
        HumanMadeObject o = HumanMadeObject.builder("x").material(oil).material(canvas).supportMaterial(canvas).build();
        assertThat(o.materials()).containsExactly(oil);
        assertThat(o.supportMaterials()).containsExactly(canvas);
    }

    @Test
    void recordsAreImmutable() {
        List<Identifier> ids = new ArrayList<>(List.of(Identifier.accession("1")));
        HumanMadeObject o = new HumanMadeObject("x", ids, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        ids.add(Identifier.accession("2"));
        assertThat(o.identifiers()).hasSize(1);
        assertThatThrownBy(() -> o.identifiers().add(Identifier.accession("3"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalMeasurementsAreEqualDimensions() {
        assertThat(new Dimension(Dimension.Type.HEIGHT, new BigDecimal("73.50"), Dimension.Unit.CENTIMETRES))
                .isEqualTo(Dimension.of(Dimension.Type.HEIGHT, "73.5", Dimension.Unit.CENTIMETRES));
        assertThat(Dimension.of(Dimension.Type.HEIGHT, "1E+2", Dimension.Unit.CENTIMETRES).value().toPlainString()).isEqualTo("100");
        assertThatThrownBy(() -> Dimension.of(Dimension.Type.HEIGHT, "-1", Dimension.Unit.CENTIMETRES)).hasMessageContaining("negative");
    }

    @Test
    void labelsFallBackSensibly() {
        assertThat(SampleCollection.rich().label()).isEqualTo("The Night Watch");
        assertThat(SampleCollection.rich().title("nl")).contains("De Nachtwacht");
        assertThat(HumanMadeObject.builder("x").identifier(Identifier.accession("A.1")).build().label()).isEqualTo("A.1");
        assertThat(TimeSpan.years(1650, 1660, "1650-60").end().toString()).isEqualTo("1660-12-31T23:59:59Z");
        assertThatThrownBy(() -> new TimeSpan(null, null, " ")).hasMessageContaining("time span");
    }
}
