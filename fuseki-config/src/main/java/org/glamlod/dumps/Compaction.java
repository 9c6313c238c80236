package org.glamlod.dumps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.lucene.store.FSDirectory;
import org.glamlod.store.ObjectStore;

/**
 * Gives back the space TDB2 keeps growing into: every write transaction copies the index blocks it changes, so a store
 * written in many small transactions takes several times the space of the same data bulk-loaded. Compaction copies
 * the live data into a new generation ({@code Data-0002} …) and deletes the old one.
 * <p>
 * The text index stays consistent because compaction changes no data, and Lucene entries name URIs and literals, not
 * TDB2's internal node ids. It keeps being updated because Lucene commits as an external component of TDB2's
 * transactions, which compaction carries over to the new generation (the loss of that link was apache/jena#1432, fixed
 * in 4.6). The index's own deleted entries (replaced objects) are merged away in the same run.
 * <p>
 * Safe on a store in use by this process: writers wait, readers carry on. Another process cannot have the store open
 * (TDB2's lock file prevents it).
 */
public final class Compaction {
    /**
     * @param tdbBefore  bytes of the TDB2 database before (apparent file sizes: TDB2 grows its files in 8 MiB mapped
     *                   segments, so a small store shows whole segments)
     * @param tdbAfter   bytes after
     * @param textBefore bytes of the Lucene text index before
     * @param textAfter  bytes after
     * @param quads      quads in the object graphs, the same before and after
     * @param took       how long it took
     */
    public record Result(long tdbBefore, long tdbAfter, long textBefore, long textAfter, long quads, Duration took) {}

    private Compaction() {}

    public static Result compact(ObjectStore store) {
        long start = System.nanoTime();
        TextIndex index = Tdb2.textIndex(store);
        Path text = index instanceof TextIndexLucene lucene && lucene.getDirectory() instanceof FSDirectory fs ? fs.getDirectory() : null;
        long tdbBefore = size(store.directory());
        long textBefore = size(text);
        long quads = Txn.calculateRead(store.dataset(), () -> Tdb2.quadCount(store));

        DatabaseMgr.compact(Tdb2.container(store), true);
        if (index instanceof TextIndexLucene lucene) {
            // in a write transaction of the text dataset: no other write is under way, and its commit commits Lucene
            Txn.executeWrite(store.dataset(), () -> {
                try {
                    lucene.getIndexWriter().forceMergeDeletes();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot merge the text index: " + e.getMessage(), e);
                }
            });
        }

        long after = Txn.calculateRead(store.dataset(), () -> Tdb2.quadCount(store));
        if (after != quads) // compaction copies; a different count would mean Jena lost data, so say so loudly
            throw new IllegalStateException("compaction changed the number of quads from " + quads + " to " + after);
        return new Result(tdbBefore, size(store.directory()), textBefore, size(text), quads,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Total size of the regular files under a directory; 0 for none. */
    static long size(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // removed while walking (an old generation being deleted)
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
