package org.glamlod.dumps;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.glamlod.model.jsonld.LinkedArtJson;
import org.glamlod.model.vocab.AAT;
import org.glamlod.model.vocab.CRM;
import org.glamlod.model.vocab.LA;
import org.glamlod.store.ObjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk dumps of the public data: the object graphs and nothing of the store's bookkeeping (the TDB2 default graph).
 * Everything streams from the store in one read transaction, so memory stays constant whatever the store's size (one
 * object's graph at a time for Linked Art; the rest is TDB2's own bounded node cache) and concurrent writes neither
 * block nor show up half-way.
 * <ul>
 * <li>{@link #export} writes one format to any path, gzipped when the name ends in {@code .gz};</li>
 * <li>{@link #publish} (re)makes every format under {@code {data}/dumps/} plus {@value Manifest#FILE}, which the
 * server lists and describes; {@link #publishIfChanged} only when the store changed since.</li>
 * </ul>
 * Files appear atomically: each is written to a temporary file beside it and renamed over the old one, so a reader
 * sees the old dump or the new one, never part of one.
 */
public final class Dumps {
    private static final Logger LOG = LoggerFactory.getLogger(Dumps.class);
    /** How many object URIs the manifest keeps as examples. */
    private static final int EXAMPLES = 3;
    private static final int BUFFER = 1 << 16;
    /** Triples between progress reports: a report per triple would cost more than the writing. */
    private static final int PROGRESS_EVERY = 4096;
    private static final String TMP_SUFFIX = ".tmp";
    /** Prefixes for the Turtle dump: the vocabularies the object graphs use. */
    static final Map<String, String> PREFIXES = Map.of(
            "rdf", RDF.getURI(), "rdfs", RDFS.getURI(), "xsd", XSD.getURI(), "skos", SKOS.getURI(),
            "crm", CRM.NS, "la", LA.NS, "dig", LA.DIG_NS, "dc", LA.DC_NS, "dcterms", LA.DCTERMS_NS, "aat", AAT.NS);
    /**
     * Compact JSON that leaves the stream open and unflushed (the gzip stream underneath is the caller's), with the
     * graph's decimals as written, never in exponent notation (as {@link LinkedArtJson} prints them).
     */
    static final ObjectWriter JSON_LINE = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writer()
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** What a format's pass wrote, and (Linked Art) left out. */
    private record Written(long count, long skipped) {}

    /** Hears how a dump goes, e.g. to drive a progress bar. */
    public interface Listener {
        /** A format begins; {@code total} is how many {@link DumpFormat#unit() units} it will write, or -1 if unknown. */
        default void started(DumpFormat format, long total) {}

        /** Units written so far in the current format. */
        default void progress(long done) {}

        default void finished(DumpFile file) {}

        Listener NONE = new Listener() {};
    }

    private final ObjectStore store;
    private final Path directory;

    /** Dumps of the store, published under {@code {dataDir}/dumps}. */
    public Dumps(ObjectStore store, Path dataDir) {
        this.store = store;
        this.directory = dataDir.resolve("dumps");
    }

    /** Where published dumps and the manifest live. */
    public Path directory() {
        return directory;
    }

    /** The manifest of the published dumps, if any have been made (and it is readable). */
    public Optional<Manifest> manifest() {
        Path file = directory.resolve(Manifest.FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(Manifest.read(file));
        } catch (IOException e) {
            // the next publish rewrites it; until then there is nothing to list
            LOG.warn("Ignoring unreadable {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes one format to {@code target} (gzipped when its name ends in {@code .gz}). */
    public DumpFile export(DumpFormat format, Path target, Listener listener) {
        return Txn.calculateRead(store.dataset(), () -> {
            StoreFingerprint fp = StoreFingerprint.of(store);
            return write(format, target, target.getFileName().toString().endsWith(".gz"), fp, new Statistics.Collector(),
                    new ArrayList<>(), listener);
        });
    }

    /** Makes every format and the manifest from one snapshot of the store, replacing the published ones. */
    public Manifest publish(Listener listener) {
        try {
            Files.createDirectories(directory);
            removeLeftovers();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + directory + ": " + e.getMessage(), e);
        }
        Manifest manifest = Txn.calculateRead(store.dataset(), () -> {
            String created = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            StoreFingerprint fp = StoreFingerprint.of(store);
            Statistics.Collector stats = new Statistics.Collector();
            List<String> examples = new ArrayList<>();
            List<DumpFile> files = new ArrayList<>();
            for (DumpFormat format : DumpFormat.values())
                files.add(write(format, directory.resolve(format.file()), true, fp, stats, examples, listener));
            return new Manifest(created, fp, stats.result(), examples, files);
        });
        atomically(directory.resolve(Manifest.FILE), out -> {
            Manifest.JSON.writeValue(out, manifest);
            return null;
        });
        return manifest;
    }

    /** {@link #publish} if the store changed since the published dumps were made, or there are none. */
    public Optional<Manifest> publishIfChanged(Listener listener) {
        Optional<Manifest> published = manifest();
        if (published.isPresent() && published.get().store().equals(StoreFingerprint.of(store))
                && published.get().dumps().stream().allMatch(d -> Files.isRegularFile(directory.resolve(d.file()))))
            return Optional.empty();
        return Optional.of(publish(listener));
    }

    /** Temporary files of a publish that did not finish (the process was killed). */
    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> tmp = Files.newDirectoryStream(directory, ".*" + TMP_SUFFIX)) {
            for (Path p : tmp) Files.deleteIfExists(p);
        }
    }

    private DumpFile write(DumpFormat format, Path target, boolean gzip, StoreFingerprint fp, Statistics.Collector stats,
                           List<String> examples, Listener listener) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        MessageDigest sha = StoreFingerprint.sha256();
        listener.started(format, switch (format) {
            case NQUADS -> fp.quads();
            case LINKED_ART -> fp.objects();
            case TURTLE -> -1;
        });
        Written written = atomically(target, file -> {
            OutputStream digesting = new DigestOutputStream(file, sha);
            try (OutputStream out = new BufferedOutputStream(gzip ? new GZIPOutputStream(digesting, BUFFER) : digesting, BUFFER)) {
                return switch (format) {
                    case NQUADS -> new Written(writeNQuads(dsg, out, examples, listener), 0);
                    case TURTLE -> new Written(writeTurtle(out, stats, listener), 0);
                    case LINKED_ART -> writeLinkedArt(dsg, out, listener);
                };
            }
        });
        try {
            DumpFile file = new DumpFile(target.getFileName().toString(), format.formatName(), format.mediaType(),
                    gzip ? "gzip" : "none", Files.size(target), written.count(), written.skipped(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), HexFormat.of().formatHex(sha.digest()));
            listener.finished(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Graph by graph, so each object's quads stay together; the graph names are the object URIs. */
    private static long writeNQuads(DatasetGraph dsg, OutputStream out, List<String> examples, Listener listener) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        writer.start();
        long quads = 0;
        for (Iterator<Node> graphs = dsg.listGraphNodes(); graphs.hasNext(); ) {
            Node g = graphs.next();
            if (examples.size() < EXAMPLES) examples.add(g.getURI());
            for (Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); quads++) writer.quad(it.next());
            listener.progress(quads);
        }
        writer.finish();
        return quads;
    }

    /** The union graph, each distinct triple once, in subject order, which is what lets Turtle's blocks group by subject. */
    private long writeTurtle(OutputStream out, Statistics.Collector stats, Listener listener) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        writer.start();
        PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(p -> writer.prefix(p.getKey(), p.getValue()));
        long triples = 0;
        for (Iterator<Triple> it = Tdb2.unionTriples(store); it.hasNext(); ) {
            Triple t = it.next();
            writer.triple(t);
            stats.triple(t);
            if (++triples % PROGRESS_EVERY == 0) listener.progress(triples);
        }
        writer.finish();
        listener.progress(triples);
        return triples;
    }

    /**
     * One compact JSON-LD document per line and object. An object whose graph the Linked Art projection cannot say
     * (it names the reason) is left out and counted, so one bad record does not cost everybody the dump.
     */
    private static Written writeLinkedArt(DatasetGraph dsg, OutputStream out, Listener listener) throws IOException {
        long documents = 0;
        long skipped = 0;
        for (Iterator<Node> graphs = dsg.listGraphNodes(); graphs.hasNext(); ) {
            Node g = graphs.next();
            Graph graph = GraphFactory.createGraphMem();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> graph.add(q.asTriple()));
            ObjectNode json = null;
            try {
                json = LinkedArtJson.toJson(graph, g);
            } catch (IllegalStateException e) {
                skipped++;
                LOG.warn("Linked Art dump: left out {}: {}", g.getURI(), e.getMessage());
            }
            if (json != null) {
                JSON_LINE.writeValue(out, json);
                out.write('\n');
                documents++;
            }
            listener.progress(documents + skipped);
        }
        return new Written(documents, skipped);
    }

    /** A size for people: {@code 512 B}, {@code 70.0 KiB}, {@code 4.1 GiB}. */
    public static String humanSize(long bytes) {
        if (bytes < 1024) return bytes + " B";
        int unit = (63 - Long.numberOfLeadingZeros(bytes)) / 10;
        return String.format(Locale.ROOT, "%.1f %siB", bytes / Math.pow(1024, unit), "KMGTPE".charAt(unit - 1));
    }

    @FunctionalInterface
    private interface Body<T> {
        T write(OutputStream out) throws IOException;
    }

    /** Writes {@code target} through a temporary file beside it, renamed over it only when complete. */
    private static <T> T atomically(Path target, Body<T> body) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // not Files.createTempFile: its owner-only permissions would stay with the published file
            tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TMP_SUFFIX);
            T result;
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                result = body.write(out);
            }
            // on disk before the rename, so after a crash the name holds the old file or the whole new one
            try (FileChannel written = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("Cannot remove {}: {}", tmp, e.getMessage());
                }
            }
        }
    }
}
