package org.glamlod.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.apache.jena.graph.NodeFactory;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.jsonld.LinkedArtJson;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.model.shacl.ObjectReport;
import org.glamlod.model.shacl.ObjectValidator;
import org.glamlod.store.ObjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The whole system on embedded defaults with the bundled sample collection. For now: the samples as Linked Art
 * graphs in a TDB2 store, their Linked Art JSON-LD, and their SHACL report; later capabilities join in here.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Glam.Version.class,
        description = {"Load the bundled sample collection into a store under --data, write its Linked Art JSON-LD "
                + "and check it is publishable, then print where to look.", "Safe to run again: it replaces the samples."})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        UriScheme uris = new UriScheme(SampleCollection.BASE_URI);
        ObjectGraphWriter writer = new ObjectGraphWriter(uris);
        List<HumanMadeObject> samples = SampleCollection.all();
        out.printf("glam demo: the bundled sample collection, %d objects, base URI %s%n", samples.size(), uris.base());

        List<ObjectStore.NamedGraph> graphs = samples.stream()
                .map(o -> new ObjectStore.NamedGraph(uris.object(o.id()), writer.graph(o))).toList();
        Path jsonDir = options.data.resolve("linked-art");
        Files.createDirectories(jsonDir);
        long quads;
        String storeLocation;
        try (ObjectStore store = ObjectStore.open(options.data);
             ProgressBar bar = new ProgressBarBuilder().setTaskName("Storing objects").setInitialMax(graphs.size())
                     .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            store.replace(graphs, name -> bar.step());
            quads = store.quadCount();
            storeLocation = store.location().toString();
        }
        for (ObjectStore.NamedGraph g : graphs) {
            String file = g.name().substring(g.name().lastIndexOf('/') + 1) + ".json";
            Files.writeString(jsonDir.resolve(file), LinkedArtJson.toJsonString(g.graph(), NodeFactory.createURI(g.name())),
                    StandardCharsets.UTF_8);
        }
        ObjectValidator validator = new ObjectValidator();
        List<ObjectReport> problems = graphs.stream()
                .map(g -> validator.validate(g.graph(), NodeFactory.createURI(g.name())))
                .filter(r -> !r.conforms()).toList();

        out.println();
        out.printf("  Store        %s  (%d object graphs, %,d quads; TDB2, union default graph)%n", storeLocation, graphs.size(), quads);
        out.printf("  Linked Art   %s/*.json  (%d JSON-LD documents)%n", jsonDir, graphs.size());
        out.printf("  Validation   %d of %d objects publishable%n", graphs.size() - problems.size(), graphs.size());
        problems.forEach(r -> out.println(r.toText().indent(4).stripTrailing()));
        out.println();
        out.println("Next:");
        out.printf("  ./glam validate --data %s    the SHACL report over the whole store%n", options.data);
        out.printf("  less %s    an object as Linked Art JSON-LD%n", jsonDir.resolve("SK-C-5.json"));
        return 0;
    }
}
