package org.glamlod.model.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.glamlod.model.SharedSchemas;
import org.glamlod.model.jsonld.Samples.Sample;
import org.glamlod.model.sample.SampleCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The documents against the official Linked Art API 1.0 object schema (draft 2020-12), read from ../shared. */
class LinkedArtSchemaTest {
    private static final String SCHEMA_BASE = "https://linked.art/api/1.0/schema/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema objectSchema;

    @BeforeAll
    static void loadSchema() {
        Path dir = SharedSchemas.require("linked-art/schema");
        // the schemas' $ids and $refs resolve to the local copies: no network. "format" stays an annotation, as
        // draft 2020-12 says by default: asserted, RFC 3339 would reject BCE dates, which xsd:dateTime allows
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix(SCHEMA_BASE, dir.toUri().toString())));
        objectSchema = factory.getSchema(SchemaLocation.of(SCHEMA_BASE + "object.json"));
    }

    static Stream<Sample> samples() {
        return Samples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void documentIsValid(Sample sample) {
        assertThat(objectSchema.validate(sample.json(), InputFormat.JSON)).isEmpty();
    }

    /** Each break of a valid document is one the schema forbids: proof that validation really runs. */
    static Stream<Arguments> breaks() {
        return Stream.of(
                Arguments.of("embedded Name with an id", (Consumer<ObjectNode>) d ->
                        first(d, "identified_by", "Name").put("id", d.get("id").asText() + "/name/1")),
                Arguments.of("no _label", (Consumer<ObjectNode>) d -> d.remove("_label")),
                Arguments.of("a material typed Type", (Consumer<ObjectNode>) d ->
                        first(d, "made_of", "Material").put("type", "Type")),
                Arguments.of("a dimension value as text", (Consumer<ObjectNode>) d ->
                        first(d, "dimension", "Dimension").put("value", "379.5")),
                Arguments.of("the support part", (Consumer<ObjectNode>) d -> d.putArray("part")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaks")
    void brokenDocumentIsRejected(String what, Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(Sample.of(SampleCollection.rich()).json());
        assertThat(objectSchema.validate(doc)).as("before the break").isEmpty();
        breakIt.accept(doc);
        assertThat(objectSchema.validate(doc)).as(what).isNotEmpty();
    }

    private static ObjectNode first(ObjectNode doc, String key, String type) {
        for (JsonNode item : doc.get(key)) if (item.path("type").asText().equals(type)) return (ObjectNode) item;
        throw new AssertionError("no " + type + " in " + key);
    }
}
