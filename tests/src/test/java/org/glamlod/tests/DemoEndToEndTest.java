package org.glamlod.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.rdf.ObjectGraphReader;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.store.ObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glam demo} and {@code glam validate} from the shaded jar, checked against the store they leave behind. */
class DemoEndToEndTest {
    @Test
    void demoLoadsTheSamplesAndValidateReportsTheUnpublishableOne(@TempDir Path data) throws Exception {
        Cli.Result demo = Cli.jar("demo", "--data", data.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("11 objects").contains("10 of 11 objects publishable").contains("object/2003.9")
                .contains("glam validate");

        // the store holds every sample exactly as the model has it
        UriScheme uris = new UriScheme(SampleCollection.BASE_URI);
        try (ObjectStore store = ObjectStore.open(data)) {
            assertThat(store.graphNames()).hasSize(SampleCollection.all().size());
            for (HumanMadeObject o : SampleCollection.all())
                assertThat(new ObjectGraphReader(uris).read(store.graph(uris.object(o.id())), o.id())).isEqualTo(o);
        }
        // one Linked Art document per object
        JsonNode doc = new ObjectMapper().readTree(data.resolve("linked-art/SK-C-5.json").toFile());
        assertThat(doc.get("id").asText()).isEqualTo(uris.object("SK-C-5"));
        assertThat(doc.get("_label").asText()).isEqualTo("The Night Watch");
        try (var files = Files.list(data.resolve("linked-art"))) {
            assertThat(files.count()).isEqualTo(SampleCollection.all().size());
        }

        // running it again replaces the samples rather than adding to them
        assertThat(Cli.jar("demo", "--data", data.toString()).exit()).isZero();
        try (ObjectStore store = ObjectStore.open(data)) {
            assertThat(store.graphNames()).hasSize(SampleCollection.all().size());
        }

        Cli.Result validate = Cli.jar("validate", "--data", data.toString());
        assertThat(validate.exit()).as("exit 3: violations").isEqualTo(3);
        assertThat(validate.out()).contains("11 objects checked: 10 publishable, 1 with problems").contains("2003.9");
    }

    @Test
    void validateWithoutAStoreSaysWhatToRunFirst(@TempDir Path empty) throws Exception {
        Cli.Result r = Cli.jar("validate", "--data", empty.resolve("none").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no store under").contains("glam demo").doesNotContain("Exception");
    }
}
