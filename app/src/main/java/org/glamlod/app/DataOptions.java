package org.glamlod.app;

import java.nio.file.Path;
import org.glamlod.store.ObjectStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options every command that touches the store shares: {@code --data} and {@code --config}. Values from the
 * configuration file apply where the command line gives none.
 */
final class DataOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data directory holding the store (default: ${DEFAULT-VALUE}, or 'data' in the configuration).")
    Path data;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: ./glam.yaml when there is one); see docs/configuration.md.")
    Path configFile;

    private Config config;

    Config config() {
        if (config == null) config = Config.load(configFile);
        return config;
    }

    /** The data directory: --data if given, else the configuration's, else ./data. */
    Path data() {
        boolean given = command != null && command.commandLine().getParseResult() != null
                && command.commandLine().getParseResult().hasMatchedOption("--data");
        return given || config().data() == null ? data : config().data();
    }

    /** Opens the store in the data directory. */
    ObjectStore openStore() {
        if (config().store().endpoint() != null)
            throw new IllegalArgumentException("store.endpoint (remote mode) is set in the configuration, and remote "
                    + "stores are not supported yet; remove it to use the embedded store under " + data());
        return ObjectStore.open(data());
    }

    /** The collection's URI space: the option's value if given, else the configuration's, else GLAM_BASE_URI, else the demo's. */
    String baseUri(String option) {
        if (option != null) return option;
        String env = System.getenv("GLAM_BASE_URI");
        return config().baseUriOr(env != null && !env.isBlank() ? env : Config.DEFAULT_BASE_URI);
    }
}
