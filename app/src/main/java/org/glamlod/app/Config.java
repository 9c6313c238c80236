package org.glamlod.app;

import com.fasterxml.jackson.annotation.JsonFormat;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.glamlod.sync.db.JobDatabase;
import org.glamlod.sync.schedule.JobScheduler;
import org.glamlod.sync.schedule.JobSpec;
import org.glamlod.store.RemoteStore;
import org.glamlod.sync.wikidata.WikidataSettings;
import org.glamlod.sync.wikidata.WikidataTarget;

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
 * @param jobs        the job database and this node's scheduler
 * @param schedule    job name to Quartz cron: {@code dumps}, {@code validate}, {@code compact}, {@code ingest-NAME}
 * @param sources     sources pulled on a schedule by their {@code ingest-NAME} job
 * @param targets     the remotes the collection is synced to
 */
record Config(String institution, @JsonProperty("base-uri") String baseUri, Path data, Server server, Store store,
              Jobs jobs, Map<String, String> schedule, Map<String, Source> sources, Targets targets) {
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

    /** @param wikidata the Wikidata (or any Wikibase) target, or null when not configured */
    record Targets(Wikidata wikidata) {}

    /**
     * The Wikidata target. Items are Wikidata's (QIDs), so a museum states its own; every other id has Wikidata's
     * value by default (see docs/configuration.md).
     *
     * @param api                 the wiki's api.php (default Wikidata's)
     * @param contact             the operator's e-mail or user page, sent in the User-Agent as the bot policy asks
     * @param institution         the museum's item
     * @param collection          the collection's item (P195 and the qualifier of P217)
     * @param collectionShortName appended with the inventory number when a label and description clash ("SMK")
     * @param location            the item for P276, if any
     * @param statedIn            the item of the online collection database for P248, if any
     * @param languages           languages of labels, descriptions and titles
     * @param user                the bot user ({@code Name@botname}, from Special:BotPasswords)
     * @param passwordFile        a file whose first line is the bot password
     * @param requestsPerSecond   how fast to edit (default one edit every 6 s)
     * @param dryRun              {@code true}: every pass of this target, scheduled or by hand, is a dry run that reads
     *                            the wiki and writes a report (a trial before going live); {@code offline}: the
     *                            same without any request; absent or {@code false}: passes send
     */
    record Wikidata(String api, String contact, String institution, String collection,
                    @JsonProperty("collection-short-name") String collectionShortName, String location,
                    @JsonProperty("stated-in") String statedIn, List<String> languages, String user,
                    @JsonProperty("password-file") Path passwordFile,
                    @JsonProperty("requests-per-second") Double requestsPerSecond,
                    @JsonProperty("dry-run") String dryRun) {
        /** How passes of a target run when the configuration says. */
        enum Mode { SEND, DRY_RUN, OFFLINE_DRY_RUN }

        Mode mode() {
            if (dryRun == null || dryRun.equals("false")) return Mode.SEND;
            if (dryRun.equals("true")) return Mode.DRY_RUN;
            if (dryRun.equals("offline")) return Mode.OFFLINE_DRY_RUN;
            throw new IllegalArgumentException("targets.wikidata.dry-run is true, false or offline, not '" + dryRun + "'");
        }

        WikidataSettings settings() {
            if (institution == null || collection == null || contact == null)
                throw new IllegalArgumentException("targets.wikidata needs institution, collection and contact "
                        + "(see docs/configuration.md)");
            WikidataSettings.Builder b = WikidataSettings.builder().institution(institution).collection(collection)
                    .contact(contact).collectionShortName(collectionShortName == null ? "" : collectionShortName);
            if (api != null) b.apiUrl(api);
            if (location != null) b.location(location);
            if (statedIn != null) b.statedIn(statedIn);
            if (languages != null && !languages.isEmpty()) b.languages(languages);
            return b.build();
        }

        double rate() {
            return requestsPerSecond == null ? 1.0 / 6 : requestsPerSecond;
        }

        /** The bot password, read when a real run logs in (a dry run needs none). */
        char[] password() {
            if (user == null || passwordFile == null)
                throw new IllegalArgumentException("targets.wikidata needs user and password-file to send anything "
                        + "(a bot password from Special:BotPasswords); glam sync wikidata --dry-run needs neither");
            try {
                return Files.readAllLines(passwordFile).stream().findFirst().orElse("").strip().toCharArray();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read targets.wikidata.password-file " + passwordFile + ": " + e.getMessage());
            }
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

    /**
     * @param database     JDBC URL of the job database; null for the embedded H2 database under {@code {data}/jobs}
     * @param user         its user
     * @param passwordFile a file holding the user's password (its first line)
     * @param poolSize     connections to the job database
     * @param nodeId       this node's scheduler id, unique per node; null for AUTO (host name and start time)
     * @param threads      jobs this node runs at once
     */
    record Jobs(String database, String user, @JsonProperty("password-file") Path passwordFile,
                @JsonProperty("pool-size") Integer poolSize, @JsonProperty("node-id") String nodeId, Integer threads) {
        JobDatabase.Settings settings(Path dataDir) {
            if (database == null) {
                if (user != null || passwordFile != null)
                    throw new IllegalArgumentException("jobs.user and jobs.password-file are for a jobs.database; the embedded one needs neither");
                JobDatabase.Settings embedded = JobDatabase.Settings.embedded(dataDir);
                return poolSize == null ? embedded : new JobDatabase.Settings(embedded.url(), embedded.user(), null, poolSize);
            }
            String password = null;
            if (passwordFile != null) {
                try {
                    password = Files.readAllLines(passwordFile).stream().findFirst().orElse("").strip();
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read jobs.password-file " + passwordFile + ": " + e.getMessage());
                }
                if (password.isEmpty()) throw new IllegalArgumentException("jobs.password-file " + passwordFile + " is empty");
            }
            return new JobDatabase.Settings(database, user, password, poolSize != null ? poolSize : JobDatabase.Settings.DEFAULT_POOL_SIZE);
        }

        JobScheduler.Options options() {
            JobScheduler.Options d = JobScheduler.Options.defaults();
            return new JobScheduler.Options(d.instanceName(), nodeId != null ? nodeId : d.instanceId(),
                    threads != null ? threads : d.threads(), d.checkinInterval(), d.misfireThreshold());
        }
    }

    /**
     * A source that a scheduled {@code ingest-NAME} job pulls.
     *
     * @param mapping a bundled mapping or a mapping file
     * @param input   files, directories or http(s) URLs (one, or a list)
     * @param full    the input is the whole source: objects it no longer has are deleted
     */
    record Source(String mapping, @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> input,
                  boolean full) {}

    /** The jobs a schedule may name besides {@code ingest-NAME} for each source. */
    static final List<String> FIXED_JOBS = List.of("dumps", "validate", "compact");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static Config empty() {
        return new Config(null, null, null, new Server(null, null, null, null), new Store(null, null, null, null, null, null),
                new Jobs(null, null, null, null, null, null), Map.of(), Map.of(), new Targets(null));
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
            Config resolved = new Config(c.institution, c.baseUri, c.data == null ? null : dir.resolve(c.data),
                    c.server == null ? empty().server : new Server(c.server.port, c.server.host,
                            c.server.passwords == null ? null : dir.resolve(c.server.passwords), c.server.queryTimeout),
                    c.store == null ? empty().store : new Store(c.store.endpoint, c.store.query, c.store.update, c.store.data,
                            c.store.user, c.store.passwordFile == null ? null : dir.resolve(c.store.passwordFile)),
                    c.jobs == null ? empty().jobs : new Jobs(c.jobs.database, c.jobs.user,
                            c.jobs.passwordFile == null ? null : dir.resolve(c.jobs.passwordFile), c.jobs.poolSize, c.jobs.nodeId,
                            c.jobs.threads),
                    c.schedule == null ? Map.of() : new TreeMap<>(c.schedule),
                    c.sources == null ? Map.of() : resolveSources(c.sources, dir),
                    c.targets == null || c.targets.wikidata() == null ? empty().targets : new Targets(withPasswordFile(c.targets.wikidata(), dir)));
            try {
                resolved.jobSpecs();
                if (resolved.targets.wikidata() != null) resolved.targets.wikidata().mode();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(f + ": " + e.getMessage(), e);
            }
            return resolved;
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

    private static Wikidata withPasswordFile(Wikidata w, Path dir) {
        return new Wikidata(w.api(), w.contact(), w.institution(), w.collection(), w.collectionShortName(), w.location(),
                w.statedIn(), w.languages(), w.user(), w.passwordFile() == null ? null : dir.resolve(w.passwordFile()),
                w.requestsPerSecond(), w.dryRun());
    }

    /** Source inputs that are files are relative to the configuration file; URLs stay. */
    private static Map<String, Source> resolveSources(Map<String, Source> sources, Path dir) {
        Map<String, Source> resolved = new TreeMap<>();
        sources.forEach((name, s) -> {
            if (s == null || s.mapping() == null || s.input() == null || s.input().isEmpty())
                throw new IllegalArgumentException("sources." + name + " needs a mapping and an input (see docs/configuration.md)");
            resolved.put(name, new Source(s.mapping(), s.input().stream()
                    .map(in -> in.startsWith("http://") || in.startsWith("https://") ? in : dir.resolve(in).toString()).toList(), s.full()));
        });
        return resolved;
    }

    /**
     * The scheduled jobs, each checked: a known name ({@link #FIXED_JOBS}, or {@code ingest-NAME} for a source) and a
     * valid Quartz cron. An unknown name is refused with the known ones, so a typo never leaves a job unscheduled.
     */
    List<JobSpec> jobSpecs() {
        List<String> known = new ArrayList<>(FIXED_JOBS);
        sources.keySet().forEach(name -> known.add("ingest-" + name));
        if (targets.wikidata() != null) known.add("sync-" + WikidataTarget.NAME);
        List<JobSpec> specs = new ArrayList<>();
        schedule.forEach((name, cron) -> {
            if (!known.contains(name))
                throw new IllegalArgumentException("schedule: unknown job '" + name + "' (known: " + String.join(", ", known)
                        + (name.startsWith("ingest-") ? "; an ingest job needs its source under sources:" : "") + ")");
            specs.add(JobSpec.of(name, cron));
        });
        return specs;
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
