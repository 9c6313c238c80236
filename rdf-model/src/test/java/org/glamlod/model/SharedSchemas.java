package org.glamlod.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The official schemas under {@code ../shared/schemas} (CRM RDFS, Linked Art context and JSON Schemas, EDM). CI has
 * them beside the checkout; where they are absent, tests that need them are skipped, not failed.
 */
public final class SharedSchemas {
    private SharedSchemas() {}

    /** The file or folder at {@code schemas/relative}; skips the calling test when it is absent. */
    public static Path require(String relative) {
        String dir = System.getProperty("glam.shared.dir", "../../shared");
        Path p = Path.of(dir, "schemas", relative).normalize();
        assumeTrue(Files.exists(p), "shared schema not present, skipping: " + p);
        return p;
    }
}
