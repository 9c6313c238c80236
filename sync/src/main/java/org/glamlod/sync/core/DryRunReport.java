package org.glamlod.sync.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * A dry run's report, in Markdown: per due item what would happen, with the document that would be sent as the
 * target describes it. Written beside its final name and moved into place when complete, so a report that is
 * there is whole.
 */
final class DryRunReport implements AutoCloseable {
    private final Path file;
    private final Path partial;
    private final BufferedWriter out;
    private boolean finished;

    DryRunReport(Path file, String target, Instant started) {
        this.file = file.toAbsolutePath();
        this.partial = this.file.resolveSibling(this.file.getFileName() + ".partial");
        try {
            Files.createDirectories(this.file.getParent());
            out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
            write("# Dry run: sync to " + target + "\n\nStarted " + started
                    + ". Nothing was sent to " + target + " and no sync state was changed.\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dry-run report " + file + ": " + e.getMessage(), e);
        }
    }

    void wouldPush(String object, String why, String remoteId, String description) {
        write("\n## " + object + "\n\n" + why + "; would "
                + (remoteId == null ? "look the object up at the target and create a record unless one is found"
                                    : "update " + remoteId)
                + ".\n\n```\n" + description.strip() + "\n```\n");
    }

    void decided(String object, String decision, String reason) {
        write("\n## " + object + "\n\nwould be " + decision + ": " + reason + "\n");
    }

    void finish(RunSummary summary) {
        write("\n---\n\n" + summary.line() + "\n");
        try {
            out.close();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            finished = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dry-run report " + file + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dry-run report " + file + ": " + e.getMessage(), e);
        }
    }

    /** Without {@link #finish}: the run failed, and a half report is not left behind. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        try {
            out.close();
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the partial dry-run report " + partial + ": " + e.getMessage(), e);
        }
    }
}
