package org.glamlod.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.glamlod.mappings.engine.BundledSamples;
import org.glamlod.mappings.engine.Mapping;
import org.glamlod.mappings.source.Sources;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.jsonld.LinkedArtJson;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.model.shacl.ObjectReport;
import org.glamlod.model.shacl.ObjectValidator;
import org.glamlod.store.ObjectLoader;
import org.glamlod.server.GlamServer;
import org.glamlod.server.ServerContext;
import org.glamlod.store.Store;
import org.glamlod.sync.db.JobDatabase;
import org.glamlod.sync.schedule.JobScheduler;
import org.glamlod.sync.schedule.JobSpec;
import org.glamlod.sync.wikidata.WikidataTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The whole system on embedded defaults with bundled sample data: the hand-made sample collection, and sample
 * records in each bundled format ingested through their mappings, in a TDB2 store with its text index; each
 * object's Linked Art JSON-LD; and the SHACL report. Later capabilities join in here.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Glam.Version.class,
        description = {"Load the bundled samples into a store under --data (the sample collection, and sample records "
                + "in the Smithsonian EDAN, SMK API, LIDO and CSV formats through their mappings), write their Linked Art "
                + "JSON-LD, check they are publishable, and print where to look.",
                "Then it serves them on this machine (pages, search, SPARQL, the query page, the dashboard with the "
                        + "scheduler: dumps hourly, validation at half past, and an offline dry run of the Wikidata sync "
                        + "at once and at a quarter to) until stopped; "
                        + "--no-serve only loads. Safe to run again: unchanged objects are not written twice."})
final class DemoCommand implements Callable<Integer> {
    private static final int SHOWN_PROBLEMS = 5;
    /**
     * The demo's jobs: the dumps remade hourly when the data changed, the SHACL check at half past, and the Wikidata
     * sync at a quarter to, as an offline dry run: what would be sent is reported, nothing is.
     */
    static final List<JobSpec> DEMO_SCHEDULE = List.of(JobSpec.of("dumps", "0 0 * * * ?"), JobSpec.of("validate", "0 30 * * * ?"),
            JobSpec.of("sync-" + WikidataTarget.NAME, "0 45 * * * ?"));
    /**
     * The demo museum on Wikidata, offline: its items are the Wikidata sandbox (Q4115189), which is what a demo may
     * point at; no request is made at all.
     */
    static final Config.Targets DEMO_TARGETS = new Config.Targets(new Config.Wikidata(null, "glam-lod demo (no contact)",
            "Q4115189", "Q4115189", "EMA", null, null, List.of("en", "nl"), null, null, null, "offline"));

    @Mixin
    DataOptions options;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "Port for the demo server, on this machine only; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Load and check the samples, then exit instead of serving them.")
    boolean noServe;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream out = System.out;
        UriScheme uris = new UriScheme(SampleCollection.BASE_URI);
        ObjectGraphWriter writer = new ObjectGraphWriter(uris);
        out.printf("glam demo: the bundled samples, base URI %s%n%n", uris.base());
        Path reports = options.data().resolve("reports");
        List<String> objects;
        long quads;
        String storeLocation;
        Store store = options.openStore();
        try {
            List<HumanMadeObject> samples = SampleCollection.all();
            try (ObjectLoader loader = new ObjectLoader(store, "samples", 1000)) {
                samples.forEach(o -> loader.put(uris.object(o.id()), writer.graph(o)));
                ObjectLoader.Summary s = loader.finish(true);
                out.printf("  %-17s %2d objects: %d new, %d changed, %d unchanged%n", "sample collection", samples.size(),
                        s.created(), s.updated(), s.unchanged());
            }
            for (String name : Mapping.BUNDLED) {
                Mapping mapping = Mapping.resolve(name);
                Path report = reports.resolve("demo-" + name + ".jsonl");
                Ingest.Summary s;
                try (Ingest ingest = new Ingest(mapping, uris, store, report)) {
                    s = ingest.run((records, errors) -> {
                        for (BundledSamples.Sample sample : BundledSamples.of(name)) {
                            try (InputStream in = sample.open()) {
                                Sources.read(mapping.source().toSourceFormat(), name + "/" + sample.file(), in, records, errors);
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                    }, true, 1000, () -> {});
                }
                out.printf("  %-17s %2d records: %d new, %d changed, %d unchanged, %d rejected, %d warnings  (%s)%n",
                        name, s.read(), s.created(), s.updated(), s.unchanged(), s.rejected(), s.warnings(), report);
            }
            objects = store.graphNames();
            quads = store.quadCount();
            storeLocation = store.location();

            Path jsonDir = options.data().resolve("linked-art");
            Files.createDirectories(jsonDir);
            ObjectValidator validator = new ObjectValidator();
            int failing = 0;
            StringBuilder problems = new StringBuilder();
            for (String name : objects) {
                Graph g = store.graph(name);
                String file = name.substring(name.lastIndexOf('/') + 1) + ".json";
                Files.writeString(jsonDir.resolve(file), LinkedArtJson.toJsonString(g, NodeFactory.createURI(name)), StandardCharsets.UTF_8);
                ObjectReport r = validator.validate(g, NodeFactory.createURI(name));
                if (!r.conforms() && failing++ < SHOWN_PROBLEMS) problems.append(r.toText().indent(4));
            }
            out.println();
            out.printf("  Store        %s  (%d object graphs, %,d quads; TDB2 + Lucene text index, union default graph)%n",
                    storeLocation, objects.size(), quads);
            out.printf("  Linked Art   %s/*.json  (%d JSON-LD documents)%n", jsonDir, objects.size());
            out.printf("  Validation   %d of %d objects publishable%n", objects.size() - failing, objects.size());
            out.print(problems);
            if (failing > SHOWN_PROBLEMS) out.printf("    … and %d more: ./glam validate --data %s%n", failing - SHOWN_PROBLEMS, options.data());
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        if (noServe) store.close();
        out.println();
        out.println("Next:");
        out.printf("  ./glam validate --data %s    the SHACL report over the whole store%n", options.data());
        out.printf("  less %s    an object as Linked Art JSON-LD%n", options.data().resolve("linked-art").resolve("SK-C-5.json"));
        out.printf("  ./glam ingest --mapping csv --data %s your-export.csv    your own records (docs/mapping-language.md)%n", options.data());
        if (noServe) return 0;
        Operations operations;
        try {
            operations = Operations.open(JobDatabase.Settings.embedded(options.data()), JobScheduler.Options.defaults(),
                    DEMO_SCHEDULE, Map.of(), DEMO_TARGETS, options.data());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Serving serving = Serving.start(new ServerContext(store, uris, options.data(), "Example Museum of Art",
                Duration.ofSeconds(30), null), GlamServer.LOOPBACK, port, operations);
        out.printf("%nServing the demo at %s%n", serving.url());
        serving.printUrls(out);
        out.printf("  An object    %sobject/SK-C-5%n", serving.url());
        operations.runNow("sync-" + WikidataTarget.NAME);
        out.printf("  Sync         %s  (what would go to Wikidata, as a dry run: nothing is sent)%n",
                reports.resolve("sync-" + WikidataTarget.NAME + "-dry-run-*.md"));
        serving.awaitStop(out);
        return 0;
    }
}
