package org.glamlod.app;

import java.nio.file.Path;
import org.glamlod.store.ObjectStore;
import org.glamlod.store.RemoteStore;
import org.glamlod.store.Store;
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

    /** Opens the store: the remote one the configuration names (store.endpoint), else the one in the data directory. */
    Store openStore() {
        Config.Store remote = config().store();
        return remote.endpoint() != null ? RemoteStore.connect(remote.settings()) : ObjectStore.open(data());
    }

    /** Opens the store for a command that reads what was loaded: in remote mode the remote one, else the existing one here. */
    Store openExistingStore() {
        requireStore();
        return openStore();
    }

    /** Fails, saying what to run first, when the data directory has no store and the configuration names no remote one. */
    void requireStore() {
        if (config().store().endpoint() == null && !java.nio.file.Files.isDirectory(data().resolve("tdb2")))
            throw new IllegalArgumentException("no store under " + data() + ": load one first (glam demo --data " + data()
                    + ", or glam ingest --data " + data() + " …)");
    }

    /**
     * Opens the embedded store, for commands that work on TDB2 itself ({@code what}: "compact", "export"); in remote
     * mode they are the remote store's own business, and the message says so.
     */
    ObjectStore openLocalStore(String what) {
        if (config().store().endpoint() != null)
            throw new IllegalArgumentException("glam " + what + " works on the embedded store, and the configuration names "
                    + "a remote one (store.endpoint " + config().store().endpoint() + "): " + what + " there with the store's own "
                    + "tools (Fuseki: " + (what.equals("compact") ? "POST /$/compact/{name}" : "POST /$/backup/{name}") + ")");
        requireStore();
        return ObjectStore.open(data());
    }

    /** The collection's URI space: the option's value if given, else the configuration's, else GLAM_BASE_URI, else the demo's. */
    String baseUri(String option) {
        if (option != null) return option;
        String env = System.getenv("GLAM_BASE_URI");
        return config().baseUriOr(env != null && !env.isBlank() ? env : Config.DEFAULT_BASE_URI);
    }
}
