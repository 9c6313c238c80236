package org.glamlod.mappings.bundled;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.glamlod.mappings.engine.MappedRecord;
import org.glamlod.mappings.engine.Mapping;
import org.glamlod.mappings.source.ReadError;
import org.glamlod.mappings.source.Sources;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.shacl.ObjectReport;
import org.glamlod.model.shacl.ObjectValidator;

/** Runs a bundled mapping over fixture files as {@code glam ingest} does: read, map, and check what came out. */
final class Harness {
    static final UriScheme URIS = new UriScheme("https://collection.example.org/");
    private static final ObjectValidator VALIDATOR = new ObjectValidator();

    record Run(List<MappedRecord> records, List<ReadError> readErrors) {
        Map<String, HumanMadeObject> objects() {
            return records.stream().filter(r -> !r.rejected())
                    .collect(Collectors.toMap(MappedRecord::id, MappedRecord::object, (a, b) -> b, java.util.LinkedHashMap::new));
        }

        HumanMadeObject object(String id) {
            HumanMadeObject o = objects().get(id);
            if (o == null) throw new AssertionError("no object " + id + " in " + objects().keySet() + "; issues: " + records);
            return o;
        }

        List<MappedRecord> rejected() {
            return records.stream().filter(MappedRecord::rejected).toList();
        }
    }

    static Run run(String mapping, Path... inputs) {
        Mapping m = Mapping.resolve(mapping);
        List<MappedRecord> records = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        Sources.read(m.source().toSourceFormat(), List.of(inputs).stream().map(Path::toString).toList(),
                r -> records.add(m.map(r, URIS)), errors::add);
        return new Run(records, errors);
    }

    static Path fixture(String path) {
        try {
            return Path.of(Harness.class.getResource("/org/glamlod/mappings/samples/" + path).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no sample " + path, e);
        }
    }

    /** The SHACL report of a mapped object: what the publishing shapes say of it. */
    static ObjectReport validate(HumanMadeObject o) {
        return VALIDATOR.validate(new ObjectGraphWriter(URIS).graph(o), NodeFactory.createURI(URIS.object(o.id())));
    }


    private Harness() {}
}
