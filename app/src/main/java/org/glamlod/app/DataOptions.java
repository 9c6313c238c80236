package org.glamlod.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option every command that touches the store shares. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data directory holding the store (default: ${DEFAULT-VALUE}).")
    Path data;
}
