package org.glamlod.dumps;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code {data}/dumps/manifest.json}: the published dumps and the state of the store they were made from, all from one
 * snapshot. Servers read it to list the dumps and to describe the dataset without scanning the store; the scheduler
 * compares its {@link #store()} with the store's fingerprint now to decide whether new dumps are due.
 *
 * @param created    when the snapshot was taken (ISO-8601 instant)
 * @param store      the store's fingerprint at that time
 * @param statistics figures of the union graph
 * @param examples   a few object URIs ({@code void:exampleResource})
 * @param dumps      the files, one per {@link DumpFormat}
 */
public record Manifest(String created, StoreFingerprint store, Statistics statistics, List<String> examples,
                       List<DumpFile> dumps) {
    public static final String FILE = "manifest.json";

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // a newer glam may add fields; an older one reading its manifest should not give up on it
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Optional<DumpFile> dump(String file) {
        return dumps.stream().filter(d -> d.file().equals(file)).findFirst();
    }

    public Optional<DumpFile> dump(DumpFormat format) {
        return dumps.stream().filter(d -> d.format().equals(format.formatName())).findFirst();
    }

    static Manifest read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Manifest.class);
    }
}
