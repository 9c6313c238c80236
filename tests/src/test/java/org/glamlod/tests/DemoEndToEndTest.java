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
        assertThat(demo.out()).contains("sample collection 11 objects: 11 new").contains("glam validate")
                .containsPattern("smithsonian-edan +10 records: 8 new, 0 changed, 0 unchanged, 2 rejected")
                .containsPattern("smk +\\d+ records: \\d+ new").containsPattern("lido +\\d+ records: \\d+ new")
                .containsPattern("csv +\\d+ records: \\d+ new");
        assertThat(data.resolve("reports/demo-smk.jsonl")).isNotEmptyFile();

        // the store holds every sample of the collection exactly as the model has it, and the ingested records
        UriScheme uris = new UriScheme(SampleCollection.BASE_URI);
        int objects;
        try (ObjectStore store = ObjectStore.open(data)) {
            for (HumanMadeObject o : SampleCollection.all())
                assertThat(new ObjectGraphReader(uris).read(store.graph(uris.object(o.id())), o.id())).isEqualTo(o);
            assertThat(store.graphNames()).contains(uris.object("KMS3716"), uris.object("SK-A-2344"));
            objects = store.graphNames().size();
        }
        assertThat(objects).isGreaterThan(30);
        assertThat(demo.out()).contains("(" + objects + " object graphs");
        // one Linked Art document per object
        JsonNode doc = new ObjectMapper().readTree(data.resolve("linked-art/SK-C-5.json").toFile());
        assertThat(doc.get("id").asText()).isEqualTo(uris.object("SK-C-5"));
        assertThat(doc.get("_label").asText()).isEqualTo("The Night Watch");
        try (var files = Files.list(data.resolve("linked-art"))) {
            assertThat(files.count()).isEqualTo(objects);
        }

        // running it again writes nothing new
        Cli.Result again = Cli.jar("demo", "--data", data.toString());
        assertThat(again.out()).contains("sample collection 11 objects: 0 new, 0 changed, 11 unchanged")
                .containsPattern("smithsonian-edan +10 records: 0 new, 0 changed, 8 unchanged");
        try (ObjectStore store = ObjectStore.open(data)) {
            assertThat(store.graphNames()).hasSize(objects);
        }

        Cli.Result validate = Cli.jar("validate", "--data", data.toString());
        assertThat(validate.exit()).as("exit 3: violations").isEqualTo(3);
        assertThat(validate.out()).contains(objects + " objects checked").contains("object/2003.9: image/1/file");
    }

    @Test
    void validateWithoutAStoreSaysWhatToRunFirst(@TempDir Path empty) throws Exception {
        Cli.Result r = Cli.jar("validate", "--data", empty.resolve("none").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no store under").contains("glam demo").doesNotContain("Exception");
    }
}
