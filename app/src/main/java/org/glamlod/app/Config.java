package org.glamlod.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.glamlod.store.RemoteStore;

/**
 * The configuration file ({@code glam.yaml}): what a museum sets once. Every key is optional and documented in
 * {@code docs/configuration.md}; command-line options override it. Unknown keys are errors, so a typo is never
 * silently ignored. Secrets are never in this file: it names the files that hold them.
 *
 * @param institution the institution's name, for pages, citations and the dataset description
 * @param baseUri     the collection's URI space: objects are {@code {base-uri}object/{id}}
 * @param data        the data directory
 * @param server      the public server
 * @param store       where the triples live
 */
record Config(String institution, @JsonProperty("base-uri") String baseUri, Path data, Server server, Store store) {
    static final Path DEFAULT_FILE = Path.of("glam.yaml");
    static final String DEFAULT_BASE_URI = "https://collection.example.org/";

    /**
     * @param port         port to listen on
     * @param host         address to bind: 127.0.0.1 (this machine only) or 0.0.0.0 (everyone)
     * @param passwords    a Jetty password file with the users who may write (SPARQL Update, Graph Store writes)
     * @param queryTimeout longest a SPARQL query may run, e.g. {@code 30s}, {@code 2m}
     */
    record Server(Integer port, String host, Path passwords, @JsonProperty("query-timeout") String queryTimeout) {
        Duration timeout() {
            return queryTimeout == null ? Duration.ofSeconds(30) : parseDuration(queryTimeout);
        }
    }

    /**
     * @param endpoint     an external SPARQL 1.1 store (remote mode), or null for the embedded TDB2 store
     * @param query        its query endpoint, if not {@code {endpoint}/sparql}
     * @param update       its update endpoint, if not {@code {endpoint}/update}
     * @param data         its Graph Store Protocol endpoint, if not {@code {endpoint}/data}
     * @param user         the user glam writes as
     * @param passwordFile a file holding that user's password (its first line)
     */
    record Store(String endpoint, String query, String update, String data, String user,
                 @JsonProperty("password-file") Path passwordFile) {
        RemoteStore.Settings settings() {
            RemoteStore.Settings s = new RemoteStore.Settings(endpoint, query, update, data, null, null);
            if (user == null && passwordFile == null) return s;
            if (user == null || passwordFile == null)
                throw new IllegalArgumentException("store.user and store.password-file go together: give both, or neither");
            try {
                String password = Files.readAllLines(passwordFile).stream().findFirst().orElse("").strip();
                if (password.isEmpty()) throw new IllegalArgumentException("store.password-file " + passwordFile + " is empty");
                return s.withLogin(user, password);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read store.password-file " + passwordFile + ": " + e.getMessage());
            }
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static Config empty() {
        return new Config(null, null, null, new Server(null, null, null, null), new Store(null, null, null, null, null, null));
    }

    /** The given file (which must exist), else {@code ./glam.yaml} if there is one, else an empty configuration. */
    static Config load(Path file) {
        Path f = file != null ? file : Files.isRegularFile(DEFAULT_FILE) ? DEFAULT_FILE : null;
        if (f == null) return empty();
        if (!Files.isRegularFile(f)) throw new IllegalArgumentException("no configuration file " + f);
        try {
            Config c = YAML.readValue(f.toFile(), Config.class);
            if (c == null) return empty();
            Path dir = f.toAbsolutePath().getParent();
            // paths in the file are relative to the file, not to wherever glam runs from
            return new Config(c.institution, c.baseUri, c.data == null ? null : dir.resolve(c.data),
                    c.server == null ? empty().server : new Server(c.server.port, c.server.host,
                            c.server.passwords == null ? null : dir.resolve(c.server.passwords), c.server.queryTimeout),
                    c.store == null ? empty().store : new Store(c.store.endpoint, c.store.query, c.store.update, c.store.data,
                            c.store.user, c.store.passwordFile == null ? null : dir.resolve(c.store.passwordFile)));
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(f + ": unknown key '" + e.getPropertyName() + "' at " + path(e)
                    + " (known: " + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "))
                    + "; see docs/configuration.md)");
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(f + ": " + path(e) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new IllegalArgumentException(f + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    String baseUriOr(String fallback) {
        return baseUri != null ? baseUri : fallback;
    }

    String institutionOrDefault() {
        return institution != null ? institution : "Example Museum of Art";
    }

    private static String path(JsonMappingException e) {
        String p = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return p.isEmpty() ? "(top level)" : p;
    }

    /** "30s", "2m", "500ms", "1h", or ISO-8601 ("PT30S"). */
    static Duration parseDuration(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.startsWith("pt")) return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
            if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
            long n = Long.parseLong(t.substring(0, t.length() - 1).strip());
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (write e.g. 30s, 2m, 500ms)");
        }
    }
}
